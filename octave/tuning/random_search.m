## results = random_search (X_train, Y_train, X_val, Y_val, candidates, hidden_layers, epochs, seed)
##
## run_trial for every candidate of CANDIDATES (as from sample_candidates),
## one after another, candidate k (0-based) from rng_seed (SEED + k), so that
## a trial's result does not depend on the order it runs in (Python may run
## them in parallel).  Progress ("trial k/n done") goes to standard error.
## RESULTS is 2 x n: validation accuracy and final training cost per
## candidate.

function results = random_search (X_train, Y_train, X_val, Y_val, candidates, hidden_layers, epochs, seed)
  if (nargin != 8)
    print_usage ();
  endif
  n = check_candidates ("random_search", "candidates", candidates);
  check_count ("random_search", "hidden_layers", hidden_layers);
  check_positive ("random_search", "epochs", epochs, true);
  results = zeros (2, n);
  for k = 0:n - 1
    results(:, k + 1) = run_trial (X_train, Y_train, X_val, Y_val, candidate (candidates, k), hidden_layers, epochs,
                                   seed + k);
    fprintf (stderr, "trial %d/%d done\n", k + 1, n);
    fflush (stderr);
  endfor
endfunction

## Candidate k (0-based) is run_trial's from seed + k (Python's test also
## runs them in parallel and on Dask; Octave runs them one after another).
%!test
%! [X, Y] = load_dataset (fullfile (fileparts (fileparts (fileparts (which ("random_search")))), "data", "spiral.csv"), 3);
%! [X_train, Y_train, X_val, Y_val] = split_train_test (X, Y, 0.3, rng_seed (1));
%! ranges = struct ("learning_rate", [1e-3, 1e-1], "hidden", [5, 100], "lambd", [1e-4, 1e-1], "keep_prob", [0.7, 1],
%!                  "batch_size", [16, 128], "beta1", [0.8, 0.99], "beta2", [0.99, 0.9999]);
%! candidates = sample_candidates (ranges, 4, rng_seed (5));
%! progress = evalc ("results = random_search (X_train, Y_train, X_val, Y_val, candidates, 1, 3, 11);");
%! assert (progress, sprintf ("trial %d/4 done\n", 1:4));
%! assert (size (results), [2, 4]);
%! for k = 0:3
%!   assert (results(:, k + 1).', run_trial (X_train, Y_train, X_val, Y_val, candidate (candidates, k), 1, 3, 11 + k));
%! endfor
%!error <Invalid call> random_search (1, 2, 3, 4, struct (), 1, 3)

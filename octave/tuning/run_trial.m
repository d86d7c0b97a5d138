## result = run_trial (X_train, Y_train, X_val, Y_val, candidate, hidden_layers, epochs, seed)
##
## Train a relu network with HIDDEN_LAYERS layers of CANDIDATE.hidden units
## (softmax output for more than two classes, sigmoid for two), He
## initialisation and Adam with the candidate's settings (CANDIDATE a struct
## of numbers, as from candidate), for EPOCHS (a positive integer) epochs
## from rng_seed (SEED).
## RESULT is the row [validation accuracy, final training cost], as Python's
## list.

function result = run_trial (X_train, Y_train, X_val, Y_val, candidate, hidden_layers, epochs, seed)
  if (nargin != 8)
    print_usage ();
  endif
  check_candidates ("run_trial", "candidate", candidate, true);
  hidden_layers = check_count ("run_trial", "hidden_layers", hidden_layers);
  check_positive ("run_trial", "epochs", epochs, true);
  [parameters, activations, costs] = trial_network (X_train, Y_train, candidate, hidden_layers, epochs, seed,
                                                    max (max (Y_train(:)), max (Y_val(:))) + 1);
  result = [accuracy(Y_val, predict_labels (X_val, parameters, activations)), costs(end)];
endfunction

## A trial is training and scoring by hand.
%!test
%! [X, Y] = load_dataset (fullfile (fileparts (fileparts (fileparts (which ("run_trial")))), "data", "spiral.csv"), 3);
%! [X_train, Y_train, X_val, Y_val] = split_train_test (X, Y, 0.3, rng_seed (1));
%! ranges = struct ("learning_rate", [1e-3, 1e-1], "hidden", [5, 100], "lambd", [1e-4, 1e-1], "keep_prob", [0.7, 1],
%!                  "batch_size", [16, 128], "beta1", [0.8, 0.99], "beta2", [0.99, 0.9999]);
%! c = candidate (sample_candidates (ranges, 1, rng_seed (2)), 0);
%! result = run_trial (X_train, Y_train, X_val, Y_val, c, 1, 5, 7);
%! config = train_config ("learning_rate", c.learning_rate, "iterations", 5, "init", "he",
%!                        "batch_size", c.batch_size, "optimizer", "adam", "beta1", c.beta1,
%!                        "beta2", c.beta2, "lambd", c.lambd, "keep_prob", c.keep_prob);
%! [parameters, costs] = train (X_train, Y_train, [2, c.hidden, 3], {"relu", "softmax"}, rng_seed (7), config);
%! assert (size (result), [1, 2]);
%! assert (result(2), costs(end));
%! assert (result(1), accuracy (Y_val, predict_labels (X_val, parameters, {"relu", "softmax"})));

## Two classes: one sigmoid unit.
%!test
%! X = [1, -2, 0.5, 0.3; 0.3, 0.8, -1, 2];
%! c = struct ("learning_rate", 0.01, "hidden", 3, "lambd", 0, "keep_prob", 1, "batch_size", 2, "beta1", 0.9,
%!             "beta2", 0.999);
%! result = run_trial (X, [1, 0, 1, 0], X, [0, 0, 1, 1], c, 2, 2, 1);
%! assert (any (result(1) == [0, 0.25, 0.5, 0.75, 1]) && result(2) > 0);
%!error <Invalid call> run_trial (1, 2, 3, 4, struct (), 1, 5)

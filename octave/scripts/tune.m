1;
## Hyper-parameter tuning (the lectures' last part): random search in two
## rounds, coarse then fine around the first round's best, on a validation
## split of the CS231n spiral.  Run from any folder:
##   octave-cli octave/scripts/tune.m [--help] [options]
## Prints the same lines as the Python and R scripts and writes
## build/tune_search_octave.png.  Python's --workers and --scheduler have no
## Octave counterpart: Octave runs the trials one after another.

## Without this Octave 7.3 prints "error: ignoring const
## execution_exception& while preparing to exit" at exit.
history_save (false);

function text = describe (values)
  text = sprintf (["learning_rate %.3e, hidden %d, lambd %.3e, keep_prob %.3f, batch_size %d, beta1 %.4f, ", ...
                   "beta2 %.5f"], values.learning_rate, fix (values.hidden), values.lambd, values.keep_prob,
                  fix (values.batch_size), values.beta1, values.beta2);
endfunction

function main (options)
  HIDDEN_LAYERS = 1;
  ## The first round's ranges; the second round searches around the first round's best.
  RANGES = struct ("learning_rate", [1e-3, 1e-1], "hidden", [5, 100], "lambd", [1e-4, 1e-1], "keep_prob", [0.7, 1],
                   "batch_size", [16, 128], "beta1", [0.8, 0.99], "beta2", [0.99, 0.9999]);
  if (options.test_fraction == 0)
    error ("--test-fraction must be above 0 (the trials are compared on held-out examples), got %s",
           value_text (options.test_fraction));
  endif
  [X, Y, classes] = read_dataset (options.data, options.label_column);
  check_classes (options.data, classes, "softmax");
  [X_train, Y_train, X_val, Y_val, stats, rng] = prepare_split (X, Y, options.test_fraction, options.standardize,
                                                                rng_seed (options.seed));
  n = options.trials;
  ## Two classes: one sigmoid output (run_trial).
  outputs = numel (classes);
  if (outputs == 2)
    outputs = 1;
  endif
  printf (["random search for a %d-h-%d relu network: %d training points, %d validation points, ", ...
           "2 rounds of %d trials of %d epochs with Adam\n"], rows (X), outputs, columns (X_train), columns (X_val),
          n, options.iterations);
  space = RANGES;
  first = 0;
  all_candidates = all_results = cell (1, 2);
  for round_number = 1:2
    [candidates, rng] = sample_candidates (space, n, rng);
    results = random_search (X_train, Y_train, X_val, Y_val, candidates, HIDDEN_LAYERS, options.iterations,
                             options.seed + first);
    printf ("round %d\n", round_number);
    printf ("%s\n", format_trials (candidates, results, first + 1));
    best = best_trial (results);
    printf ("best of round %d: trial %d, validation accuracy %.4f\n", round_number, first + best + 1,
            results(1, best + 1));
    all_candidates{round_number} = candidates;
    all_results{round_number} = results;
    space = narrow_space (RANGES, candidate (candidates, best));
    first += n;
  endfor
  best = best_trial ([all_results{:}]);
  printf ("best: trial %d: %s\n", best + 1, describe (candidate (all_candidates{fix (best / n) + 1}, mod (best, n))));
  ## The best trial's network.
  printf ("%s\n", format_run (options.data, X_train, classes, columns (X_val),
                               [rows(X), repmat(candidate (all_candidates{fix (best / n) + 1}, mod (best, n)).hidden,
                                                1, HIDDEN_LAYERS), outputs],
                               [repmat({"relu"}, 1, HIDDEN_LAYERS), {merge(outputs > 1, "softmax", "sigmoid")}]));
  plot_search (cellfun (@(c) c.learning_rate, all_candidates, "UniformOutput", false),
               cellfun (@(r) r(1, :), all_results, "UniformOutput", false), {"round 1", "round 2"},
               fullfile (options.out, "tune_search_octave.png"), "Validation accuracy against learning rate (Octave)");
  if (! isempty (options.save_model))
    ## The best trial's network, trained again from its seed.
    [parameters, activations] = train_trial (X_train, Y_train, candidate (all_candidates{fix (best / n) + 1}, mod (best, n)),
                                             HIDDEN_LAYERS, options.iterations, options.seed + best);
    save_model (options.save_model, parameters, activations, "stats", stats, "classes", classes, "scaling", "none");
    printf ("model saved to %s\n", options.save_model);
  endif
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "tune", repo);

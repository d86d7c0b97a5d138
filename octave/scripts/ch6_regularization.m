1;
## Chapter 6: initialisation, L2 regularisation and dropout on a small sample
## of the noisy moons (2-20-3-1, relu).  Run from any folder:
##   octave-cli octave/scripts/ch6_regularization.m [--help] [options]
## Prints the same lines as the Python and R scripts and writes
## build/ch6_boundary_<variant>_octave.png and build/ch6_cost_octave.png.

## Without this Octave 7.3 prints "error: ignoring const
## execution_exception& while preparing to exit" at exit.
history_save (false);

function main (options)
  if (options.test_fraction == 0)
    error ("--test-fraction must be above 0 (the variants are compared on held-out examples), got %s",
           value_text (options.test_fraction));
  endif
  ## {name, what it is, its config}: each varies one base config and trains
  ## the same network (the lecture's 2-20-3-1 on the noisy moons) from the
  ## same generator state.
  base = train_config ("learning_rate", options.learning_rate, "iterations", options.iterations,
                       "print_every", 2000);
  [he, xavier, l2, dropout] = deal (base);
  he.init = "he";
  xavier.init = "xavier";
  l2.init = "he";
  l2.lambd = 0.7;
  dropout.init = "he";
  dropout.keep_prob = 0.75;
  variants = {
    "default", "default initialisation (N(0,1) x 0.01)", base;
    "he", "He initialisation", he;
    "xavier", "Xavier initialisation", xavier;
    "l2", "He initialisation, L2 lambd 0.7", l2;
    "dropout", "He initialisation, dropout keep_prob 0.75", dropout};
  [X, Y, classes] = read_dataset (options.data, options.label_column);
  check_classes (options.data, classes, "sigmoid");
  ## By default a small training set (20 %) of noisy points, so that the
  ## network can overfit.
  [X_train, Y_train, X_test, Y_test, stats, rng] = prepare_split (X, Y, options.test_fraction, options.standardize,
                                                                  rng_seed (options.seed));
  printf ("%d training points, %d test points\n", columns (X_train), columns (X_test));
  hidden = options.hidden(:)';
  activations = [repmat({"relu"}, 1, numel (hidden)), {"sigmoid"}];
  layer_dims = [rows(X), hidden, 1];
  printf ("%s\n", format_run (options.data, X_train, classes, columns (X_test), layer_dims, activations));
  curves = summary = cell (1, rows (variants));
  best = -Inf;
  for k = 1:rows (variants)
    [name, description, config] = variants{k, :};
    printf ("== %s: %s\n", name, description);
    [parameters, curves{k}] = train (X_train, Y_train, layer_dims, activations, rng, config);
    train_accuracy = accuracy (Y_train, predict_labels (X_train, parameters, activations));
    Y_hat = predict_labels (X_test, parameters, activations);
    test_accuracy = accuracy (Y_test, Y_hat);
    printf ("%s\n", format_metrics (classification_metrics (confusion_matrix (Y_test, Y_hat, 2))));
    summary{k} = sprintf ("%-10s%14.6g%8.4f%8.4f", name, curves{k}(end), train_accuracy, test_accuracy);
    ## The model to save: the best test accuracy, the first of a tie.
    if (test_accuracy > best)
      [best, saved] = deal (test_accuracy, parameters);
    endif
    if (rows (X) == 2)
      plot_decision_boundary (X_train, Y_train, parameters, activations,
                              fullfile (options.out, sprintf ("ch6_boundary_%s_octave.png", name)),
                              sprintf ("Chapter 6: %s (Octave)", description));
    endif
  endfor
  printf ("%-10s%14s%8s%8s\n", "variant", "final cost", "train", "test");
  printf ("%s\n", summary{:});
  if (rows (X) != 2)
    printf ("no decision boundary: the data has %d features and the picture draws 2\n", rows (X));
  endif
  [~, name, extension] = fileparts (options.data);
  shape = strjoin (arrayfun (@(n) sprintf ("%d", n), layer_dims, "UniformOutput", false), "-");
  plot_cost_curves (curves, variants(:, 1).', fullfile (options.out, "ch6_cost_octave.png"),
                    sprintf ("Chapter 6: %s relu on %s%s (Octave)", shape, name, extension));
  if (! isempty (options.save_model))
    save_model (options.save_model, saved, activations, "stats", stats, "classes", classes, "scaling", "none");
    printf ("model saved to %s\n", options.save_model);
  endif
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "ch6", repo);

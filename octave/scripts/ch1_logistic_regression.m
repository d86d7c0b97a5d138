1;
## Chapter 1: logistic regression as a neural network, on the breast-cancer
## data.  Run from any folder:
##   octave-cli octave/scripts/ch1_logistic_regression.m [--help] [options]
## Prints the same lines as the Python and R scripts and writes
## build/ch1_cost_octave.png.

## Without this Octave 7.3 prints "error: ignoring const
## execution_exception& while preparing to exit" at exit.
history_save (false);

function main (options)
  [X, Y, classes] = read_dataset (options.data, options.label_column);
  check_classes (options.data, classes, "sigmoid");
  ## The book scales each example to unit length; --standardize scales each
  ## feature instead, by the training examples' means and deviations.
  if (! options.standardize)
    X = scale_to_unit_norm (X);
  endif
  [X, Y, X_test, Y_test, stats, rng] = prepare_split (X, Y, options.test_fraction, options.standardize,
                                                      rng_seed (options.seed));
  activations = {"sigmoid"};
  config = train_config ("learning_rate", options.learning_rate, "iterations", options.iterations,
                         "init", "zeros", "print_every", 100);
  [parameters, costs, rng] = train (X, Y, [rows(X), 1], activations, rng, config);
  Y_hat = predict_labels (X, parameters, activations);
  printf ("train accuracy: %.4f\n", accuracy (Y, Y_hat));
  warning_line = collapse_warning (costs, Y_hat, 2);
  if (! isempty (X_test))
    Y = Y_test;
    Y_hat = predict_labels (X_test, parameters, activations);
    printf ("test accuracy: %.4f\n", accuracy (Y, Y_hat));
  endif
  if (! isempty (warning_line))
    printf ("%s\n", warning_line);
  endif
  counts = confusion_matrix (Y, Y_hat, 2);
  printf ("%s\n", format_confusion_matrix (counts));
  printf ("%s\n", format_metrics (classification_metrics (counts)));
  plot_costs (costs, fullfile (options.out, "ch1_cost_octave.png"),
              "Chapter 1: logistic regression (Octave)");
  if (! isempty (options.save_model))
    scaling = "unit_norm";
    if (options.standardize)
      scaling = "none";
    endif
    save_model (options.save_model, parameters, activations, "stats", stats, "classes", classes,
                "scaling", scaling);
    printf ("model saved to %s\n", options.save_model);
  endif
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "ch1", repo);

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
  [X, Y] = load_dataset (options.data, 2);
  X = scale_to_unit_norm (X);
  rng = rng_seed (options.seed);
  [X_train, Y_train, X_test, Y_test, rng] = split_train_test (X, Y, 0.25, rng);
  activations = {"sigmoid"};
  config = train_config ("learning_rate", options.learning_rate, "iterations", options.iterations,
                         "init", "zeros", "print_every", 100);
  [parameters, costs, rng] = train (X_train, Y_train, [rows(X), 1], activations, rng, config);
  printf ("train accuracy: %.4f\n", accuracy (Y_train, predict_labels (X_train, parameters, activations)));
  Y_hat = predict_labels (X_test, parameters, activations);
  printf ("test accuracy: %.4f\n", accuracy (Y_test, Y_hat));
  printf ("%s\n", format_confusion_matrix (confusion_matrix (Y_test, Y_hat, 2)));
  plot_costs (costs, fullfile (options.out, "ch1_cost_octave.png"),
              "Chapter 1: logistic regression (Octave)");
  if (! isempty (options.save_model))
    save_model (options.save_model, parameters, activations, "scaling", "unit_norm");
    printf ("model saved to %s\n", options.save_model);
  endif
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "ch1", repo);

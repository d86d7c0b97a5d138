1;
## Chapter 5: MNIST digits with a softmax output, trained with mini-batches
## (784-128-64-10, relu).  Run from any folder:
##   octave-cli octave/scripts/ch5_mnist.m [--help] [options]
## Prints the same lines as the Python and R scripts and writes
## build/ch5_cost_octave.png and build/ch5_digits_octave.png.

## Without this Octave 7.3 prints "error: ignoring const
## execution_exception& while preparing to exit" at exit.
history_save (false);

function main (options)
  [X, Y] = load_digits (options.data);
  [X_test, Y_test] = load_digits (options.test_data);
  printf ("%d training digits, %d test digits\n", columns (X), columns (X_test));
  activations = {"relu", "relu", "softmax"};
  printf ("%s\n", format_run (options.data, X, 10, 0, [mnist_pixels(), 128, 64, 10], activations));
  config = train_config ("learning_rate", options.learning_rate, "iterations", options.iterations,
                         "init", "he", "print_every", 1, "batch_size", options.batch_size);
  [parameters, costs] = train (X, Y, [mnist_pixels(), 128, 64, 10], activations, rng_seed (options.seed), config);
  printf ("train accuracy: %.4f\n", accuracy (Y, predict_labels (X, parameters, activations)));
  Y_hat = predict_labels (X_test, parameters, activations);
  printf ("test accuracy: %.4f\n", accuracy (Y_test, Y_hat));
  counts = confusion_matrix (Y_test, Y_hat, 10);
  printf ("%s\n", format_confusion_matrix (counts));
  printf ("%s\n", format_metrics (classification_metrics (counts)));
  title = "Chapter 5: MNIST 784-128-64-10 (Octave)";
  plot_costs (costs, fullfile (options.out, "ch5_cost_octave.png"), title, "epoch");
  plot_digits (X_test, Y_test, Y_hat, fullfile (options.out, "ch5_digits_octave.png"), title);
  if (! isempty (options.save_model))
    save_model (options.save_model, parameters, activations, "scaling", "pixels");
    printf ("model saved to %s\n", options.save_model);
  endif
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "ch5", repo);

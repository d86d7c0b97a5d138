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
  [X, Y, classes] = read_examples (options.data, options.label_column);
  check_classes (options.data, classes, "softmax");
  ## --test-fraction holds out a share of --data as the test set; without it
  ## the test set is --test-data.
  [X, Y, X_test, Y_test, stats, rng] = prepare_split (X, Y, options.test_fraction, options.standardize,
                                                      rng_seed (options.seed));
  if (isempty (X_test))
    [X_test, Y_test] = read_examples (options.test_data, options.label_column, classes, rows (X));
    if (! isempty (stats))
      X_test = standardize_apply (X_test, stats);
    endif
  endif
  digits = rows (X) == mnist_pixels ();
  kind = "examples";
  if (digits)
    kind = "digits";
  endif
  printf ("%d training %s, %d test %s\n", columns (X), kind, columns (X_test), kind);
  hidden = options.hidden(:)';
  activations = [repmat({"relu"}, 1, numel (hidden)), {"softmax"}];
  layer_dims = [rows(X), hidden, numel(classes)];
  held_out = columns (X_test) * (options.test_fraction > 0);
  printf ("%s\n", format_run (options.data, X, classes, held_out, layer_dims, activations));
  config = train_config ("learning_rate", options.learning_rate, "iterations", options.iterations,
                         "init", "he", "print_every", 1, "batch_size", options.batch_size);
  [parameters, costs] = train (X, Y, layer_dims, activations, rng, config);
  printf ("train accuracy: %.4f\n", accuracy (Y, predict_labels (X, parameters, activations)));
  Y_hat = predict_labels (X_test, parameters, activations);
  printf ("test accuracy: %.4f\n", accuracy (Y_test, Y_hat));
  counts = confusion_matrix (Y_test, Y_hat, numel (classes));
  printf ("%s\n", format_confusion_matrix (counts));
  printf ("%s\n", format_metrics (classification_metrics (counts)));
  [~, name, extension] = fileparts (options.data);
  name = [name extension];
  if (digits)
    name = "MNIST";
  endif
  shape = strjoin (arrayfun (@(n) sprintf ("%d", n), layer_dims, "UniformOutput", false), "-");
  title = sprintf ("Chapter 5: %s %s (Octave)", name, shape);
  plot_costs (costs, fullfile (options.out, "ch5_cost_octave.png"), title, "epoch");
  if (digits)
    plot_digits (X_test, Y_test, Y_hat, fullfile (options.out, "ch5_digits_octave.png"), title);
  else
    printf ("no digits picture: the data has %d features, not %d pixels\n", rows (X), mnist_pixels ());
  endif
  if (! isempty (options.save_model))
    scaling = "none";
    if (digits)
      scaling = "pixels";
    endif
    save_model (options.save_model, parameters, activations, "stats", stats, "classes", classes, "scaling", scaling);
    printf ("model saved to %s\n", options.save_model);
  endif
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "ch5", repo);

1;
## Chapter 1: logistic regression as a neural network, on the breast-cancer
## data.  Run from any folder:
##   octave-cli octave/scripts/ch1_logistic_regression.m [--help] [options]
## Prints the same lines as the Python and R scripts and writes
## build/ch1_cost_octave.png.

## Without this Octave 7.3 prints "error: ignoring const
## execution_exception& while preparing to exit" at exit.
history_save (false);

## Both scalings train from the same generator state: standardised features
## first, the main run (its accuracy, confusion matrix, metrics and saved
## model), then the book's unit-length examples, compared in the table.
function scalings = scaling_table ()
  scalings = {"standardized", "each feature centred and divided by its standard deviation on the training examples";
              "unit_norm", "each example scaled to unit length (the book's scaling)"};
endfunction

function main (options)
  [X, Y, classes] = read_dataset (options.data, options.label_column);
  check_classes (options.data, classes, "sigmoid");
  ## Each scaling splits from the same generator state: the same examples held
  ## out, scaled two ways.
  seed = rng_seed (options.seed);
  scalings = scaling_table ();
  splits = cell (rows (scalings), 6);
  for k = 1:rows (scalings)
    X_scaled = X;
    if (strcmp (scalings{k, 1}, "unit_norm"))
      X_scaled = scale_to_unit_norm (X);
    endif
    [splits{k, :}] = prepare_split (X_scaled, Y, options.test_fraction, strcmp (scalings{k, 1}, "standardized"), seed);
  endfor
  activations = {"sigmoid"};
  printf ("%s\n", format_run (options.data, splits{1, 1}, classes, columns (splits{1, 3}), [rows(X), 1], activations));
  config = train_config ("learning_rate", options.learning_rate, "iterations", options.iterations,
                         "init", "zeros", "print_every", 100);
  curves = summary = cell (1, rows (scalings));
  for k = 1:rows (scalings)
    [name, description] = scalings{k, :};
    [X_train, Y, X_test, Y_test, stats, rng] = splits{k, :};
    printf ("== %s: %s\n", name, description);
    [parameters, curves{k}] = train (X_train, Y, [rows(X), 1], activations, rng, config);
    Y_hat = predict_labels (X_train, parameters, activations);
    train_accuracy = accuracy (Y, Y_hat);
    warning_line = collapse_warning (curves{k}, Y_hat, 2);
    summary{k} = sprintf ("%-14s%12.6g%8.4f", name, curves{k}(end), train_accuracy);
    ## The errors of the confusion matrix: the test examples', else the
    ## training examples'.
    Y_true = Y;
    if (! isempty (X_test))
      Y_true = Y_test;
      Y_hat = predict_labels (X_test, parameters, activations);
      summary{k} = [summary{k}, sprintf("%8.4f", accuracy (Y_true, Y_hat))];
    endif
    counts = confusion_matrix (Y_true, Y_hat, 2);
    summary{k} = [summary{k}, sprintf("%8d%8d", counts(1, 2), counts(2, 1))];
    if (strcmp (name, "standardized"))
      model = struct ("parameters", parameters, "stats", stats);
      printf ("train accuracy: %.4f\n", train_accuracy);
      if (! isempty (X_test))
        printf ("test accuracy: %.4f\n", accuracy (Y_true, Y_hat));
      endif
      if (! isempty (warning_line))
        printf ("%s\n", warning_line);
      endif
      printf ("%s\n", format_confusion_matrix (counts));
      printf ("%s\n", format_metrics (classification_metrics (counts)));
    endif
  endfor
  ## The table's error columns: class 0 predicted as 1, class 1 predicted as 0.
  printf ("%-14s%12s%8s", "scaling", "final cost", "train");
  if (! isempty (X_test))
    printf ("%8s", "test");
  endif
  printf ("%8s%8s\n", "0 as 1", "1 as 0");
  printf ("%s\n", summary{:});
  plot_cost_curves (curves, scalings(:, 1)', fullfile (options.out, "ch1_cost_octave.png"),
                    "Chapter 1: logistic regression, two scalings (Octave)");
  if (! isempty (options.save_model))
    save_model (options.save_model, model.parameters, activations, "stats", model.stats, "classes", classes,
                "scaling", "none");
    printf ("model saved to %s\n", options.save_model);
  endif
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "ch1", repo);

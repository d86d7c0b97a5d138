1;
## Chapter 7: exponentially weighted averages, then gradient descent,
## momentum, RMSProp and Adam, and learning-rate decay, on MNIST (784-64-10,
## relu).  Run from any folder:
##   octave-cli octave/scripts/ch7_optimization.m [--help] [options]
## Prints the same lines as the Python and R scripts and writes
## build/ch7_averages_octave.png and build/ch7_cost_octave.png.

## Without this Octave 7.3 prints "error: ignoring const
## execution_exception& while preparing to exit" at exit.
history_save (false);

function main (options)
  ## {name, learning rate ([]: --learning-rate), its config}: each varies one
  ## base config and trains the same network (784-64-10 on MNIST) from the
  ## same start.
  ## At the book's small rate RMSProp and Adam, which scale each step by the
  ## gradient's size, leave gradient descent and momentum behind, and decay
  ## (per epoch) shrinks Adam's late steps; at rate 3 gradient descent stops
  ## learning within an epoch while momentum's averaged steps still train
  ## (where gradient descent only oscillates, at rate 2, or Adam at 0.03,
  ## the oscillation amplifies rounding and the languages part).  RMSProp's beta2 is 0.999, as in Python: with 0.9 it
  ## oscillates at 0.01 and amplifies rounding until the languages part.
  base = train_config ("learning_rate", options.learning_rate, "iterations", options.iterations,
                       "init", "he", "print_every", 5, "batch_size", options.batch_size);
  [momentum, rmsprop, adam] = deal (base);
  momentum.optimizer = "momentum";
  momentum.beta1 = 0.9;
  rmsprop.optimizer = "rmsprop";
  rmsprop.beta2 = 0.999;
  adam.optimizer = "adam";
  adam.beta1 = 0.9;
  adam.beta2 = 0.999;
  [adam_inverse, adam_exponential] = deal (adam);
  adam_inverse.decay = "inverse";
  adam_inverse.decay_rate = 0.5;
  adam_exponential.decay = "exponential";
  adam_exponential.decay_rate = 0.9;
  variants = {
    "gd", [], base;
    "momentum", [], momentum;
    "rmsprop", [], rmsprop;
    "adam", [], adam;
    "adam+inverse", [], adam_inverse;
    "adam+exponential", [], adam_exponential;
    "gd-fast", 3, base;
    "momentum-fast", 3, momentum};
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
  show_averages (options.seed, options.out);
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
  curves = summary = cell (1, rows (variants));
  best = -Inf;
  for k = 1:rows (variants)
    [name, rate, config] = variants{k, :};
    if (isempty (rate))
      rate = options.learning_rate;
    endif
    config.learning_rate = rate;
    printf ("== %s\n", name);
    [parameters, costs] = train (X, Y, layer_dims, activations, rng, config);
    curves{k} = costs;
    Y_hat = predict_labels (X_test, parameters, activations);
    test_accuracy = accuracy (Y_test, Y_hat);
    printf ("%s\n", format_metrics (classification_metrics (confusion_matrix (Y_test, Y_hat, numel (classes)))));
    ## Epochs whose cost is above the one before, and the largest such rise: the oscillation that decay settles.
    [rises, largest] = cost_rises (costs);
    summary{k} = sprintf ("%-18s%6g%14.6g%8.4f%7d%14.4f", name, rate, costs(end), test_accuracy, rises, largest);
    ## The model to save: the best test accuracy, the first of a tie.
    if (test_accuracy > best)
      [best, saved] = deal (test_accuracy, parameters);
    endif
  endfor
  printf ("%-18s%6s%14s%8s%7s%14s\n", "run", "rate", "final cost", "test", "rises", "largest rise");
  printf ("%s\n", summary{:});
  [~, data_name, extension] = fileparts (options.data);
  data_name = [data_name extension];
  scaling = "none";
  if (digits)
    [data_name, scaling] = deal ("MNIST", "pixels");
  endif
  shape = strjoin (arrayfun (@(n) sprintf ("%d", n), layer_dims, "UniformOutput", false), "-");
  plot_cost_curves (curves, variants(:, 1).', fullfile (options.out, "ch7_cost_octave.png"),
                    sprintf ("Chapter 7: optimisers on %s, %s (Octave)", data_name, shape), "epoch");
  if (! isempty (options.save_model))
    save_model (options.save_model, saved, activations, "stats", stats, "classes", classes, "scaling", scaling);
    printf ("model saved to %s\n", options.save_model);
  endif
endfunction

## The lecture's demonstration: a noisy series (200 "days" of a seasonal
## value, 10 + 5 sin(2 pi t / 200) + 2 z_t, z from the portable generator)
## and its averages.
function show_averages (seed, out)
  days = 200;
  betas = [0.9, 0.98];
  shown_days = [1, 2, 5, 10, 20, 50, 100, 200];
  z = rng_normal (rng_seed (seed), 1, days);
  t = 1:days;
  values = 10 + 5 * sin (2 * pi * t / days) + 2 * z;
  corrected = cell (1, numel (betas));
  for k = 1:numel (betas)
    [averages, corrected{k}] = exponential_average (values, betas(k));
  endfor
  labels = arrayfun (@(beta) sprintf ("beta %g", beta), betas, "UniformOutput", false);
  last = sprintf ("beta %g uncorrected", betas(end));
  printf ("exponentially weighted averages of %d noisy values, 10 + 5 sin(2 pi t / %d) + 2 N(0, 1):\n", days, days);
  printf ("%4s%9s", "t", "value");
  printf ("%11s", labels{:});
  printf ("%24s\n", last);
  for day = shown_days
    printf ("%4d%9.4f", day, values(day));
    printf ("%11.4f", cellfun (@(c) c(day), corrected));
    printf ("%24.4f\n", averages(day));
  endfor
  plot_averages (values, [corrected, {averages}], [labels, {last}], fullfile (out, "ch7_averages_octave.png"),
                 "Chapter 7: exponentially weighted averages (Octave)");
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "ch7", repo);

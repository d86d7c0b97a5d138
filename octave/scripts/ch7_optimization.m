1;
## Chapter 7: gradient descent, momentum, RMSProp and Adam (with and without
## learning-rate decay) on MNIST (784-64-10, relu).  Run from any folder:
##   octave-cli octave/scripts/ch7_optimization.m [--help] [options]
## Prints the same lines as the Python and R scripts and writes
## build/ch7_cost_octave.png.

## Without this Octave 7.3 prints "error: ignoring const
## execution_exception& while preparing to exit" at exit.
history_save (false);

function main (options)
  activations = {"relu", "softmax"};
  ## {name, its config}: each varies one base config and trains the same
  ## 784-64-10 network from the same start at the same learning rate.
  ## RMSProp's beta2 is 0.999, as in Python: with 0.9 it oscillates at this
  ## rate and amplifies rounding until the languages part.
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
  adam_decay = adam;
  adam_decay.decay = "exponential";
  adam_decay.decay_rate = 0.9;
  variants = {
    "gd", base;
    "momentum", momentum;
    "rmsprop", rmsprop;
    "adam", adam;
    "adam+decay", adam_decay};
  [X, Y] = load_digits (options.data);
  [X_test, Y_test] = load_digits (options.test_data);
  printf ("%d training digits, %d test digits\n", columns (X), columns (X_test));
  curves = summary = cell (1, rows (variants));
  best = -Inf;
  for k = 1:rows (variants)
    [name, config] = variants{k, :};
    printf ("== %s\n", name);
    [parameters, curves{k}] = train (X, Y, [mnist_pixels(), 64, 10], activations, rng_seed (options.seed), config);
    test_accuracy = accuracy (Y_test, predict_labels (X_test, parameters, activations));
    summary{k} = sprintf ("%-12s%14.6g%8.4f", name, curves{k}(end), test_accuracy);
    ## The model to save: the best test accuracy, the first of a tie.
    if (test_accuracy > best)
      [best, saved] = deal (test_accuracy, parameters);
    endif
  endfor
  printf ("%-12s%14s%8s\n", "optimizer", "final cost", "test");
  printf ("%s\n", summary{:});
  plot_cost_curves (curves, variants(:, 1).', fullfile (options.out, "ch7_cost_octave.png"),
                    "Chapter 7: optimisers on MNIST, 784-64-10 (Octave)", "epoch");
  if (! isempty (options.save_model))
    save_model (options.save_model, saved, activations, "scaling", "pixels");
    printf ("model saved to %s\n", options.save_model);
  endif
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "ch7", repo);

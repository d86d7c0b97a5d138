1;
## Chapter 8: gradient checking: backpropagation against centred differences
## of the cost for relu, tanh, sigmoid and softmax networks on the CS231n
## spiral, with and without L2, and a planted bug that it must catch.  Run
## from any folder:
##   octave-cli octave/scripts/ch8_gradient_check.m [--help] [options]
## Prints the same lines as the Python and R scripts (the relative
## differences may differ in their last digits).

## Without this Octave 7.3 prints "error: ignoring const
## execution_exception& while preparing to exit" at exit.
history_save (false);

function text = describe (X, hidden, activations, lambd, n_classes)
  n_out = n_classes;
  if (strcmp (activations{end}, "sigmoid"))
    n_out = 1;
  endif
  sizes = strjoin (arrayfun (@num2str, [rows(X), hidden, n_out], "UniformOutput", false), "-");
  text = sprintf ("%s %s", sizes, strjoin (activations, ", "));
  if (lambd)
    text = sprintf ("%s, L2 lambd %g", text, lambd);
  endif
endfunction

function [labels, differences] = verdict (label, difference, worst, threshold, labels, differences)
  result = "pass";
  if (! (difference < threshold))
    result = sprintf ("FAIL (largest gap in %s)", worst);
  endif
  printf ("%s: relative difference: %.3e, %s\n", label, difference, result);
  labels{end + 1} = label;
  differences(end + 1) = difference;
endfunction

function main (options)
  threshold = 1e-7;
  ## {hidden sizes, activations, lambd}: sigmoid outputs learn class 0
  ## against the rest.
  networks = {[4], {"relu", "sigmoid"}, 0;
              [3], {"relu", "softmax"}, 0;
              [5, 4], {"tanh", "sigmoid", "softmax"}, 0.7;
              [5, 4], {"sigmoid", "tanh", "sigmoid"}, 0.3};
  [X, Y, classes] = read_dataset (options.data, options.label_column);
  check_classes (options.data, classes, "softmax");
  [X, Y, ~, ~, stats, rng] = prepare_split (X, Y, 0, options.standardize, rng_seed (options.seed));
  n_classes = numel (classes);
  printf ("%s\n", format_run (options.data, X, classes, 0,
                              cellfun (@(h, a) [rows(X), h, merge(strcmp (a{end}, "sigmoid"), 1, n_classes)],
                                       networks(:, 1)', networks(:, 2)', "UniformOutput", false),
                              networks(:, 2)'));
  printf ("backpropagation against centred differences (epsilon 1e-7) after %d iterations of training on %d points; below %g passes\n",
          options.iterations, columns (X), threshold);
  labels_checked = {};
  differences = [];
  for k = 1:rows (networks)
    [hidden, activations, lambd] = networks{k, :};
    labels = Y;
    n_out = n_classes;
    if (strcmp (activations{end}, "sigmoid"))
      labels = double (Y == 0);
      n_out = 1;
    endif
    config = train_config ("learning_rate", options.learning_rate, "iterations", options.iterations,
                           "init", "he", "lambd", lambd);
    [parameters, ~, rng] = train (X, labels, [rows(X), hidden, n_out], activations, rng, config);
    [difference, worst] = gradient_check (X, labels, parameters, activations, "lambd", lambd);
    [labels_checked, differences] = verdict (describe (X, hidden, activations, lambd, n_classes), difference, worst,
                                             threshold, labels_checked, differences);
    if (isequal (hidden, 3))
      ## The model to save: this network classifies the data's own classes.
      saved = {parameters, activations};
      [~, cache] = forward_propagation (X, parameters, activations);
      grads = backward_propagation (Y, parameters, cache, activations);
      ## The output layer's gradients with the wrong sign (dZ2 = Y - A2):
      ## unlike the book's db1 not divided by m, it shows on any data, even
      ## where every relu unit is dead and db1 is 0.
      grads.dW2 = -grads.dW2;
      grads.db2 = -grads.db2;
      [difference, worst] = gradient_check (X, Y, parameters, activations, "grads", grads);
      [labels_checked, differences] = verdict ([describe(X, hidden, activations, lambd, n_classes), ...
                                                " with dW2 and db2 of the wrong sign (a planted bug)"],
                                               difference, worst, threshold, labels_checked, differences);
    endif
  endfor
  plot_differences (labels_checked, differences, threshold, fullfile (options.out, "ch8_differences_octave.png"),
                    "Chapter 8: gradient checks (Octave)");
  if (! isempty (options.save_model))
    save_model (options.save_model, saved{1}, saved{2}, "stats", stats, "classes", classes, "scaling", "none");
    printf ("model saved to %s\n", options.save_model);
  endif
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "ch8", repo);

## run_experiment (options, network, config)
##
## The full-batch experiment that chapters 2-4 share: train NETWORK (a struct:
## chapter, the chapter's key for the plot files; title, with {shape} where
## the layer sizes go; activations, a cell of the hidden layers' and the
## output's) with CONFIG (train_config) on OPTIONS.data (its labels in column
## OPTIONS.label_column), from rng_seed (OPTIONS.seed), with OPTIONS.hidden
## hidden layer sizes.  With OPTIONS.test_fraction > 0 that share of the
## examples is held out (prepare_split, from the same generator) and
## tested; OPTIONS.standardize scales the features by the training examples'
## means and deviations.  Prints the run's record (format_run), the cost
## lines, the accuracies, a collapse warning if training collapsed, and the
## confusion matrix and metrics (of the test examples when held out);
## writes <chapter>_cost_octave.png and, for two features, <chapter>_boundary_octave.png and
## <chapter>_data_octave.png (the raw data) into OPTIONS.out (for more, one
## line says that no boundary is drawn); with OPTIONS.save_model, saves the
## network there (save_model) with the class names and the standardisation
## statistics.  Every check runs before anything is written.

function run_experiment (options, network, config)
  if (nargin != 3)
    print_usage ();
  endif
  [hidden_activation, output] = network.activations{:};
  [X, Y, classes] = read_dataset (options.data, options.label_column);
  check_classes (options.data, classes, output);
  n_classes = numel (classes);
  hidden = options.hidden(:)';
  activations = [repmat({hidden_activation}, 1, numel (hidden)), {output}];
  n_out = n_classes;
  if (strcmp (output, "sigmoid"))
    n_out = 1;
  endif
  layer_dims = [rows(X), hidden, n_out];
  [X, Y, X_test, Y_test, stats, rng] = prepare_split (X, Y, options.test_fraction, options.standardize,
                                                      rng_seed (options.seed));
  printf ("%s\n", format_run (options.data, X, classes, columns (X_test), layer_dims, activations));
  [parameters, costs] = train (X, Y, layer_dims, activations, rng, config);
  Y_hat = predict_labels (X, parameters, activations);
  printf ("train accuracy: %.4f\n", accuracy (Y, Y_hat));
  warning_line = collapse_warning (costs, Y_hat, n_classes);
  Y_shown = Y;
  Y_shown_hat = Y_hat;
  if (! isempty (X_test))
    Y_shown = Y_test;
    Y_shown_hat = predict_labels (X_test, parameters, activations);
    printf ("test accuracy: %.4f\n", accuracy (Y_shown, Y_shown_hat));
  endif
  if (! isempty (warning_line))
    printf ("%s\n", warning_line);
  endif
  counts = confusion_matrix (Y_shown, Y_shown_hat, n_classes);
  printf ("%s\n", format_confusion_matrix (counts));
  printf ("%s\n", format_metrics (classification_metrics (counts)));
  shape = strjoin (arrayfun (@(n) sprintf ("%d", n), layer_dims, "UniformOutput", false), "-");
  title = [strrep(network.title, "{shape}", shape) " (Octave)"];
  plot_costs (costs, fullfile (options.out, [network.chapter "_cost_octave.png"]), title);
  if (rows (X) == 2)
    plot_decision_boundary (X, Y, parameters, activations,
                            fullfile (options.out, [network.chapter "_boundary_octave.png"]), title);
    [~, name, extension] = fileparts (options.data);
    plot_data (X, Y, fullfile (options.out, [network.chapter "_data_octave.png"]),
               sprintf ("The data: %s%s (Octave)", name, extension));
  else
    printf ("no decision boundary: the data has %d features and the picture draws 2\n", rows (X));
  endif
  if (isfield (options, "save_model") && ! isempty (options.save_model))
    save_model (options.save_model, parameters, activations, "stats", stats, "classes", classes,
                "scaling", "none");
    printf ("model saved to %s\n", options.save_model);
  endif
endfunction

%!shared options, network, config
%! options = struct ("label_column", "label", "test_fraction", 0, "standardize", false, "hidden", 3, "seed", 1);
%! network = struct ("chapter", "chx", "title", "t {shape}", "activations", {{"tanh", "sigmoid"}});
%! config = train_config ("learning_rate", 0.5, "iterations", 5, "print_every", 2);

%!test
%! folder = tempname ();
%! options.data = fullfile (fileparts (fileparts (fileparts (which ("run_experiment")))), "data", "moons.csv");
%! options.out = folder;
%! text = evalc ("run_experiment (options, network, config)");
%! lines = strsplit (strtrim (text), "\n");
%! ## The run's record first: the file's name, its examples (a line each after the header), the network.
%! m = numel (strsplit (strtrim (fileread (options.data)), "\n")) - 1;
%! assert (lines(1:3), {sprintf("data: 'moons.csv', %d examples of 2 features", m), "classes: 0, 1", ...
%!                      "network: 2-3-1, tanh/sigmoid"});
%! assert (strncmp (lines{4}, "iteration 0: cost 0.69", 22));
%! assert (strncmp (lines{7}, "train accuracy: ", 16));
%! metrics = find (strncmp (lines, "accuracy 95 % confidence interval: ", 35));
%! assert (numel (metrics), 1);
%! assert (strncmp (lines{metrics + 1}, "kappa: ", 7));
%! assert (exist (fullfile (folder, "chx_cost_octave.png"), "file") == 2);
%! assert (exist (fullfile (folder, "chx_boundary_octave.png"), "file") == 2);
%! assert (exist (fullfile (folder, "chx_data_octave.png"), "file") == 2);
%! confirm_recursive_rmdir (false, "local");
%! rmdir (folder, "s");

## More than two features, a test split and text labels.
%!test
%! folder = tempname ();
%! mkdir (folder);
%! k = (0:19)';
%! kinds = {"no", "yes"};
%! rows = arrayfun (@(k) sprintf ("%d,%d,%d,%s", k, mod (k, 3), mod (k * 7, 5), kinds{mod(k, 2) + 1}), k,
%!                  "UniformOutput", false);
%! options.data = fullfile (folder, "d.csv");
%! fid = fopen (options.data, "w");
%! fputs (fid, strjoin ([{"a,b,c,kind"}; rows], "\n"));
%! fclose (fid);
%! options.out = fullfile (folder, "out");
%! options.label_column = "kind";
%! options.test_fraction = 0.25;
%! options.standardize = true;
%! options.hidden = [4, 2];
%! text = evalc ("run_experiment (options, network, train_config ('learning_rate', 0.1, 'iterations', 3, 'print_every', 10))");
%! lines = strsplit (strtrim (text), "\n");
%! assert (lines{1}, "read_dataset: classes of 'kind': 0 = 'no', 1 = 'yes'");
%! assert (lines(2:5), {"data: 'd.csv', 20 examples of 3 features", "classes: 0 = 'no', 1 = 'yes'", ...
%!                      "held out: 5 of 20 examples, not trained on", "network: 3-4-2-1, tanh/tanh/sigmoid"});
%! assert (strncmp (lines{8}, "train accuracy: ", 16));
%! assert (strncmp (lines{9}, "test accuracy: ", 15));
%! assert (lines{end}, "no decision boundary: the data has 3 features and the picture draws 2");
%! assert ({dir(options.out)(3:end).name}, {"chx_cost_octave.png"});
%! matrix = find (strncmp (lines, "confusion matrix", 16));
%! counts = cellfun (@(line) sum (str2num (line)(2:end)), lines(matrix + 2:matrix + 3));
%! assert (sum (counts), 5);
%! confirm_recursive_rmdir (false, "local");
%! rmdir (folder, "s");

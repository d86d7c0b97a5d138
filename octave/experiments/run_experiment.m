## run_experiment (options, network, config)
##
## The full-batch experiment that chapters 2-4 share: train NETWORK (a struct:
## chapter, the chapter's key for the plot files; title; classes; hidden, the
## hidden layer sizes; activations, a cell of one name per layer) with CONFIG
## (train_config) on all of OPTIONS.data, from rng_seed (OPTIONS.seed); print
## the cost lines, training accuracy, confusion matrix and metrics, and write
## <chapter>_cost_octave.png, <chapter>_boundary_octave.png and
## <chapter>_data_octave.png (the raw data) into OPTIONS.out.

function run_experiment (options, network, config)
  if (nargin != 3)
    print_usage ();
  endif
  n_classes = network.classes;
  activations = network.activations;
  [X, Y] = load_dataset (options.data, n_classes);
  n_out = n_classes;
  if (strcmp (activations{end}, "sigmoid"))
    n_out = 1;
  endif
  [parameters, costs] = train (X, Y, [rows(X), network.hidden, n_out], activations, rng_seed (options.seed), config);
  Y_hat = predict_labels (X, parameters, activations);
  printf ("train accuracy: %.4f\n", accuracy (Y, Y_hat));
  counts = confusion_matrix (Y, Y_hat, n_classes);
  printf ("%s\n", format_confusion_matrix (counts));
  printf ("%s\n", format_metrics (classification_metrics (counts)));
  title = [network.title " (Octave)"];
  plot_costs (costs, fullfile (options.out, [network.chapter "_cost_octave.png"]), title);
  plot_decision_boundary (X, Y, parameters, activations,
                          fullfile (options.out, [network.chapter "_boundary_octave.png"]), title);
  [~, name, extension] = fileparts (options.data);
  plot_data (X, Y, fullfile (options.out, [network.chapter "_data_octave.png"]),
             sprintf ("The data: %s%s (Octave)", name, extension));
endfunction

%!test
%! folder = tempname ();
%! data = fullfile (fileparts (fileparts (fileparts (which ("run_experiment")))), "data", "moons.csv");
%! options = struct ("data", data, "seed", 1, "out", folder);
%! network = struct ("chapter", "chx", "title", "t", "classes", 2, "hidden", 3, "activations", {{"tanh", "sigmoid"}});
%! config = train_config ("learning_rate", 0.5, "iterations", 5, "print_every", 2);
%! text = evalc ("run_experiment (options, network, config)");
%! lines = strsplit (strtrim (text), "\n");
%! assert (strncmp (lines{1}, "iteration 0: cost 0.69", 22));
%! assert (strncmp (lines{4}, "train accuracy: ", 16));
%! assert (strncmp (lines{9}, "accuracy 95 % confidence interval: ", 35));
%! assert (strncmp (lines{10}, "kappa: ", 7));
%! assert (exist (fullfile (folder, "chx_cost_octave.png"), "file") == 2);
%! assert (exist (fullfile (folder, "chx_boundary_octave.png"), "file") == 2);
%! assert (exist (fullfile (folder, "chx_data_octave.png"), "file") == 2);
%! confirm_recursive_rmdir (false, "local");
%! rmdir (folder, "s");

## run_experiment (options, network, config)
##
## The full-batch experiment that chapters 2-4 share: train NETWORK (a struct:
## chapter, the chapter's key for the plot files; title; classes; hidden, the
## hidden layer sizes; activations, a cell of one name per layer) with CONFIG
## (train_config) on all of OPTIONS.data, from rng_seed (OPTIONS.seed); print
## the cost lines, training accuracy and confusion matrix, and write
## <chapter>_cost_octave.png and <chapter>_boundary_octave.png into
## OPTIONS.out; with OPTIONS.save_model, save the network there (save_model).

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
  printf ("%s\n", format_confusion_matrix (confusion_matrix (Y, Y_hat, n_classes)));
  title = [network.title " (Octave)"];
  plot_costs (costs, fullfile (options.out, [network.chapter "_cost_octave.png"]), title);
  plot_decision_boundary (X, Y, parameters, activations,
                          fullfile (options.out, [network.chapter "_boundary_octave.png"]), title);
  if (isfield (options, "save_model") && ! isempty (options.save_model))
    save_model (options.save_model, parameters, activations, "scaling", "none");
    printf ("model saved to %s\n", options.save_model);
  endif
endfunction

%!test
%! folder = tempname ();
%! data = fullfile (fileparts (fileparts (fileparts (mfilename ("fullpath")))), "data", "moons.csv");
%! options = struct ("data", data, "seed", 1, "out", folder);
%! network = struct ("chapter", "chx", "title", "t", "classes", 2, "hidden", 3, "activations", {{"tanh", "sigmoid"}});
%! config = train_config ("learning_rate", 0.5, "iterations", 5, "print_every", 2);
%! text = evalc ("run_experiment (options, network, config)");
%! lines = strsplit (strtrim (text), "\n");
%! assert (strncmp (lines{1}, "iteration 0: cost 0.69", 22));
%! assert (strncmp (lines{4}, "train accuracy: ", 16));
%! assert (exist (fullfile (folder, "chx_cost_octave.png"), "file") == 2);
%! assert (exist (fullfile (folder, "chx_boundary_octave.png"), "file") == 2);
%! confirm_recursive_rmdir (false, "local");
%! rmdir (folder, "s");

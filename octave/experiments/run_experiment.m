## -*- texinfo -*-
## @deftypefn {} {} run_experiment (@var{options}, @var{n_classes}, @var{hidden}, @var{activations}, @var{init}, @var{print_every}, @var{chapter}, @var{title})
## The full-batch experiment that chapters 2-4 share: train a network with the
## hidden layer sizes @var{hidden} on all of @var{options}.data, print the cost
## lines, training accuracy and confusion matrix, and write
## @var{chapter}_cost_octave.png and @var{chapter}_boundary_octave.png into
## @var{options}.out.
## @end deftypefn

function run_experiment (options, n_classes, hidden, activations, init, print_every, chapter, title)
  [X, Y] = load_dataset (options.data, n_classes);
  n_out = n_classes;
  if (strcmp (activations{end}, "sigmoid"))
    n_out = 1;
  endif
  config = train_config ("learning_rate", options.learning_rate, "iterations", options.iterations,
                         "init", init, "print_every", print_every);
  [parameters, costs] = train (X, Y, [rows(X), hidden, n_out], activations, rng_seed (options.seed), config);
  Y_hat = predict_labels (X, parameters, activations);
  printf ("train accuracy: %.4f\n", accuracy (Y, Y_hat));
  printf ("%s\n", format_confusion_matrix (confusion_matrix (Y, Y_hat, n_classes)));
  plot_costs (costs, fullfile (options.out, [chapter "_cost_octave.png"]), [title " (Octave)"]);
  plot_decision_boundary (X, Y, parameters, activations,
                          fullfile (options.out, [chapter "_boundary_octave.png"]), [title " (Octave)"]);
endfunction

%!test
%! folder = tempname ();
%! data = fullfile (fileparts (fileparts (fileparts (mfilename ("fullpath")))), "data", "moons.csv");
%! options = struct ("data", data, "iterations", 5, "learning_rate", 0.5, "seed", 1, "out", folder);
%! text = evalc ('run_experiment (options, 2, [3], {"tanh", "sigmoid"}, "default", 2, "chx", "t")');
%! lines = strsplit (strtrim (text), "\n");
%! assert (strncmp (lines{1}, "iteration 0: cost 0.69", 22));
%! assert (strncmp (lines{4}, "train accuracy: ", 16));
%! assert (exist (fullfile (folder, "chx_cost_octave.png"), "file") == 2);
%! assert (exist (fullfile (folder, "chx_boundary_octave.png"), "file") == 2);
%! confirm_recursive_rmdir (false, "local");
%! rmdir (folder, "s");

## [parameters, activations] = train_trial (X_train, Y_train, candidate, hidden_layers, epochs, seed)
##
## The network of run_trial's trial, trained as run_trial trains it (the
## classes those of Y_TRAIN), for saving the best trial's network.

function [parameters, activations] = train_trial (X_train, Y_train, candidate, hidden_layers, epochs, seed)
  if (nargin != 6)
    print_usage ();
  endif
  check_candidates ("train_trial", "candidate", candidate, true);
  hidden_layers = check_count ("train_trial", "hidden_layers", hidden_layers);
  check_positive ("train_trial", "epochs", epochs, true);
  [parameters, activations] = trial_network (X_train, Y_train, candidate, hidden_layers, epochs, seed,
                                             max (Y_train(:)) + 1);
endfunction

%!test
%! ## Three classes: a softmax output; the network that run_trial trains.
%! X = [0, 1, 2, 3, 4, 5; 1, 0, 1, 0, 1, 0];
%! Y = [0, 1, 2, 0, 1, 2];
%! best = struct ("learning_rate", 0.01, "hidden", 4, "lambd", 0, "keep_prob", 1, "batch_size", 2,
%!                "beta1", 0.9, "beta2", 0.999);
%! [parameters, activations] = train_trial (X, Y, best, 1, 2, 5);
%! assert (activations, {"relu", "softmax"});
%! assert (size (parameters.W2), [3, 4]);
%! result = run_trial (X, Y, X, Y, best, 1, 2, 5);
%! assert (result(1), accuracy (Y, predict_labels (X, parameters, activations)));

%!error <Invalid call> train_trial (1, 2, 3)

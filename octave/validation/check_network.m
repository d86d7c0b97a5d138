## check_network (caller, X, Y, parameters, activations, state)
##
## The checks that forward_propagation, backward_propagation and
## update_parameters make on every call, made once by train and train_epoch
## before their unchecked loop: the layers (check_layers), the labels Y
## against the output layer (output_classes), and the optimiser STATE
## (check_state).  The messages start with CALLER.

function check_network (caller, X, Y, parameters, activations, state)
  if (nargin != 6)
    print_usage ();
  endif
  check_layers (caller, X, parameters, activations);
  check_labels (caller, Y, columns (X), output_classes (parameters, activations));
  check_state (caller, parameters, state);
endfunction

%!shared parameters, state
%! parameters = initialize_parameters ([2, 4, 3], rng_seed (1), "he");
%! state = initialize_optimizer (parameters, "rmsprop");

%!test
%! check_network ("f", ones (2, 4), [0, 1, 2, 2], parameters, {"relu", "softmax"}, state);

%!error <^f: X must have 2 rows to match W1, got 3$> check_network ("f", ones (3, 4), zeros (1, 4), parameters, {"relu", "softmax"}, state)
%!error <^f: Y must hold integer labels in 0\.\.2$> check_network ("f", ones (2, 4), 0:3, parameters, {"relu", "softmax"}, state)
%!error <^f: Y must be a 1 x 4 matrix, got 1 x 3$> check_network ("f", ones (2, 4), zeros (1, 3), parameters, {"relu", "softmax"}, state)
%!error <^f: state must come from initialize_optimizer$> check_network ("f", ones (2, 4), zeros (1, 4), parameters, {"relu", "softmax"}, struct ())
%!error <Invalid call> check_network ("f", ones (2, 4), zeros (1, 4), parameters, {"relu", "softmax"})

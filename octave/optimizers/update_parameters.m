## [parameters, state] = update_parameters (parameters, grads, learning_rate, state)
##
## One step of the optimiser in STATE (initialize_optimizer) for every
## parameter P with gradient g = dP; t = t + 1.
##   gd:       P = P - learning_rate g
##   momentum: v = beta1 v + (1 - beta1) g;  P = P - learning_rate v
##   rmsprop:  s = beta2 s + (1 - beta2) g^2;  P = P - learning_rate g / (sqrt(s) + epsilon)
##   adam:     v and s as above; P = P - learning_rate vc / (sqrt(sc) + epsilon) with the
##             bias corrections vc = v / (1 - beta1^t), sc = s / (1 - beta2^t)

function [parameters, state] = update_parameters (parameters, grads, learning_rate, state)
  if (nargin != 4)
    print_usage ();
  endif
  check_positive ("update_parameters", "learning_rate", learning_rate);
  check_state ("update_parameters", parameters, state);
  check_grads ("update_parameters", parameters, grads);
  [parameters, state] = update_step (parameters, grads, learning_rate, state);
endfunction

%!shared parameters, grads
%! parameters = struct ("W1", [1, -2], "b1", 0.5);
%! grads = struct ("dW1", [0.5, 0.25], "db1", -1, "dZ1", [7, 7]);

## A gradient descent step on hand-made values.
%!test
%! [new, state] = update_parameters (parameters, grads, 0.1, initialize_optimizer (parameters));
%! assert (new, struct ("W1", [0.95, -2.025], "b1", 0.6));
%! assert (new.W1 - [0.95, -2.025], [0, 0]);
%! assert (parameters.W1, [1, -2]);
%! assert ({state.t, state.optimizer}, {1, "gd"});

## Momentum, two steps by hand.
%!test
%! state = initialize_optimizer (parameters, "momentum", "beta1", 0.5);
%! [p1, state] = update_parameters (parameters, grads, 0.1, state);
%! ## v = 0.5 g, W = W - 0.1 v
%! assert (state.vdW1, [0.25, 0.125]);
%! assert (p1.W1, [0.975, -2.0125], -1e-15);
%! [p2, state] = update_parameters (p1, grads, 0.1, state);
%! ## v = 0.5 (0.5 g) + 0.5 g = 0.75 g
%! assert (state.vdb1, -0.75);
%! assert (p2.b1, 0.5 + 0.05 + 0.075, -1e-15);

## RMSProp, one step by hand.
%!test
%! state = initialize_optimizer (parameters, "rmsprop", "beta2", 0.9, "epsilon", 1e-8);
%! [new, state] = update_parameters (parameters, grads, 0.01, state);
%! assert (state.sdW1, 0.1 * [0.25, 0.0625], -1e-15);
%! assert (new.W1, [1 - 0.01 * 0.5 / (sqrt (0.025) + 1e-8), ...
%!                  -2 - 0.01 * 0.25 / (sqrt (0.00625) + 1e-8)], -1e-15);

## With bias correction Adam's first step is lr * g / (|g| + epsilon): the
## learning rate times the gradient's sign.
%!test
%! state = initialize_optimizer (parameters, "adam", "epsilon", 1e-12);
%! new = update_parameters (parameters, grads, 0.01, state);
%! assert (new.W1, [0.99, -2.01], -1e-12);
%! assert (new.b1, 0.51, -1e-12);

## Adam, the second step by hand.
%!test
%! state = initialize_optimizer (parameters, "adam", "beta1", 0.9, "beta2", 0.999, "epsilon", 1e-8);
%! [p1, state] = update_parameters (parameters, grads, 0.01, state);
%! [p2, state] = update_parameters (p1, struct ("dW1", [-0.5, 1], "db1", 2), 0.01, state);
%! g1 = [0.5, 0.25];
%! g2 = [-0.5, 1];
%! v = 0.9 * 0.1 * g1 + 0.1 * g2;
%! s = 0.999 * 0.001 * g1 .^ 2 + 0.001 * g2 .^ 2;
%! step = 0.01 * (v / (1 - 0.9 ^ 2)) ./ (sqrt (s / (1 - 0.999 ^ 2)) + 1e-8);
%! assert (p2.W1, p1.W1 - step, -1e-14);
%! assert (state.t, 2);

%!error <Invalid call> update_parameters (struct ("W1", 1), struct ("dW1", 1), 0.1)

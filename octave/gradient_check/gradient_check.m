## [difference, worst, approx] = gradient_check (X, Y, parameters, activations)
## [difference, worst, approx] = gradient_check (X, Y, parameters, activations, lambd, epsilon, grads)
## [difference, worst, approx] = gradient_check (X, Y, parameters, activations, "grads", grads, "lambd", lambd, ...)
## [difference, worst, approx] = gradient_check (X, Y, parameters, activations, lambd, "grads", grads, ...)
##
## Optional arguments go positionally in this order, then as "name", value
## pairs in any order (optional_arguments); those left out take their defaults.
##
## Compare the gradients GRADS (default [], backward_propagation's) with the
## centred differences approx_i = (J(theta + EPSILON e_i) - J(theta - EPSILON e_i))
## / (2 EPSILON) of the cost J (with the L2 penalty when LAMBD > 0; default 0,
## EPSILON 1e-7; no dropout: its random masks would make J a different
## function at every evaluation).  J(theta+) - J(theta-) is taken term by
## term, (1/m) sum_j [cost_j(theta+) - cost_j(theta-)] plus lambd/(2m)
## sum [w+^2 - w-^2], rather than as the difference of two sums: the rounding
## of a sum of m terms, divided by 2 EPSILON, would swamp the check (and
## differ between languages, which sum in different orders).
##
## DIFFERENCE is ||grad - approx|| / (||grad|| + ||approx||) (2-norms), WORST
## the name of the parameter holding the element where |grad - approx| is
## largest (the first on ties), APPROX an n x 1 column in
## parameters_to_vector's order.  Below 1e-7 the gradients are right.

function [difference, worst, approx] = gradient_check (X, Y, parameters, activations, varargin)
  if (nargin < 4)
    print_usage ();
  endif
  [lambd, epsilon, grads] = optional_arguments ("gradient_check", {"lambd", "epsilon", "grads"}, ...
                                                {0, 1e-7, []}, varargin);
  L = check_layers ("gradient_check", X, parameters, activations);
  if (! any (strcmp (activations{end}, {"sigmoid", "softmax"})))
    error ("gradient_check: output activation must be sigmoid or softmax, got %s", ...
           value_text (activations{end}));
  endif
  check_lambd ("gradient_check", lambd);
  if (! (isnumeric (epsilon) && isreal (epsilon) && isscalar (epsilon) ...
         && epsilon > 0 && epsilon < Inf))
    error ("gradient_check: epsilon must be a positive number, got %s", value_text (epsilon));
  endif
  check_labels ("gradient_check", Y, columns (X), output_classes (parameters, activations));

  ## Python's None arrives from the parity harness as [].
  if (isempty (grads))
    [~, cache] = forward_pass (X, parameters, activations, struct ());
    grads = backward_pass (Y, parameters, cache, activations, lambd);
  endif
  check_grads ("gradient_check", parameters, grads);
  names = fieldnames (parameters).';
  given = struct ();
  for name = names
    given.(name{1}) = grads.(["d" name{1}]);
  endfor
  grad = parameters_to_vector (given);
  theta = parameters_to_vector (parameters);
  is_weight = struct ();
  for name = names
    is_weight.(name{1}) = repmat (name{1}(1) == "W", size (parameters.(name{1})));
  endfor
  is_weight = logical (parameters_to_vector (is_weight));
  m = columns (X);
  approx = zeros (size (theta));
  for i = 1:rows (theta)
    plus = minus = theta;
    plus(i) += epsilon;
    minus(i) -= epsilon;
    change = sum (terms_at (plus, X, Y, parameters, activations) ...
                  - terms_at (minus, X, Y, parameters, activations), 2) / m;
    if (lambd > 0)
      w_plus = plus(is_weight);
      w_minus = minus(is_weight);
      change += lambd / (2 * m) * sum (w_plus .* w_plus - w_minus .* w_minus);
    endif
    approx(i) = change / (2 * epsilon);
  endfor
  scale = norm (grad) + norm (approx);
  difference = 0;
  if (scale > 0)
    difference = norm (grad - approx) / scale;
  endif
  owners = {};
  for l = 1:L
    for kind = "Wb"
      name = sprintf ("%s%d", kind, l);
      owners(end + 1:end + numel (parameters.(name))) = {name};
    endfor
  endfor
  ## numpy's argmax takes the first NaN; Octave's max skips NaNs.
  gap = abs (grad - approx);
  i = find (isnan (gap), 1);
  if (isempty (i))
    [~, i] = max (gap);
  endif
  worst = owners{i};
endfunction

## Each example's cost at the parameters THETA, shaped like PARAMETERS.
function costs = terms_at (theta, X, Y, parameters, activations)
  [~, cache] = forward_pass (X, vector_to_parameters (theta, parameters), activations, struct ());
  costs = cross_entropy (cache.(sprintf ("Z%d", numel (activations))), Y, activations{end});
endfunction

## As in backward_propagation's tests: Xavier weights, random biases, inputs
## and labels with the first and last class; distinct sizes so that a
## transposed matrix never fits.
%!function [parameters, X, Y] = network_case (layer_dims, activations)
%!  [parameters, rng] = initialize_parameters (layer_dims, rng_seed (3), "xavier");
%!  for l = 1:numel (layer_dims) - 1
%!    [b, rng] = rng_normal (rng, layer_dims(l + 1), 1);
%!    parameters.(sprintf ("b%d", l)) = 0.1 * b;
%!  endfor
%!  [X, rng] = rng_normal (rng, layer_dims(1), 7);
%!  n_classes = layer_dims(end) + strcmp (activations{end}, "sigmoid");
%!  Y = floor (rng_uniform (rng, 1, 7) * n_classes);
%!  Y([1, end]) = [0, n_classes - 1];
%!endfunction

%!function grads = gradients (parameters, X, Y, activations)
%!  [~, cache] = forward_propagation (X, parameters, activations);
%!  grads = backward_propagation (Y, parameters, cache, activations);
%!endfunction

%!shared networks
%! networks = {[3, 1], {"sigmoid"};
%!             [3, 5, 1], {"tanh", "sigmoid"};
%!             [4, 5, 3, 1], {"relu", "sigmoid", "sigmoid"};
%!             [3, 4], {"softmax"};
%!             [4, 6, 5, 3], {"relu", "tanh", "softmax"}};

## Backpropagation passes, with and without L2.
%!test
%! for k = 1:rows (networks)
%!   [layer_dims, activations] = networks{k, :};
%!   [parameters, X, Y] = network_case (layer_dims, activations);
%!   n = sum (structfun (@numel, parameters));
%!   for lambd = [0, 0.7]
%!     [difference, ~, approx] = gradient_check (X, Y, parameters, activations, "lambd", lambd);
%!     assert (difference < 1e-7, sprintf ("network %d, lambd %g: %g", k, lambd, difference));
%!     assert (size (approx), [n, 1]);
%!   endfor
%! endfor

## One wrong element fails and is named.
%!test
%! for k = 1:rows (networks)
%!   [layer_dims, activations] = networks{k, :};
%!   [parameters, X, Y] = network_case (layer_dims, activations);
%!   grads = gradients (parameters, X, Y, activations);
%!   name = sprintf ("W%d", numel (activations));
%!   grads.(["d" name])(1, 1) += 1e-3;
%!   [difference, worst] = gradient_check (X, Y, parameters, activations, "grads", grads);
%!   assert (difference > 1e-5 && strcmp (worst, name), sprintf ("network %d: %g, %s", k, difference, worst));
%! endfor

## A negative error is named by the largest absolute gap (too small by 0.1 in
## b3 outweighs too large by 0.01 in W1), and the difference is its formula.
%!test
%! [layer_dims, activations] = networks{end, :};
%! [parameters, X, Y] = network_case (layer_dims, activations);
%! grads = gradients (parameters, X, Y, activations);
%! grads.db3(2) -= 0.1;
%! grads.dW1(1, 1) += 0.01;
%! [difference, worst, approx] = gradient_check (X, Y, parameters, activations, "grads", grads);
%! grad = parameters_to_vector (struct ("W1", grads.dW1, "b1", grads.db1, "W2", grads.dW2, "b2", grads.db2,
%!                                      "W3", grads.dW3, "b3", grads.db3));
%! assert (worst, "b3");
%! assert (difference, norm (grad - approx) / (norm (grad) + norm (approx)), -1e-14);
%! assert (difference > 1e-2);

## A bias gradient missing its 1/m fails.
%!test
%! [layer_dims, activations] = networks{end, :};
%! [parameters, X, Y] = network_case (layer_dims, activations);
%! grads = gradients (parameters, X, Y, activations);
%! grads.db1 *= columns (X);
%! [difference, worst] = gradient_check (X, Y, parameters, activations, "grads", grads);
%! assert (difference > 1e-3);
%! assert (worst, "b1");

## Gradients of zero agree with zero differences.
%!test
%! parameters = struct ("W1", zeros (1, 2), "b1", 0);
%! [difference, ~, approx] = gradient_check (zeros (2, 4), [0 1 0 1], parameters, {"sigmoid"});
%! assert (difference, 0);
%! assert (! any (approx));

## Positional optional arguments; the first of equal gaps, or the first NaN,
## names the parameter, as numpy's argmax does.
%!test
%! parameters = struct ("W1", zeros (1, 2), "b1", 0);
%! [difference, worst] = gradient_check (zeros (2, 4), [0 1 0 1], parameters, {"sigmoid"}, 0, 1e-6,
%!                                       struct ("dW1", [0 1], "db1", 1));
%! assert ({difference, worst}, {1, "W1"});
%! [difference, worst] = gradient_check (zeros (2, 4), [0 1 0 1], parameters, {"sigmoid"},
%!                                       "grads", struct ("dW1", [Inf 0], "db1", NaN));
%! assert ({difference, worst}, {0, "b1"});

%!shared parameters, X, Y
%! [parameters, X, Y] = network_case ([3, 5, 1], {"tanh", "sigmoid"});
%!error <Invalid call> gradient_check (X, Y, parameters)
%!error <Invalid call> gradient_check (X, Y, parameters, {"tanh", "sigmoid"}, "epsilon", 1e-7, "h", 1)

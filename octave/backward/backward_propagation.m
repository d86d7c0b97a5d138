## grads = backward_propagation (Y, parameters, cache, activations)
## grads = backward_propagation (Y, parameters, cache, activations, lambd)
## grads = backward_propagation (Y, parameters, cache, activations, "lambd", lambd)
##
## Gradients of the mean cross-entropy for a sigmoid or softmax output, plus
## the L2 penalty's when LAMBD > 0 (default 0).  Output layer: dZL = AL - Y
## (Y one-hot for softmax).  For each layer dWl = dZl A_(l-1)' / m
## + (LAMBD / m) Wl and dbl = sum (dZl, 2) / m; below it dA_(l-1) = Wl' dZl
## and dZ_(l-1) = dA_(l-1) .* g'(Z_(l-1)).  Where CACHE holds a dropout mask
## D_(l-1), A_(l-1) and dA_(l-1) are multiplied by it.  GRADS holds dZl, dWl,
## dbl for every layer (from L down) and dAl for hidden layers.

function grads = backward_propagation (Y, parameters, cache, activations, varargin)
  if (nargin < 4)
    print_usage ();
  endif
  lambd = optional_arguments ("backward_propagation", {"lambd"}, {0}, varargin);
  caller = "backward_propagation";
  layer_count (parameters, caller);
  ## The cache's A0 was forward_propagation's X: a bad one is the cache's
  ## fault, not an X's.
  ok = isstruct (cache) && isscalar (cache) && isfield (cache, "A0");
  if (ok)
    A0 = cache.A0;
    W1 = parameters.W1;
    ok = isnumeric (A0) && ismatrix (A0) && all (isfinite (A0(:))) ...
         && (! ismatrix (W1) || rows (A0) == columns (W1));
  endif
  if (! ok)
    error ("%s: cache must come from forward_propagation with these parameters", caller);
  endif
  L = check_layers (caller, cache.A0, parameters, activations);
  check_lambd (caller, lambd);
  output = activations{end};
  if (! any (strcmp (output, {"sigmoid", "softmax"})))
    error ("%s: output activation must be sigmoid or softmax, got %s", caller, value_text (output));
  endif
  m = columns (cache.A0);
  for l = 1:L
    shape = [rows(parameters.(sprintf ("W%d", l))), m];
    names = {sprintf("Z%d", l), sprintf("A%d", l)};
    ## A dropout mask is optional; if present it must fit too.
    if (isfield (cache, sprintf ("D%d", l)))
      names{end + 1} = sprintf ("D%d", l);
    endif
    for name = names
      ok = isfield (cache, name{1});
      if (ok)
        value = cache.(name{1});
        ok = (isnumeric (value) || islogical (value)) && isequal (size (value), shape);
      endif
      if (! ok)
        error ("%s: cache must come from forward_propagation with these parameters", caller);
      endif
    endfor
  endfor
  check_labels (caller, Y, m, output_classes (parameters, activations));
  grads = backward_pass (Y, parameters, cache, activations, lambd);
endfunction

## Xavier weights, random biases, inputs and labels with the first and last
## class; distinct sizes so that a transposed matrix never fits.
%!function [parameters, X, Y] = network_case (layer_dims, activations, m)
%!  [parameters, rng] = initialize_parameters (layer_dims, rng_seed (3), "xavier");
%!  for l = 1:numel (layer_dims) - 1
%!    [b, rng] = rng_normal (rng, layer_dims(l + 1), 1);
%!    parameters.(sprintf ("b%d", l)) = 0.1 * b;
%!  endfor
%!  [X, rng] = rng_normal (rng, layer_dims(1), m);
%!  n_classes = layer_dims(end) + strcmp (activations{end}, "sigmoid");
%!  Y = floor (rng_uniform (rng, 1, m) * n_classes);
%!  Y([1, end]) = [0, n_classes - 1];
%!endfunction

%!function cost = cost_of (parameters, X, Y, activations)
%!  [~, cache] = forward_propagation (X, parameters, activations);
%!  cost = compute_cost (cache.(sprintf ("Z%d", numel (activations))), Y, activations{end});
%!endfunction

## Every gradient against centred differences of the cost.
%!test
%! networks = {[3, 1], {"sigmoid"}, 7;
%!             [3, 5, 1], {"tanh", "sigmoid"}, 4;
%!             [4, 5, 3, 1], {"relu", "sigmoid", "sigmoid"}, 7;
%!             [3, 4], {"softmax"}, 5;
%!             [5, 4, 3], {"sigmoid", "softmax"}, 7;
%!             [4, 6, 5, 3], {"relu", "tanh", "softmax"}, 7};
%! h = 1e-6;
%! for k = 1:rows (networks)
%!   [layer_dims, activations, m] = networks{k, :};
%!   [parameters, X, Y] = network_case (layer_dims, activations, m);
%!   [~, cache] = forward_propagation (X, parameters, activations);
%!   grads = backward_propagation (Y, parameters, cache, activations);
%!   for name = fieldnames (parameters).'
%!     value = parameters.(name{1});
%!     numeric = zeros (size (value));
%!     for i = 1:numel (value)
%!       plus = parameters;
%!       minus = parameters;
%!       plus.(name{1})(i) += h;
%!       minus.(name{1})(i) -= h;
%!       numeric(i) = (cost_of (plus, X, Y, activations) ...
%!                     - cost_of (minus, X, Y, activations)) / (2 * h);
%!     endfor
%!     analytic = grads.(["d" name{1}]);
%!     assert (size (analytic), size (value));
%!     gap = max (abs (analytic(:) - numeric(:))) / max (1e-8, max (abs (analytic(:)) + abs (numeric(:))));
%!     assert (gap < 1e-7, sprintf ("network %d, d%s: relative gap %g", k, name{1}, gap));
%!   endfor
%! endfor

%!test
%! [parameters, X, Y] = network_case ([3, 4], {"softmax"}, 5);
%! Y = [0, 3, 3, 0, 2];
%! [AL, cache] = forward_propagation (X, parameters, {"softmax"});
%! grads = backward_propagation (Y, parameters, cache, {"softmax"});
%! target = [1 0 0 1 0; 0 0 0 0 0; 0 0 0 0 1; 0 1 1 0 0];
%! assert (isequal (grads.dZ1, AL - target));
%! assert (grads.db1, mean (AL - target, 2), -1e-14);

%!test
%! activations = {"relu", "tanh", "softmax"};
%! [parameters, X, Y] = network_case ([4, 6, 5, 3], activations, 7);
%! [~, cache] = forward_propagation (X, parameters, activations);
%! grads = backward_propagation (Y, parameters, cache, activations);
%! assert (fieldnames (grads), {"dZ3"; "dW3"; "db3"; "dA2"; "dZ2"; "dW2"; "db2"; "dA1"; "dZ1"; "dW1"; "db1"});
%! assert ([size(grads.dA2), size(grads.dA1)], [5, 7, 6, 7]);
%! assert (grads.dA2, parameters.W3.' * grads.dZ3);

%!function cost = cost_with (parameters, X, Y, activations, masks, lambd)
%!  [~, cache] = forward_propagation (X, parameters, activations, masks);
%!  cost = compute_cost (cache.(sprintf ("Z%d", numel (activations))), Y, activations{end}, parameters, lambd);
%!endfunction

## Gradients with dropout and L2 against centred differences of the cost.
%!test
%! activations = {"relu", "tanh", "softmax"};
%! [parameters, X, Y] = network_case ([4, 6, 5, 3], activations, 7);
%! h = 1e-6;
%! for setting = {1, 0.7; 0.6, 0; 0.6, 0.7}.'
%!   [keep_prob, lambd] = setting{:};
%!   masks = dropout_masks (parameters, columns (X), keep_prob, rng_seed (2));
%!   [~, cache] = forward_propagation (X, parameters, activations, masks);
%!   grads = backward_propagation (Y, parameters, cache, activations, lambd);
%!   for name = fieldnames (parameters).'
%!     value = parameters.(name{1});
%!     numeric = zeros (size (value));
%!     for i = 1:numel (value)
%!       plus = parameters;
%!       minus = parameters;
%!       plus.(name{1})(i) += h;
%!       minus.(name{1})(i) -= h;
%!       numeric(i) = (cost_with (plus, X, Y, activations, masks, lambd) ...
%!                     - cost_with (minus, X, Y, activations, masks, lambd)) / (2 * h);
%!     endfor
%!     analytic = grads.(["d" name{1}]);
%!     gap = max (abs (analytic(:) - numeric(:))) / max (1e-8, max (abs (analytic(:)) + abs (numeric(:))));
%!     assert (gap < 1e-7, sprintf ("keep_prob %g, lambd %g, d%s: relative gap %g", keep_prob, lambd, name{1}, gap));
%!   endfor
%! endfor
%! assert (isequal (backward_propagation (Y, parameters, cache, activations, "lambd", 0.7), grads));

%!error <Invalid call> backward_propagation (0, struct ("W1", 1, "b1", 0), struct ())
%!error <Invalid call> backward_propagation (0, struct ("W1", 1, "b1", 0), struct (), {"sigmoid"}, "lamda", 1)

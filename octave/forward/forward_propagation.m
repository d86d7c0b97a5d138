## [AL, cache] = forward_propagation (X, parameters, activations)
## [AL, cache] = forward_propagation (X, parameters, activations, masks)
## [AL, cache] = forward_propagation (X, parameters, activations, "masks", masks)
##
## Z_l = W_l A_(l-1) + b_l and A_l = g_l(Z_l) for l = 1..L, with A_0 = X
## (features x examples) and g_l named by the cell array ACTIVATIONS
## (softmax only last).  With dropout MASKS (dropout_masks; default none),
## layer l+1 reads A_l .* D_l instead of A_l for every hidden layer l.
## CACHE holds A0, Z1, A1, ..., ZL, AL (A_l = g_l(Z_l), before dropout) and
## the masks D1, ..., D(L-1) used, for the backward pass.

function [AL, cache] = forward_propagation (X, parameters, activations, varargin)
  if (nargin < 3)
    print_usage ();
  endif
  masks = optional_arguments ("forward_propagation", {"masks"}, {[]}, varargin);
  L = check_layers ("forward_propagation", X, parameters, activations);
  ## An integer-typed X would not multiply with the double W1.
  X = double (X);
  ## Python's "if masks": [], NaN (oct2py's None) and struct () hold none.
  if (! (isstruct (masks) && numfields (masks) > 0))
    masks = struct ();
  else
    for l = 1:L - 1
      name = sprintf ("D%d", l);
      n = rows (parameters.(sprintf ("W%d", l)));
      ok = isfield (masks, name);
      if (ok)
        D = masks.(name);
        ok = (isnumeric (D) || islogical (D)) && ndims (D) == 2 && rows (D) == n && columns (D) == columns (X);
      endif
      if (! ok)
        error ("forward_propagation: masks must hold %s, %d x %d", name, n, columns (X));
      endif
    endfor
  endif
  [AL, cache] = forward_pass (X, parameters, activations, masks);
endfunction

%!shared parameters, X
%! rng = rng_seed (3);
%! [parameters, rng] = initialize_parameters ([4, 6, 5, 3], rng, "xavier");
%! parameters.b1 = 0.1 * (1:6).';
%! X = rng_normal (rng, 4, 7);

%!test
%! [AL, cache] = forward_propagation (X, parameters, {"relu", "tanh", "softmax"});
%! assert (fieldnames (cache), {"A0"; "Z1"; "A1"; "Z2"; "A2"; "Z3"; "A3"});
%! assert (cache.A0, X);
%! assert (cache.Z1, parameters.W1 * X + parameters.b1);
%! assert (cache.A1, max (cache.Z1, 0));
%! assert (cache.A2, tanh (cache.Z2));
%! assert (cache.Z3, parameters.W3 * cache.A2 + parameters.b3);
%! assert (AL, cache.A3);
%! assert (size (AL), [3, 7]);

## Dropped units pass nothing on; A1 in the cache is before dropout.
%!test
%! masks = dropout_masks (parameters, 7, 0.5, rng_seed (4));
%! [~, cache] = forward_propagation (X, parameters, {"relu", "tanh", "softmax"}, masks);
%! assert (fieldnames (cache), {"A0"; "Z1"; "A1"; "D1"; "Z2"; "A2"; "D2"; "Z3"; "A3"});
%! assert (isequal (cache.D1, masks.D1));
%! assert (isequal (cache.A1, max (cache.Z1, 0)));
%! assert (isequal (cache.Z2, parameters.W2 * (cache.A1 .* masks.D1) + parameters.b2));
%! [~, named] = forward_propagation (X, parameters, {"relu", "tanh", "softmax"}, "masks", masks);
%! assert (isequal (named, cache));
%! [~, without] = forward_propagation (X, parameters, {"relu", "tanh", "softmax"}, struct ());
%! [~, plain] = forward_propagation (X, parameters, {"relu", "tanh", "softmax"});
%! assert (isequal (without, plain));

%!error <Invalid call> forward_propagation (X, parameters)
%!error <Invalid call> forward_propagation (X, parameters, {"relu", "tanh", "softmax"}, "mask", struct ())

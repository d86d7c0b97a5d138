## [AL, cache] = forward_pass (X, parameters, activations, masks)
##
## forward_propagation's arithmetic without its argument checks, for callers
## that have checked their arguments once (train runs thousands of steps on
## the same shapes).  MASKS is a struct of dropout masks D1, ..., D(L-1), or
## struct () for none.

function [AL, cache] = forward_pass (X, parameters, activations, masks)
  L = numel (activations);
  numbers = layer_numbers (L);
  use_masks = numfields (masks) > 0;
  cache.A0 = X;
  A = X;
  for l = 1:L
    here = numbers{l + 1};
    if (use_masks && l > 1)
      D = masks.(["D" numbers{l}]);
      cache.(["D" numbers{l}]) = D;
      A = A .* D;
    endif
    Z = parameters.(["W" here]) * A + parameters.(["b" here]);
    A = activate (Z, activations{l});
    cache.(["Z" here]) = Z;
    cache.(["A" here]) = A;
  endfor
  AL = A;
endfunction

%!test
%! [parameters, rng] = initialize_parameters ([4, 6, 5, 3], rng_seed (3), "xavier");
%! X = rng_normal (rng, 4, 7);
%! activations = {"relu", "tanh", "softmax"};
%! masks = dropout_masks (parameters, 7, 0.6, rng_seed (2));
%! [AL, cache] = forward_pass (X, parameters, activations, masks);
%! [AL_checked, cache_checked] = forward_propagation (X, parameters, activations, masks);
%! assert (isequal (AL, AL_checked) && isequal (cache, cache_checked));
%! [~, cache] = forward_pass (X, parameters, activations, struct ());
%! assert (! isfield (cache, "D1"));

## penalty = l2_term (parameters, L, lambd, m)
##
## l2_penalty's arithmetic without its argument checks, for the L-layer
## network of PARAMETERS (train checks once, then adds the penalty to every
## batch's cost).

function penalty = l2_term (parameters, L, lambd, m)
  numbers = layer_numbers (L);
  total = 0;
  for l = 1:L
    W = parameters.(["W" numbers{l + 1}]);
    total += sum (W(:) .* W(:));
  endfor
  penalty = lambd / (2 * m) * total;
endfunction

%!test
%! parameters = initialize_parameters ([4, 6, 5, 3], rng_seed (3), "xavier");
%! assert (l2_term (parameters, 3, 0.7, 9), l2_penalty (parameters, 0.7, 9));
%! assert (l2_term (parameters, 3, 0.7, 9) > 0);

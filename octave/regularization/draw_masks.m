## [masks, rng] = draw_masks (parameters, L, m, keep_prob, rng)
##
## dropout_masks' arithmetic without its argument checks, for the L-layer
## network of PARAMETERS (train checks once, then draws masks for every
## batch).

function [masks, rng] = draw_masks (parameters, L, m, keep_prob, rng)
  numbers = layer_numbers (L);
  masks = struct ();
  if (keep_prob == 1)
    return;
  endif
  for l = 1:L - 1
    [U, rng] = draw_uniform (rng, rows (parameters.(["W" numbers{l + 1}])), m);
    masks.(["D" numbers{l + 1}]) = (U < keep_prob) / keep_prob;
  endfor
endfunction

%!test
%! parameters = initialize_parameters ([4, 6, 5, 3], rng_seed (3), "xavier");
%! for keep_prob = [0.6, 1]
%!   [masks, after] = draw_masks (parameters, 3, 7, keep_prob, rng_seed (5));
%!   [checked, after_checked] = dropout_masks (parameters, 7, keep_prob, rng_seed (5));
%!   assert (isequal (masks, checked));
%!   assert (after, after_checked);
%! endfor
%! assert (fieldnames (draw_masks (parameters, 3, 7, 0.6, rng_seed (5))), {"D1"; "D2"});

## [masks, rng] = dropout_masks (parameters, m, keep_prob, rng)
##
## Inverted-dropout masks D1, ..., D(L-1) for the hidden layers of a batch of
## M examples: Dl is n_l x M with entries 1/KEEP_PROB (kept, with probability
## KEEP_PROB) or 0 (dropped), Dl = (U < KEEP_PROB) / KEEP_PROB for uniforms U
## from the portable generator, layer by layer, each filled column by column.
## Multiplying A_l by Dl drops units and keeps the expected activation.
## KEEP_PROB = 1 draws nothing and returns a struct with no fields.

function [masks, rng] = dropout_masks (parameters, m, keep_prob, rng)
  if (nargin != 4)
    print_usage ();
  endif
  L = layer_count (parameters, "dropout_masks");
  check_positive ("dropout_masks", "m", m, true);
  check_keep_prob ("dropout_masks", keep_prob);
  ## Only a draw needs the generator: keep_prob = 1 takes any rng.
  if (keep_prob < 1)
    check_rng ("dropout_masks", rng);
  endif
  [masks, rng] = draw_masks (parameters, L, m, keep_prob, rng);
endfunction

%!shared parameters
%! parameters = initialize_parameters ([4, 6, 5, 3], rng_seed (3), "xavier");

## The masks come from the generator layer by layer.
%!test
%! [masks, rng] = dropout_masks (parameters, 7, 0.8, rng_seed (5));
%! assert (fieldnames (masks), {"D1"; "D2"});
%! [U1, after] = rng_uniform (rng_seed (5), 6, 7);
%! [U2, after] = rng_uniform (after, 5, 7);
%! assert (isequal (masks.D1, (U1 < 0.8) / 0.8));
%! assert (isequal (masks.D2, (U2 < 0.8) / 0.8));
%! assert (rng, after);

## Keeping every unit draws nothing.
%!test
%! [masks, rng] = dropout_masks (parameters, 7, 1, rng_seed (5));
%! assert (numfields (masks), 0);
%! assert (rng, rng_seed (5));

## About keep_prob of the units are kept.
%!test
%! p = struct ("W1", zeros (100, 2), "b1", zeros (100, 1), "W2", zeros (1, 100), "b2", 0);
%! masks = dropout_masks (p, 1000, 0.7, rng_seed (1));
%! assert (abs (mean (masks.D1(:) > 0) - 0.7) < 0.01);
%! assert (unique (masks.D1(:)), [0; 1 / 0.7]);

%!assert (dropout_masks (parameters, 7, 1, []), struct ())
%!error <Invalid call> dropout_masks (parameters, 7, 0.5)

## [U, rng] = draw_uniform (rng, n_rows, n_cols)
##
## rng_uniform's arithmetic without its argument checks, for callers that
## have checked them (dropout masks are drawn on every batch of a training
## run).

function [U, rng] = draw_uniform (rng, n_rows, n_cols)
  [u, rng] = uniform_stream (rng, n_rows * n_cols);
  U = reshape (u, n_rows, n_cols);
endfunction

%!test
%! [U, after] = draw_uniform (rng_seed (3), 5, 4);
%! [checked, after_checked] = rng_uniform (rng_seed (3), 5, 4);
%! assert (isequal (U, checked));
%! assert (after, after_checked);

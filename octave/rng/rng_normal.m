## [Z, rng] = rng_normal (rng, n_rows, n_cols)
##
## An N_ROWS x N_COLS matrix of standard normals, filled column by column,
## and the new state.  Box-Muller, cosine branch (docs/rng.md): the k-th
## normal is sqrt (-2 log u(2k-1)) cos (TWO_PI u(2k)) of 2 N_ROWS N_COLS
## uniforms.

function [Z, rng] = rng_normal (rng, n_rows, n_cols)
  if (nargin != 3)
    print_usage ();
  endif
  check_rng ("rng_normal", rng);
  n_rows = check_count ("rng_normal", "n_rows", n_rows);
  n_cols = check_count ("rng_normal", "n_cols", n_cols);
  TWO_PI = 6.283185307179586;
  [u, rng] = uniform_stream (rng, 2 * n_rows * n_cols);
  radius = sqrt (-2 * log (u(1:2:end)));
  angle = cos (TWO_PI * u(2:2:end));
  Z = reshape (radius .* angle, n_rows, n_cols);
endfunction

%!test
%! z = rng_normal (rng_seed (11), 1, 100000);
%! assert (abs (mean (z)) < 0.01);
%! assert (abs (std (z, 1) - 1) < 0.01);

%!test
%! z = rng_normal (rng_seed (11), 2, 3);
%! u = rng_uniform (rng_seed (11), 1, 4);
%! assert (z(1, 1), sqrt (-2 * log (u(1))) * cos (2 * pi * u(2)));
%! assert (z(2, 1), sqrt (-2 * log (u(3))) * cos (2 * pi * u(4)));

## Python's normals for seed 42, and the state after 2 x 3 uniforms.
%!test
%! [z, s] = rng_normal (rng_seed (42), 1, 3);
%! assert (num2hex (z), ["bfb4f58181df0ae3"; "bfe2369c88db9160"; "bfec1f2bd8b227f0"]);
%! [~, t] = rng_uniform (rng_seed (42), 1, 6);
%! assert (s, t);

%!test
%! stream = rng_normal (rng_seed (5), 1, 12);
%! assert (isequal (rng_normal (rng_seed (5), 3, 4), reshape (stream, 3, 4)));

%!error <Invalid call> rng_normal (rng_seed (1))


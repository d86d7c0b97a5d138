## [U, rng] = rng_uniform (rng, n_rows, n_cols)
##
## An N_ROWS x N_COLS matrix of uniforms in (0, 1) from the portable
## generator (docs/rng.md), filled column by column, and the new state.

function [U, rng] = rng_uniform (rng, n_rows, n_cols)
  if (nargin != 3)
    print_usage ();
  endif
  check_rng ("rng_uniform", rng);
  n_rows = check_count ("rng_uniform", "n_rows", n_rows);
  n_cols = check_count ("rng_uniform", "n_cols", n_cols);
  [U, rng] = draw_uniform (rng, n_rows, n_cols);
endfunction

## The recurrence one draw at a time: a * x < 2^47 is exact in doubles.
%!function u = scalar_stream (rng, n)
%!  x1 = rng.x1; x2 = rng.x2; u = zeros (1, n);
%!  for k = 1:n
%!    x1 = mod (40014 * x1, 2147483563);
%!    x2 = mod (40692 * x2, 2147483399);
%!    z = x1 - x2;
%!    if (z < 1)
%!      z += 2147483562;
%!    endif
%!    u(k) = z / 2147483563;
%!  endfor
%!endfunction

%!test
%! for seed = [0, 1, 123456]
%!   [u, s] = rng_uniform (rng_seed (seed), 1, 10000);
%!   assert (isequal (u, scalar_stream (rng_seed (seed), 10000)));
%! endfor

%!test
%! [whole, s_whole] = rng_uniform (rng_seed (7), 1, 9000);
%! [first, s] = rng_uniform (rng_seed (7), 1, 4500);
%! [second, s] = rng_uniform (s, 1, 4500);
%! assert (isequal (whole, [first, second]));
%! assert (isequal (s, s_whole));

%!test
%! stream = rng_uniform (rng_seed (5), 1, 12);
%! U = rng_uniform (rng_seed (5), 3, 4);
%! assert (size (U), [3, 4]);
%! assert (isequal (U(:, 2), stream(4:6).'));

## Python's draws for seed 42, as hexadecimal doubles.
%!test
%! [u, s] = rng_uniform (rng_seed (42), 1, 3);
%! assert (num2hex (u), ["3fcb683956333613"; "3fd079a418f0c6f9"; "3fdbfab431947ba9"]);
%! assert (s, struct ("x1", 1704912797, "x2", 766082911));

%!test
%! u = rng_uniform (rng_seed (11), 1, 100000);
%! assert (min (u) > 0 && max (u) < 1);
%! assert (abs (mean (u) - 0.5) < 0.005);
%! assert (abs (var (u, 1) - 1/12) < 0.002);

%!test
%! a = rng_uniform (rng_seed (1), 1, 100);
%! b = rng_uniform (rng_seed (2), 1, 100);
%! assert (! any (a == b));

%!assert (size (rng_uniform (rng_seed (1), 0, 3)), [0, 3])
%!error <Invalid call> rng_uniform (rng_seed (1), 2)


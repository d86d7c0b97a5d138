## [perm, rng] = rng_permutation (rng, n)
##
## A random permutation of 1..N as a row, and the new state: the stable
## ascending sort order of N uniforms (Python's 0-based permutation plus 1).

function [perm, rng] = rng_permutation (rng, n)
  if (nargin != 2)
    print_usage ();
  endif
  check_rng ("rng_permutation", rng);
  n = check_count ("rng_permutation", "n", n);
  [u, rng] = uniform_stream (rng, n);
  [~, perm] = sort (u.');
endfunction

%!test
%! [perm, s] = rng_permutation (rng_seed (2), 1000);
%! assert (size (perm), [1, 1000]);
%! assert (sort (perm), 1:1000);
%! [u, t] = rng_uniform (rng_seed (2), 1, 1000);
%! assert (all (diff (u(perm)) >= 0));
%! assert (s, t);

## Python gives [4 0 1 3 5 6 2 7 9 8] for seed 42.
%!assert (rng_permutation (rng_seed (42), 10), [5 1 2 4 6 7 3 8 10 9])
%!assert (size (rng_permutation (rng_seed (1), 0)), [1, 0])
%!error <Invalid call> rng_permutation (rng_seed (1))


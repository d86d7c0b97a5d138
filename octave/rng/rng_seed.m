## rng = rng_seed (seed)
##
## The state of the portable generator (docs/rng.md) for an integer
## 0 <= SEED < 2^31: a struct with fields x1 and x2, where
## x = a * (a^(2^40))^SEED mod m for each component, so that each seed unit
## jumps 2^40 draws ahead.

function rng = rng_seed (seed)
  if (nargin != 1)
    print_usage ();
  endif
  if (! (isnumeric (seed) && isreal (seed) && isscalar (seed)) ...
      || seed != fix (seed) || ! (seed >= 0 && seed < 2^31))
    error ("rng_seed: seed must be an integer in 0..2147483647, got %s", ...
           value_text (seed));
  endif
  [m, a] = generator ();
  jump = a;
  for k = 1:40
    jump = mulmod (jump, jump, m);
  endfor
  x = mulmod (a, power_mod (jump, double (seed), m), m);
  rng = struct ("x1", x(1), "x2", x(2));
endfunction

function r = power_mod (base, exponent, m)
  ## Square and multiply: base^exponent mod m.
  r = ones (size (base));
  while (exponent > 0)
    if (mod (exponent, 2))
      r = mulmod (r, base, m);
    endif
    base = mulmod (base, base, m);
    exponent = floor (exponent / 2);
  endwhile
endfunction

%!assert (rng_seed (0), struct ("x1", 40014, "x2", 40692))
%!assert (rng_seed (1), struct ("x1", 1750489601, "x2", 1287259746))
%!assert (rng_seed (42), struct ("x1", 475154765, "x2", 188684855))
%!assert (rng_seed (2147483647), struct ("x1", 1921370698, "x2", 1495500721))

## Independently, with exact uint64 products: a^(1 + 3 * 2^40) mod m.
%!function r = pow_u64 (a, e, m)
%!  a = uint64 (a); m = uint64 (m); r = uint64 (1);
%!  while (e > 0)
%!    if (mod (e, 2))
%!      r = mod (r * a, m);
%!    endif
%!    a = mod (a * a, m);
%!    e = floor (e / 2);
%!  endwhile
%!  r = double (r);
%!endfunction
%!test
%! s = rng_seed (3);
%! assert (s.x1, pow_u64 (40014, 1 + 3 * 2^40, 2147483563));
%! assert (s.x2, pow_u64 (40692, 1 + 3 * 2^40, 2147483399));

%!error <Invalid call> rng_seed ()

## check_rng (caller, rng)
##
## Refuse anything but a state from rng_seed: x1 in 1..m1-1 and x2 in
## 1..m2-1, whole numbers; the message starts with CALLER.

function check_rng (caller, rng)
  if (nargin != 2)
    print_usage ();
  endif
  m = generator ();
  ok = isstruct (rng) && isscalar (rng) && all (isfield (rng, {"x1", "x2"}));
  if (ok)
    x = [rng.x1, rng.x2];
    ok = isnumeric (x) && numel (x) == 2 && all (x == fix (x)) && all (x >= 1) && all (x < m);
  endif
  if (! ok)
    error ("%s: rng must be a generator state from rng_seed", caller);
  endif
endfunction

%!test
%! check_rng ("f", rng_seed (0));
%! check_rng ("f", struct ("x1", 2147483562, "x2", 2147483398));
%!error <Invalid call> check_rng ("f")

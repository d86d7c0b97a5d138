## check_decay_rate (caller, decay, decay_rate)
##
## Refuse DECAY_RATE unless it suits DECAY: a finite number >= 0 for
## "inverse", a number in (0, 1] for "exponential" (any value for other
## decays).  The message starts with CALLER.

function check_decay_rate (caller, decay, decay_rate)
  if (nargin != 3)
    print_usage ();
  endif
  number = isnumeric (decay_rate) && isreal (decay_rate) && isscalar (decay_rate);
  if (strcmp (decay, "inverse") && ! (number && decay_rate >= 0 && decay_rate < Inf))
    error ("%s: decay_rate must be a non-negative number for inverse decay, got %s", ...
           caller, value_text (decay_rate));
  endif
  if (strcmp (decay, "exponential") && ! (number && decay_rate > 0 && decay_rate <= 1))
    error ("%s: decay_rate must be in (0, 1] for exponential decay, got %s", ...
           caller, value_text (decay_rate));
  endif
endfunction

%!test
%! check_decay_rate ("f", "none", -1);
%! check_decay_rate ("f", "inverse", 0);
%! check_decay_rate ("f", "exponential", 1);
%!error <Invalid call> check_decay_rate ("f", "inverse")

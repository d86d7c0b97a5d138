## check_noise (caller, noise)
##
## Refuse NOISE unless it is a finite number >= 0; the message starts with
## CALLER.

function check_noise (caller, noise)
  if (! (isnumeric (noise) && isreal (noise) && isscalar (noise) && noise >= 0 && noise < Inf))
    error ("%s: noise must be a non-negative number, got %s", caller, value_text (noise));
  endif
endfunction

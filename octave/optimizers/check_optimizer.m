## check_optimizer (caller, optimizer, beta1, beta2, epsilon)
##
## Refuse an OPTIMIZER other than "gd", "momentum", "rmsprop" or "adam",
## BETA1 or BETA2 outside [0, 1) and an EPSILON that is not a positive
## number; the message starts with CALLER.

function check_optimizer (caller, optimizer, beta1, beta2, epsilon)
  if (nargin != 5)
    print_usage ();
  endif
  if (! (ischar (optimizer) && any (strcmp (optimizer, {"gd", "momentum", "rmsprop", "adam"}))))
    error ("%s: optimizer must be one of gd, momentum, rmsprop, adam, got %s", caller, ...
           value_text (optimizer));
  endif
  for setting = {"beta1", beta1; "beta2", beta2}.'
    [name, value] = setting{:};
    if (! (isnumeric (value) && isreal (value) && isscalar (value) && value >= 0 && value < 1))
      error ("%s: %s must be in [0, 1), got %s", caller, name, value_text (value));
    endif
  endfor
  if (! (isnumeric (epsilon) && isreal (epsilon) && isscalar (epsilon) ...
         && epsilon > 0 && epsilon < Inf))
    error ("%s: epsilon must be a positive number, got %s", caller, value_text (epsilon));
  endif
endfunction

%!test
%! check_optimizer ("f", "adam", 0, 0.999, 1e-8);


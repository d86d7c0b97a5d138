## check_keep_prob (caller, keep_prob)
##
## Refuse KEEP_PROB unless it is a number in (0, 1]; the message starts with
## CALLER.

function check_keep_prob (caller, keep_prob)
  if (nargin != 2)
    print_usage ();
  endif
  if (! (isnumeric (keep_prob) && isreal (keep_prob) && isscalar (keep_prob) ...
         && keep_prob > 0 && keep_prob <= 1))
    error ("%s: keep_prob must be in (0, 1], got %s", caller, value_text (keep_prob));
  endif
endfunction

%!test
%! check_keep_prob ("f", 1);
%! check_keep_prob ("f", 0.5);
%!error <Invalid call> check_keep_prob ("f")

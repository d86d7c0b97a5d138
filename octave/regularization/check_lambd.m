## check_lambd (caller, lambd)
##
## Refuse LAMBD unless it is a finite number >= 0; the message starts with
## CALLER.

function check_lambd (caller, lambd)
  if (nargin != 2)
    print_usage ();
  endif
  if (! (isnumeric (lambd) && isreal (lambd) && isscalar (lambd) ...
         && lambd >= 0 && lambd < Inf))
    error ("%s: lambd must be a non-negative number, got %s", caller, value_text (lambd));
  endif
endfunction

%!test
%! check_lambd ("f", 0);
%! check_lambd ("f", 0.7);
%!error <Invalid call> check_lambd ("f")

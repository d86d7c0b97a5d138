## check_positive (caller, name, value)
## check_positive (caller, name, value, integer)
## check_positive (caller, name, value, "integer", integer)
##
## Refuse VALUE unless it is a finite real number > 0 (and a whole number if
## INTEGER is true; default false).  The message starts with CALLER and names
## the argument NAME.

function check_positive (caller, name, value, varargin)
  if (nargin < 3)
    print_usage ();
  endif
  integer = optional_arguments ("check_positive", {"integer"}, {false}, varargin);
  ok = isnumeric (value) && isreal (value) && isscalar (value) ...
       && isfinite (value) && value > 0;
  if (ok && integer)
    ok = value == fix (value);
  endif
  if (! ok)
    kind = "a positive number";
    if (integer)
      kind = "a positive integer";
    endif
    error ("%s: %s must be %s, got %s", caller, name, kind, value_text (value));
  endif
endfunction

%!test
%! check_positive ("f", "x", 0.1);
%! check_positive ("f", "x", 3, true);
%! check_positive ("f", "x", 3, "integer", true);
%!error <Invalid call> check_positive ("f", "x")
%!error <Invalid call> check_positive ("f", "x", 1, "whole", true)

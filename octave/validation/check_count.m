## n = check_count (caller, name, value)
##
## VALUE as a count: a non-negative whole number, else an error naming CALLER
## and the argument NAME.

function n = check_count (caller, name, value)
  if (nargin != 3)
    print_usage ();
  endif
  if (! (isnumeric (value) && isreal (value) && isscalar (value)) ...
      || ! (value >= 0) || value != fix (value) || isinf (value))
    error ("%s: %s must be a non-negative integer, got %s", caller, name, ...
           value_text (value));
  endif
  n = double (value);
endfunction

%!assert (check_count ("f", "n", 0), 0)
%!assert (check_count ("f", "n", int32 (7)), 7)
%!error <Invalid call> check_count ("f", "n")

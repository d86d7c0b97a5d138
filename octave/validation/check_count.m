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
           value_repr (value));
  endif
  n = double (value);
endfunction

%!assert (check_count ("f", "n", 0), 0)
%!assert (check_count ("f", "n", int32 (7)), 7)
%!error <^train: print_every must be a non-negative integer, got -1$> check_count ("train", "print_every", -1)
%!error <^f: n must be a non-negative integer, got 2\.5$> check_count ("f", "n", 2.5)
%!error <^f: n must be a non-negative integer, got inf$> check_count ("f", "n", Inf)
%!error <^f: n must be a non-negative integer, got True$> check_count ("f", "n", true)
%!error <^f: n must be a non-negative integer, got \[1, 2\]$> check_count ("f", "n", [1, 2])
%!error <Invalid call> check_count ("f", "n")

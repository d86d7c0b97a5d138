## n = check_count (caller, name, value)
##
## VALUE as a count: a non-negative whole number, else an error naming CALLER
## and the argument NAME.

function n = check_count (caller, name, value)
  if (! (isnumeric (value) && isreal (value) && isscalar (value)) ...
      || ! (value >= 0) || value != fix (value) || isinf (value))
    error ("%s: %s must be a non-negative integer, got %s", caller, name, ...
           value_repr (value));
  endif
  n = double (value);
endfunction

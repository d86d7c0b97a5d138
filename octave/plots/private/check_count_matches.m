## check_count_matches (caller, name, values, n, things)
##
## Refuse VALUES (numbers, rounds or labels) unless they number N, one for
## each of the N THINGS.  A string counts as one, as Python's one label.

function check_count_matches (caller, name, values, n, things)
  count = numel (values);
  if (ischar (values))
    count = 1;
  endif
  if (count != n)
    verb = "hold";
    if (strcmp (name, "labels"))
      verb = "name";
    endif
    error ("%s: %s must %s the %d %s, got %d", caller, name, verb, n, things, count);
  endif
endfunction

## check_label_shape (caller, Y, m)
##
## Refuse Y unless it is a 1 x M numeric matrix; the message starts with
## CALLER.  check_labels and check_examples share it.

function check_label_shape (caller, Y, m)
  ## Not isequal (size (Y), [1, m]): isequal would double this check's time,
  ## and example_costs makes it on every training batch.
  if (! (isnumeric (Y) || islogical (Y)) || ndims (Y) != 2 || rows (Y) != 1 || columns (Y) != m)
    error ("%s: Y must be a 1 x %d matrix, got %s", caller, m, value_text (Y, true));
  endif
endfunction

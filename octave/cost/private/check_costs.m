## check_costs (caller, ZL, Y, activation)
##
## ZL one row (sigmoid) or one per class (softmax), and a label 0..K-1 for
## each of its columns; the messages start with CALLER.  ZL is not checked
## for finiteness here: a diverging training run prints cost nan, not an
## error.

function check_costs (caller, ZL, Y, activation)
  if (! (ischar (activation) && any (strcmp (activation, {"sigmoid", "softmax"}))))
    error ("%s: output activation must be sigmoid or softmax, got %s", caller, value_text (activation));
  endif
  if (! (isnumeric (ZL) || islogical (ZL)) || ndims (ZL) != 2)
    error ("%s: ZL must be a 2-D matrix", caller);
  endif
  n_classes = rows (ZL);
  if (strcmp (activation, "sigmoid"))
    if (n_classes != 1)
      error ("%s: ZL must have 1 row for a sigmoid output, got %d", caller, n_classes);
    endif
    n_classes = 2;
  endif
  check_labels (caller, Y, columns (ZL), n_classes);
endfunction

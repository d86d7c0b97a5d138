## values = check_curve (caller, name, costs)
##
## COSTS's numbers as a row; refuses COSTS unless it holds at least one
## number and nothing else.  The message starts with CALLER and names NAME.

function values = check_curve (caller, name, costs)
  [values, ok] = numbers (costs);
  if (! ok || isempty (values))
    error ("%s: %s must hold at least one number", caller, name);
  endif
endfunction

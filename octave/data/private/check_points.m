## check_points (caller, n_per_class)
##
## At least two points per class: the curves run from point 0 to point
## N_PER_CLASS - 1.  The message starts with CALLER.

function check_points (caller, n_per_class)
  if (! (isnumeric (n_per_class) && isreal (n_per_class) && isscalar (n_per_class) ...
         && n_per_class >= 2 && n_per_class == fix (n_per_class) && isfinite (n_per_class)))
    error ("%s: n_per_class must be an integer >= 2, got %s", caller, value_text (n_per_class));
  endif
endfunction

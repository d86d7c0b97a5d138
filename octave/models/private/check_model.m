## check_model (caller, parameters, activations, stats, classes, scaling)
##
## The network's checks (check_layers, on an example of W1's width) and
## those of STATS (a struct of matrices or []), CLASSES (one name per output
## class, or []) and SCALING (none, pixels, unit_norm); messages start with
## CALLER.

function check_model (caller, parameters, activations, stats, classes, scaling)
  layer_count (parameters, caller);
  check_matrix (caller, "W1", parameters.W1);
  check_layers (caller, zeros (columns (parameters.W1), 1), parameters, activations);
  if (! isempty (stats))
    if (! (isstruct (stats) && isscalar (stats)))
      error ("%s: stats must be a structure of matrices or nothing, got %s", caller, value_text (stats));
    endif
    for [value, name] = stats
      check_matrix (caller, ["stats " name], value);
    endfor
  endif
  K = output_classes (parameters, activations);
  if (! isempty (classes) && ! (iscellstr (classes) && numel (classes) == K))
    error ("%s: classes must be %d names, one per class of the output layer, got %s", caller, K, value_text (classes));
  endif
  scalings = {"none", "pixels", "unit_norm"};
  if (! (ischar (scaling) && any (strcmp (scaling, scalings))))
    error ("%s: scaling must be one of %s, got %s", caller, strjoin (scalings, ", "), value_text (scaling));
  endif
endfunction

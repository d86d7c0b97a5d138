## check_network (caller, X, Y, parameters, activations, state)
##
## The checks that forward_propagation, backward_propagation and
## update_parameters make on every call, made once for a training run: the
## layers (check_layers), the labels Y against the output layer, and an
## optimiser STATE that holds what its steps need.

function check_network (caller, X, Y, parameters, activations, state)
  L = check_layers (caller, X, parameters, activations);
  n_classes = rows (parameters.(sprintf ("W%d", L)));
  if (strcmp (activations{end}, "sigmoid"))
    n_classes = 2;
  endif
  check_labels (caller, Y, columns (X), n_classes);
  if (! (isstruct (state) && isfield (state, "optimizer") && ischar (state.optimizer) ...
         && any (strcmp (state.optimizer, {"gd", "momentum", "rmsprop", "adam"}))))
    error ("%s: state must come from initialize_optimizer", caller);
  endif
  prefixes = {};
  if (any (strcmp (state.optimizer, {"momentum", "adam"})))
    prefixes{end + 1} = "vd";
  endif
  if (any (strcmp (state.optimizer, {"rmsprop", "adam"})))
    prefixes{end + 1} = "sd";
  endif
  wanted = {};
  for name = fieldnames (parameters).'
    ## Inside brackets a space would split "strcat (...)" into two elements.
    needed = strcat (prefixes, name{1});
    wanted = [wanted, needed];
  endfor
  missing = wanted(! isfield (state, wanted));
  if (! isempty (missing))
    error ("%s: state must hold %s", caller, strjoin (missing, ", "));
  endif
endfunction

## check_network (caller, X, Y, parameters, activations, state)
##
## The checks that forward_propagation, backward_propagation and
## update_parameters make on every call, made once for a training run: the
## layers, their activations and shapes against X, the labels Y against the
## output layer, and an optimiser STATE that holds what its steps need.

function check_network (caller, X, Y, parameters, activations, state)
  check_matrix (caller, "X", X);
  L = layer_count (parameters, caller);
  if (numel (activations) != L)
    error ("%s: activations must name %d layers, got %d", caller, L, numel (activations));
  endif
  for l = 1:L
    check_activation (caller, activations{l});
    if (strcmp (activations{l}, "softmax") && l != L)
      error ("%s: softmax is only allowed as the output layer", caller);
    endif
    W = parameters.(sprintf ("W%d", l));
    b = parameters.(sprintf ("b%d", l));
    if (l == 1 && columns (W) != rows (X))
      error ("%s: X must have %d rows to match W1, got %d", caller, columns (W), rows (X));
    elseif (l > 1 && columns (W) != rows (W_below))
      error ("%s: W%d must have %d columns to match the rows of W%d, got %d", caller, l, rows (W_below), l - 1,
             columns (W));
    endif
    W_below = W;
    if (columns (b) != 1 || rows (b) != rows (W))
      error ("%s: b%d must be %d x 1 to match W%d", caller, l, rows (W), l);
    endif
  endfor
  n_classes = rows (W);
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

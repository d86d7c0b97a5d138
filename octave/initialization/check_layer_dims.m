## dims = check_layer_dims (caller, layer_dims)
##
## Refuse LAYER_DIMS unless it holds at least two positive whole layer sizes;
## the message starts with CALLER.  Returns the sizes as a row.

function dims = check_layer_dims (caller, layer_dims)
  if (nargin != 2)
    print_usage ();
  endif
  if (! isnumeric (layer_dims) || numel (layer_dims) < 2 || ! all (isfinite (layer_dims(:))) ...
      || any (layer_dims(:) < 1) || any (layer_dims(:) != fix (layer_dims(:))))
    error ("%s: layer_dims must hold at least two positive integers, got %s", caller, value_text (layer_dims));
  endif
  dims = double (layer_dims(:).');
endfunction

%!assert (check_layer_dims ("f", [2; 4; 1]), [2, 4, 1])
%!error <Invalid call> check_layer_dims ("f")

## dims = check_init (caller, layer_dims, init)
##
## Refuse INIT unless it is "zeros", "default", "he" or "xavier", and
## LAYER_DIMS unless it holds at least two positive whole layer sizes; the
## messages start with CALLER.  Returns the sizes as a row.

function dims = check_init (caller, layer_dims, init)
  if (nargin != 3)
    print_usage ();
  endif
  if (! (ischar (init) && any (strcmp (init, {"zeros", "default", "he", "xavier"}))))
    error ("%s: init must be one of zeros, default, he, xavier, got %s", caller, value_repr (init));
  endif
  if (! isnumeric (layer_dims) || numel (layer_dims) < 2 || ! all (isfinite (layer_dims(:))) ...
      || any (layer_dims(:) < 1) || any (layer_dims(:) != fix (layer_dims(:))))
    dims = arrayfun (@value_repr, layer_dims(:).', "UniformOutput", false);
    error ("%s: layer_dims must hold at least two positive integers, got [%s]", caller, strjoin (dims, ", "));
  endif
  dims = double (layer_dims(:).');
endfunction

%!assert (check_init ("f", [2; 4; 1], "zeros"), [2, 4, 1])
%!error <^train: init must be one of zeros, default, he, xavier, got 'glorot'$> check_init ("train", [2, 1], "glorot")
%!error <^f: init must be one of zeros, default, he, xavier, got 3$> check_init ("f", [2, 1], 3)
%!error <^train: layer_dims must hold at least two positive integers, got \[2, 0, 1\]$> check_init ("train", [2, 0, 1], "he")
%!error <^f: layer_dims must hold at least two positive integers, got \[2, inf\]$> check_init ("f", [2, Inf], "he")
%!error <^f: layer_dims must hold at least two positive integers, got \[2, nan\]$> check_init ("f", [2, NaN], "he")
%!error <^f: layer_dims must hold at least two positive integers, got \[True, True\]$> check_init ("f", [true, true], "he")
%!error <Invalid call> check_init ("f", [2, 1])

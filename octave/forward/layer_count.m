## L = layer_count (parameters, caller)
##
## The number L of layers in PARAMETERS (the fields whose names start with
## W), refusing it unless there is at least one layer and W1, b1, ..., WL,
## bL are all there; the message starts with CALLER.

function L = layer_count (parameters, caller)
  if (nargin != 2)
    print_usage ();
  endif
  names = fieldnames (parameters);
  L = sum (strncmp (names, "W", 1));
  if (L == 0)
    error ("%s: parameters must hold at least W1 and b1", caller);
  endif
  for l = 1:L
    if (! all (isfield (parameters, {sprintf("W%d", l), sprintf("b%d", l)})))
      error ("%s: parameters must hold W1, b1, ..., W%d, b%d; missing W%d or b%d", ...
             caller, L, L, l, l);
    endif
  endfor
endfunction

%!assert (layer_count (struct ("W1", 1, "b1", 0, "W2", 1, "b2", 0), "f"), 2)
%!error <Invalid call> layer_count (struct ())

## check_activation (caller, activation)
##
## Refuse ACTIVATION unless it is "sigmoid", "tanh", "relu" or "softmax";
## the message starts with CALLER.

function check_activation (caller, activation)
  if (nargin != 2)
    print_usage ();
  endif
  if (! (ischar (activation) && any (strcmp (activation, {"sigmoid", "tanh", "relu", "softmax"}))))
    error ("%s: activation must be one of sigmoid, tanh, relu, softmax, got %s", ...
           caller, value_text (activation));
  endif
endfunction

%!test
%! for name = {"sigmoid", "tanh", "relu", "softmax"}
%!   check_activation ("f", name{1});
%! endfor
%!error <Invalid call> check_activation ("f")

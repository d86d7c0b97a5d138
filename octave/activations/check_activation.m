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
           caller, value_repr (activation));
  endif
endfunction

%!test
%! for name = {"sigmoid", "tanh", "relu", "softmax"}
%!   check_activation ("f", name{1});
%! endfor
%!error <^f: activation must be one of sigmoid, tanh, relu, softmax, got 'swish'$> check_activation ("f", "swish")
%!error <^f: activation must be one of sigmoid, tanh, relu, softmax, got 'Sigmoid'$> check_activation ("f", "Sigmoid")
%!error <^f: activation must be one of sigmoid, tanh, relu, softmax, got 3$> check_activation ("f", 3)
%!error <Invalid call> check_activation ("f")

## parameters = update_parameters (parameters, grads, learning_rate)
##
## One gradient descent step: each W <- W - LEARNING_RATE dW and
## b <- b - LEARNING_RATE db.

function parameters = update_parameters (parameters, grads, learning_rate)
  if (nargin != 3)
    print_usage ();
  endif
  for name = fieldnames (parameters).'
    parameters.(name{1}) -= learning_rate * grads.(["d" name{1}]);
  endfor
endfunction

%!test
%! parameters = struct ("W1", [1, -2], "b1", 0.5);
%! grads = struct ("dW1", [0.5, 0.25], "db1", -1, "dZ1", [7, 7]);
%! new = update_parameters (parameters, grads, 0.1);
%! assert (new, struct ("W1", [0.95, -2.025], "b1", 0.6));
%! assert (new.W1 - [0.95, -2.025], [0, 0]);
%!error <Invalid call> update_parameters (struct ("W1", 1), struct ("dW1", 1))

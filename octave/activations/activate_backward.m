## dZ = activate_backward (dA, Z, A, activation)
##
## activation_backward's arithmetic without its argument checks, for
## backward_pass (every hidden layer of every training step).

function dZ = activate_backward (dA, Z, A, activation)
  switch (activation)
    case "sigmoid"
      dZ = dA .* A .* (1 - A);
    case "tanh"
      dZ = dA .* (1 - A .* A);
    case "relu"
      dZ = dA .* (Z > 0);
  endswitch
endfunction

%!test
%! Z = [-3, -1, 0, 2; 3, 0.5, -2, 8];
%! dA = [1, -2, 3, 0.5; -1, 2, 0.25, 4];
%! for activation = {"sigmoid", "tanh", "relu"}
%!   A = activation_forward (Z, activation{1});
%!   assert (isequal (activate_backward (dA, Z, A, activation{1}), activation_backward (dA, Z, A, activation{1})));
%! endfor

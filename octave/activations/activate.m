## A = activate (Z, activation)
##
## activation_forward's arithmetic without its argument checks, for
## forward_pass (every layer of every training step).

function A = activate (Z, activation)
  switch (activation)
    case "sigmoid"
      ## Two branches so that exp never overflows: e = exp(-|z|) <= 1.
      e = exp (-abs (Z));
      A = e ./ (1 + e);
      positive = Z >= 0;
      A(positive) = 1 ./ (1 + e(positive));
    case "tanh"
      A = tanh (Z);
    case "relu"
      A = max (Z, 0);
    case "softmax"
      e = exp (Z - max (Z, [], 1));
      A = e ./ sum (e, 1);
  endswitch
endfunction

%!test
%! Z = [-800, -1, 0, 2; 3, 0.5, -2, 800];
%! for activation = {"sigmoid", "tanh", "relu", "softmax"}
%!   assert (isequal (activate (Z, activation{1}), activation_forward (Z, activation{1})));
%! endfor

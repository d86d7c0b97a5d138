## A = activation_forward (Z, activation)
##
## A = g(Z) for an n x m matrix Z and ACTIVATION "sigmoid", "tanh", "relu"
## or "softmax" (which normalises each column).  Sigmoid never overflows and
## softmax subtracts each column's maximum first.

function A = activation_forward (Z, activation)
  if (nargin != 2)
    print_usage ();
  endif
  ## Not check_matrix: Z may hold infinities, which the activations take.
  if (! (isnumeric (Z) || islogical (Z)) || ndims (Z) != 2)
    error ("activation_forward: Z must be a 2-D matrix");
  endif
  check_activation ("activation_forward", activation);
  A = activate (Z, activation);
endfunction

%!shared Z
%! Z = [-1000, -3, -0.5, 0; 0.25, 2, 40, 1000];

%!test
%! A = activation_forward (Z, "sigmoid");
%! assert (all (isfinite (A(:))));
%! assert ([A(1, 1), A(2, 4), A(1, 4)], [0, 1, 0.5]);
%! moderate = abs (Z) < 700;
%! assert (A(moderate), 1 ./ (1 + exp (-Z(moderate))), -1e-14);

%!test
%! A = activation_forward (Z, "softmax");
%! assert (all (isfinite (A(:))));
%! assert (sum (A, 1), ones (1, 4), -1e-15);
%! assert (A(:, 2), exp ([-3; 2]) / sum (exp ([-3; 2])), -1e-15);

%!assert (activation_forward (Z, "relu"), [0, 0, 0, 0; 0.25, 2, 40, 1000])
%!assert (activation_forward (Z, "tanh"), tanh (Z))
%!assert (size (activation_forward (zeros (3, 0), "softmax")), [3, 0])
## An N-D array, which tables/bad_input.json (the refusals) cannot write.
%!error <^activation_forward: Z must be a 2-D matrix$> activation_forward (ones (2, 2, 2), "tanh")
%!error <Invalid call> activation_forward (Z)

## dZ = activation_backward (dA, Z, A, activation)
##
## dZ = dA .* g'(Z) for a hidden layer, with A = g(Z): sigmoid A (1 - A),
## tanh 1 - A^2, relu 1 where Z > 0 (0 at 0).  Softmax is only an output
## layer, whose dZ the backward pass forms directly.

function dZ = activation_backward (dA, Z, A, activation)
  if (nargin != 4)
    print_usage ();
  endif
  ## Not check_matrix: dA, Z and A may hold infinities.
  if (! ((isnumeric (dA) || islogical (dA)) && (isnumeric (Z) || islogical (Z)) && (isnumeric (A) || islogical (A))
         && ndims (Z) == 2 && size_equal (dA, Z, A)))
    error ("activation_backward: dA, Z and A must be 2-D matrices of the same shape");
  endif
  check_activation ("activation_backward", activation);
  if (strcmp (activation, "softmax"))
    error ("activation_backward: softmax is only allowed as the output layer");
  endif
  dZ = activate_backward (dA, Z, A, activation);
endfunction

## Against centred differences of activation_forward.
%!test
%! Z = [-1.3, -0.2, 0.4; 0.7, 1.9, -2.4];
%! dA = [0.5, -1, 2; 1.5, 0.3, -0.7];
%! h = 1e-6;
%! for name = {"sigmoid", "tanh", "relu"}
%!   g = @(z) activation_forward (z, name{1});
%!   numeric = dA .* (g (Z + h) - g (Z - h)) / (2 * h);
%!   analytic = activation_backward (dA, Z, g (Z), name{1});
%!   assert (size (analytic), [2, 3]);
%!   assert (analytic, numeric, 1e-8);
%! endfor

%!assert (activation_backward (1, 0, 0, "relu"), 0)
## N-D arrays, which tables/bad_input.json (the refusals) cannot write.
%!error <^activation_backward: dA, Z and A must be 2-D matrices of the same shape$>
%! activation_backward (ones (2, 2, 2), ones (2, 2, 2), ones (2, 2, 2), "tanh")
%!error <Invalid call> activation_backward (1, 1, 1)

## L = check_layers (caller, X, parameters, activations)
##
## The checks every function that runs X through the network makes: X a
## finite matrix, the parameters W1, b1, ..., WL, bL finite and of chained
## shapes (W1 has a column per row of X), one known activation per layer and
## softmax only last.  Returns L; the messages start with CALLER.

function L = check_layers (caller, X, parameters, activations)
  if (nargin != 4)
    print_usage ();
  endif
  check_matrix (caller, "X", X);
  L = layer_count (parameters, caller);
  if (numel (activations) != L)
    error ("%s: activations must name %d layers, got %d", caller, L, numel (activations));
  endif
  for l = 1:L
    check_activation (caller, activations{l});
    if (strcmp (activations{l}, "softmax") && l != L)
      error ("%s: softmax is only allowed as the output layer", caller);
    endif
  endfor
  rows_in = rows (X);
  for l = 1:L
    W = parameters.(sprintf ("W%d", l));
    b = parameters.(sprintf ("b%d", l));
    check_matrix (caller, sprintf ("W%d", l), W);
    if (columns (W) != rows_in)
      if (l == 1)
        error ("%s: X must have %d rows to match W1, got %d", caller, columns (W), rows_in);
      endif
      error ("%s: W%d must have %d columns to match the rows of W%d, got %d", caller, l, rows_in, l - 1,
             columns (W));
    endif
    check_matrix (caller, sprintf ("b%d", l), b);
    if (columns (b) != 1 || rows (b) != rows (W))
      error ("%s: b%d must be %d x 1 to match W%d", caller, l, rows (W), l);
    endif
    rows_in = rows (W);
  endfor
endfunction

%!shared parameters
%! parameters = struct ("W1", ones (4, 2), "b1", zeros (4, 1), "W2", ones (1, 4), "b2", 0);
%!assert (check_layers ("f", ones (2, 3), parameters, {"relu", "sigmoid"}), 2)
%!assert (check_layers ("f", zeros (2, 0), parameters, {"tanh", "softmax"}), 2)
%!error <Invalid call> check_layers ("f", ones (2, 3), parameters)

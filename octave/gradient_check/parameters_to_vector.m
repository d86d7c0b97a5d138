## theta = parameters_to_vector (parameters)
##
## All of PARAMETERS as one n x 1 column: W1, b1, W2, b2, ..., each matrix
## column by column (Octave's natural order, and Python's order "F").

function theta = parameters_to_vector (parameters)
  if (nargin != 1)
    print_usage ();
  endif
  L = layer_count (parameters, "parameters_to_vector");
  parts = cell (2 * L, 1);
  for l = 1:L
    parts{2 * l - 1} = parameters.(sprintf ("W%d", l))(:);
    parts{2 * l} = parameters.(sprintf ("b%d", l))(:);
  endfor
  theta = vertcat (parts{:});
endfunction

%!test
%! parameters = struct ("W1", [1 2; 3 4], "b1", [5; 6], "W2", [7 8], "b2", 9);
%! theta = parameters_to_vector (parameters);
%! assert (theta, [1; 3; 2; 4; 5; 6; 7; 8; 9]);
%! assert (vector_to_parameters (theta, parameters), parameters);

## The order is by layer, whatever the order of the fields.
%!assert (parameters_to_vector (struct ("b2", 9, "W2", [7 8], "b1", 6, "W1", [4; 5])), [4; 5; 6; 7; 8; 9])

%!error <Invalid call> parameters_to_vector ()

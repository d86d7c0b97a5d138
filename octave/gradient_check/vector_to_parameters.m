## parameters = vector_to_parameters (theta, like)
##
## The inverse of parameters_to_vector: the n x 1 column THETA cut into
## W1, b1, ..., WL, bL shaped like the parameters LIKE, each filled column by
## column.

function parameters = vector_to_parameters (theta, like)
  if (nargin != 2)
    print_usage ();
  endif
  L = layer_count (like, "vector_to_parameters");
  names = cell (1, 2 * L);
  names(1:2:end) = arrayfun (@(l) sprintf ("W%d", l), 1:L, "UniformOutput", false);
  names(2:2:end) = arrayfun (@(l) sprintf ("b%d", l), 1:L, "UniformOutput", false);
  sizes = cellfun (@(name) numel (like.(name)), names);
  n = sum (sizes);
  if (! (isnumeric (theta) && isequal (size (theta), [n, 1])))
    error ("vector_to_parameters: theta must be %d x 1 to match the parameters, got %s", n, value_text (theta, true));
  endif
  parameters = struct ();
  start = 0;
  for k = 1:numel (names)
    parameters.(names{k}) = reshape (double (theta(start + 1:start + sizes(k))), size (like.(names{k})));
    start += sizes(k);
  endfor
endfunction

%!test
%! like = struct ("W1", zeros (2, 3), "b1", zeros (2, 1), "W2", zeros (1, 2), "b2", 0);
%! parameters = vector_to_parameters ((1:11).', like);
%! assert (fieldnames (parameters), {"W1"; "b1"; "W2"; "b2"});
%! assert (parameters.W1, [1 3 5; 2 4 6]);
%! assert ({parameters.b1, parameters.W2, parameters.b2}, {[7; 8], [9 10], 11});
%! assert (parameters_to_vector (parameters), (1:11).');

%!error <Invalid call> vector_to_parameters (1)

## costs = cross_entropy (ZL, Y, activation)
##
## example_costs' arithmetic without its argument checks, for callers that
## have checked the labels against the network once (train takes it on
## every batch).

function costs = cross_entropy (ZL, Y, activation)
  switch (activation)
    case "sigmoid"
      softplus = max (ZL, 0) + log1p (exp (-abs (ZL)));
      costs = softplus - Y .* ZL;
    case "softmax"
      zmax = max (ZL, [], 1);
      logsumexp = zmax + log (sum (exp (ZL - zmax), 1));
      ## z_(y_j, j) picked directly rather than through a one-hot matrix.
      costs = logsumexp - ZL(sub2ind (size (ZL), Y + 1, 1:columns (ZL)));
  endswitch
endfunction

%!test
%! ZL = [-2, 0.3, 40];
%! Y = [0, 1, 1];
%! assert (isequal (cross_entropy (ZL, Y, "sigmoid"), example_costs (ZL, Y, "sigmoid")));
%! ZL = [1, -3; 0.5, 700; -2, 0];
%! Y = [2, 1];
%! assert (isequal (cross_entropy (ZL, Y, "softmax"), example_costs (ZL, Y, "softmax")));

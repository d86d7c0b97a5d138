## cost = compute_cost (ZL, Y, activation)
##
## The mean cross-entropy over the m columns, from the output layer's
## pre-activation ZL so that it never takes log(0):
##   sigmoid: (1/m) sum [softplus(z) - y z]
##   softmax: (1/m) sum [logsumexp(z_j) - z_(y_j, j)]

function cost = compute_cost (ZL, Y, activation)
  if (nargin != 3)
    print_usage ();
  endif
  m = columns (Y);
  switch (activation)
    case "sigmoid"
      softplus = max (ZL, 0) + log1p (exp (-abs (ZL)));
      terms = softplus - Y .* ZL;
      cost = sum (terms(:)) / m;
    case "softmax"
      zmax = max (ZL, [], 1);
      logsumexp = zmax + log (sum (exp (ZL - zmax), 1));
      cost = sum (logsumexp - sum (ZL .* one_hot (Y, rows (ZL)), 1), 2) / m;
    otherwise
      error ("compute_cost: output activation must be sigmoid or softmax, got %s", ...
             value_repr (activation));
  endswitch
endfunction

%!assert (compute_cost (zeros (1, 3), [0, 1, 1], "sigmoid"), log (2), 1e-15)
%!assert (compute_cost (zeros (4, 3), [0, 3, 2], "softmax"), log (4), 1e-15)

%!test
%! Z = [-2, 0.3, 4, -0.7];
%! Y = [0, 1, 1, 1];
%! A = 1 ./ (1 + exp (-Z));
%! book = -mean (Y .* log (A) + (1 - Y) .* log (1 - A));
%! assert (compute_cost (Z, Y, "sigmoid"), book, 1e-15);

%!test
%! Z = [1, -2, 0.5; 3, 0, -1; -1, 2, 0.25];
%! Y = [2, 0, 1];
%! A = exp (Z) ./ sum (exp (Z), 1);
%! book = -mean (log ([A(3, 1), A(1, 2), A(2, 3)]));
%! assert (compute_cost (Z, Y, "softmax"), book, 1e-15);

%!assert (compute_cost ([1000, -1000], [0, 1], "sigmoid"), 1000)
%!assert (compute_cost ([1000, -1000; -1000, 1000], [1, 0], "softmax"), 2000)
%!error <^compute_cost: output activation must be sigmoid or softmax, got 'relu'$> compute_cost (0, 0, "relu")
%!error <Invalid call> compute_cost (0, 0)

## costs = example_costs (ZL, Y, activation)
##
## The cross-entropy of each of the m columns, 1 x m, from the output
## layer's pre-activation ZL so that it never takes log(0):
##   sigmoid: softplus(z) - y z = -[y log a + (1-y) log(1-a)]
##   softmax: logsumexp(z_j) - z_(y_j, j) = -log a_(y_j)

function costs = example_costs (ZL, Y, activation)
  if (nargin != 3)
    print_usage ();
  endif
  check_costs ("example_costs", ZL, Y, activation);
  costs = cross_entropy (ZL, Y, activation);
endfunction

%!test
%! ZL = [0, 2, -1; 1, -3, 0.5];
%! Y = [1, 0, 1];
%! a = exp (ZL) ./ sum (exp (ZL), 1);
%! assert (example_costs (ZL, Y, "softmax"), -log ([a(2, 1), a(1, 2), a(2, 3)]), 4e-15);
%! s = 1 ./ (1 + exp (-ZL(1, :)));
%! assert (example_costs (ZL(1, :), Y, "sigmoid"), -(Y .* log (s) + (1 - Y) .* log (1 - s)), 4e-15);
%! assert (compute_cost (ZL, Y, "softmax"), sum (example_costs (ZL, Y, "softmax")) / 3);

## A diverging run's cost is nan, not an error.
%!assert (example_costs ([NaN, 0], [0, 1], "sigmoid"), [NaN, log(2)])

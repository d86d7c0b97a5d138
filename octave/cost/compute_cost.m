## cost = compute_cost (ZL, Y, activation)
## cost = compute_cost (ZL, Y, activation, parameters, lambd)
## cost = compute_cost (ZL, Y, activation, "lambd", lambd, "parameters", parameters)
## cost = compute_cost (ZL, Y, activation, parameters, "lambd", lambd)
##
## Optional arguments go positionally in this order, then as "name", value
## pairs in any order (optional_arguments); those left out take their defaults.
##
## The mean cross-entropy over the m columns, (1/m) sum (example_costs),
## plus the L2 penalty LAMBD / (2 m) sum ||Wl||^2 of PARAMETERS (l2_penalty)
## when LAMBD > 0 (default 0; PARAMETERS default [], none).

function cost = compute_cost (ZL, Y, activation, varargin)
  if (nargin < 3)
    print_usage ();
  endif
  [parameters, lambd] = optional_arguments ("compute_cost", {"parameters", "lambd"}, {[], 0}, varargin);
  check_costs ("compute_cost", ZL, Y, activation);
  check_matrix ("compute_cost", "ZL", ZL);
  check_lambd ("compute_cost", lambd);
  ## Python's None: anything but a struct (oct2py passes None as NaN).
  if (lambd > 0 && ! isstruct (parameters))
    error ("compute_cost: parameters are needed when lambd > 0");
  endif
  m = columns (Y);
  cost = sum (cross_entropy (ZL, Y, activation), 2) / m;
  if (lambd > 0)
    cost = cost + l2_penalty (parameters, lambd, m);
  endif
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

## The L2 penalty counts the weights only, however the arguments come.
%!test
%! parameters = struct ("W1", [1, 2], "b1", 100, "W2", 3, "b2", 5);
%! cost = log (2) + 0.5 / 8 * 14;
%! assert (compute_cost (zeros (1, 4), zeros (1, 4), "sigmoid", parameters, 0.5), cost);
%! assert (compute_cost (zeros (1, 4), zeros (1, 4), "sigmoid", parameters, "lambd", 0.5), cost);
%! assert (compute_cost (zeros (1, 4), zeros (1, 4), "sigmoid", "lambd", 0.5, "parameters", parameters), cost);
%! assert (compute_cost (zeros (1, 4), zeros (1, 4), "sigmoid", parameters), log (2));

%!assert (compute_cost ([1000, -1000], [0, 1], "sigmoid"), 1000)
%!assert (compute_cost ([1000, -1000; -1000, 1000], [1, 0], "softmax"), 2000)
## "." stands for ">", which would end the pattern.
%!error <Invalid call> compute_cost (0, 0)
%!error <Invalid call> compute_cost (0, 0, "sigmoid", struct (), 0, 1)

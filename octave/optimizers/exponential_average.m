## [averages, corrected] = exponential_average (values, beta)
##
## The exponentially weighted average of a series, the moving average that
## momentum, RMSProp and Adam keep of the gradient: v_0 = 0,
## v_t = BETA v_(t-1) + (1 - BETA) VALUES(t) for t = 1..n, about the last
## 1 / (1 - BETA) values.  Starting at 0 pulls the first averages towards 0;
## the bias correction v_t / (1 - BETA^t) (Adam's) removes the pull.  VALUES
## is 1 x n, BETA in [0, 1); AVERAGES and CORRECTED are 1 x n.

function [averages, corrected] = exponential_average (values, beta)
  if (nargin != 2)
    print_usage ();
  endif
  check_matrix ("exponential_average", "values", values);
  if (rows (values) != 1)
    error ("exponential_average: values must have 1 row, got %d", rows (values));
  endif
  if (! (isnumeric (beta) && isreal (beta) && isscalar (beta) && beta >= 0 && beta < 1))
    error ("exponential_average: beta must be in [0, 1), got %s", value_text (beta));
  endif
  n = columns (values);
  averages = corrected = zeros (1, n);
  v = 0;
  for t = 1:n
    v = beta * v + (1 - beta) * double (values(t));
    averages(t) = v;
    corrected(t) = v / (1 - beta ^ t);
  endfor
endfunction

## v1 = 0.5 * 2, v2 = 0.5 v1 + 0.5 * 4, v3 = 0.5 v2 + 0.5 * 8; divided by 1 - 0.5^t.
%!test
%! [averages, corrected] = exponential_average ([2, 4, 8], 0.5);
%! assert (averages, [1, 2.5, 5.25]);
%! assert (corrected, [2, 2.5 / 0.75, 6], 1e-15);
%! [averages, corrected] = exponential_average ([3, -1], 0);
%! assert ([averages; corrected], [3, -1; 3, -1]);
## Bias correction removes the pull of the zero start.
%!test
%! [averages, corrected] = exponential_average (7 * ones (1, 50), 0.9);
%! assert (corrected, 7 * ones (1, 50), -1e-14);
%! assert (averages([1, 50]), [0.7, 7 * (1 - 0.9 ^ 50)], -1e-14);
## Momentum and Adam keep the exponential average of the gradient.
%!test
%! gradients = [0.5, -1.5, 2, 0.25];
%! [averages, corrected] = exponential_average (gradients, 0.8);
%! [~, squares] = exponential_average (gradients .^ 2, 0.95);
%! parameters = struct ("W1", 1, "b1", 0);
%! momentum = initialize_optimizer (parameters, "momentum", 0.8);
%! adam = initialize_optimizer (parameters, "adam", 0.8, 0.95);
%! [p_momentum, p_adam] = deal (parameters);
%! for t = 1:numel (gradients)
%!   grads = struct ("dW1", gradients(t), "db1", 0);
%!   before = p_adam.W1;
%!   [p_momentum, momentum] = update_parameters (p_momentum, grads, 0.1, momentum);
%!   [p_adam, adam] = update_parameters (p_adam, grads, 0.1, adam);
%!   assert (momentum.vdW1, averages(t));
%!   assert (before - p_adam.W1, 0.1 * corrected(t) / (sqrt (squares(t)) + 1e-8), -1e-12);
%! endfor
%!error <Invalid call> exponential_average ([1, 2])

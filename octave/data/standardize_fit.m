## stats = standardize_fit (X)
##
## Each feature's (row's) mean and standard deviation over the examples
## (columns) of X, dividing by m: a struct with fields mean and sd, each
## features x 1.  A constant feature has its value as mean and sd 0.  The
## sums run over the examples left to right, so that Python, R and Octave
## agree bit for bit.

function stats = standardize_fit (X)
  if (nargin != 1)
    print_usage ();
  endif
  check_matrix ("standardize_fit", "X", X);
  m = columns (X);
  total = zeros (rows (X), 1);
  for j = 1:m
    total += X(:, j);
  endfor
  mean = total / m;
  squares = zeros (rows (X), 1);
  for j = 1:m
    squares += (X(:, j) - mean) .^ 2;
  endfor
  sd = sqrt (squares / m);
  constant = max (X, [], 2) == min (X, [], 2);
  mean(constant) = X(constant, 1);
  sd(constant) = 0;
  stats = struct ("mean", mean, "sd", sd);
endfunction

%!test
%! X = [1, 2, 3, 6; 5, 5, 5, 5; -1, 0.5, 0.25, 3];
%! stats = standardize_fit (X);
%! assert (stats.mean, [3; 5; 0.6875]);
%! assert (stats.sd, [sqrt(3.5); 0; std(X(3, :), 1)], 1e-15);
%! Z = standardize_apply (X, stats);
%! assert (Z(2, :), [0, 0, 0, 0]);
%! assert (mean (Z, 2), [0; 0; 0], 1e-15);
%! assert (std (Z([1, 3], :), 1, 2), [1; 1], 1e-15);

## A constant feature whose mean does not round back to its value is still exactly centred.
%!test
%! stats = standardize_fit ([0.1, 0.1, 0.1]);
%! assert ({stats.mean, stats.sd}, {0.1, 0});
%! assert (standardize_apply ([0.1, 0.3], stats), [0, 0.3 - 0.1]);

%!error <Invalid call> standardize_fit ()

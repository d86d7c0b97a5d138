## [X, Y, rng] = make_spiral (rng)
## [X, Y, rng] = make_spiral (rng, n_per_class, n_classes, noise)
## [X, Y, rng] = make_spiral (rng, "noise", noise, "n_per_class", n_per_class, ...)
## [X, Y, rng] = make_spiral (rng, n_per_class, "noise", noise, ...)
##
## Optional arguments go positionally in this order, then as "name", value
## pairs in any order (optional_arguments); those left out take their defaults.
##
## The CS231n spiral: class k (k = 0..N_CLASSES-1, default 3) has
## N_PER_CLASS (default 100) points with radii r_i = i/(N-1) and angles
## t_i = 4k + 4 r_i + NOISE z_i (default noise 0.2), z_i standard normals of
## the portable generator drawn class after class.  The points
## (r sin t, r cos t) fill X (2 x N K) class after class; Y holds the labels.

function [X, Y, rng] = make_spiral (rng, varargin)
  if (nargin < 1)
    print_usage ();
  endif
  [n_per_class, n_classes, noise] = optional_arguments ("make_spiral", {"n_per_class", "n_classes", "noise"}, ...
                                                        {100, 3, 0.2}, varargin);
  check_rng ("make_spiral", rng);
  check_points ("make_spiral", n_per_class);
  check_positive ("make_spiral", "n_classes", n_classes, true);
  check_noise ("make_spiral", noise);
  N = n_per_class;
  r = (0:N-1) / (N - 1);
  X = zeros (2, N * n_classes);
  Y = zeros (1, N * n_classes);
  for k = 0:n_classes - 1
    [eps, rng] = rng_normal (rng, 1, N);
    t = (4 * k + 4 * r) + noise * eps;
    cols = k * N + (1:N);
    X(1, cols) = r .* sin (t);
    X(2, cols) = r .* cos (t);
    Y(cols) = k;
  endfor
endfunction

## The committed data/spiral.csv was made by Python with seed 1: bit for bit.
%!test
%! repo = fileparts (fileparts (fileparts (which ("make_spiral"))));
%! [X_file, Y_file] = load_dataset (fullfile (repo, "data", "spiral.csv"), 3);
%! [X, Y, s] = make_spiral (rng_seed (1), 100, 3, 0.2);
%! assert (num2hex (X(:)), num2hex (X_file(:)));
%! assert (isequal (Y, Y_file));
%! [X2, Y2, s2] = make_spiral (rng_seed (1));
%! assert (isequal ({X2, Y2, s2}, {X, Y, s}));
%! [X2, Y2, s2] = make_spiral (rng_seed (1), "noise", 0.2, "n_per_class", 100);
%! assert (isequal ({X2, Y2, s2}, {X, Y, s}));
%! [~, t] = rng_normal (rng_seed (1), 1, 300);
%! assert (s, t);

%!test
%! [X, Y] = make_spiral (rng_seed (2), 5, 4, 0);
%! assert (size (X), [2, 20]);
%! assert (Y, kron (0:3, ones (1, 5)));
%! assert (sqrt (sum (X .^ 2, 1)), repmat ((0:4) / 4, 1, 4), 1e-15);
%!error <Invalid call> make_spiral ()
%!error <^Invalid call to make_spiral$> make_spiral (rng_seed (1), 10, 3, 0.2, 1)
%!error <^Invalid call to make_spiral$> make_spiral (rng_seed (1), 10, "n_per_class", 10)

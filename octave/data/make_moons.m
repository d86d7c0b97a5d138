## [X, Y, rng] = make_moons (rng)
## [X, Y, rng] = make_moons (rng, n_per_class, noise)
## [X, Y, rng] = make_moons (rng, "noise", noise, "n_per_class", n_per_class)
## [X, Y, rng] = make_moons (rng, n_per_class, "noise", noise)
##
## Optional arguments go positionally in this order, then as "name", value
## pairs in any order (optional_arguments); those left out take their defaults.
##
## Two interleaved half circles: class 0 at (cos t, sin t), class 1 at
## (1 - cos t, 0.5 - sin t), t_i = PI i/(N-1) for i = 0..N-1 with
## N = N_PER_CLASS (default 200), plus NOISE (default 0.2) times standard
## normals of the portable generator from one 2 x 2N draw.  X is 2 x 2N,
## class 0 then class 1; Y holds the labels.

function [X, Y, rng] = make_moons (rng, varargin)
  if (nargin < 1)
    print_usage ();
  endif
  [n_per_class, noise] = optional_arguments ("make_moons", {"n_per_class", "noise"}, {200, 0.2}, varargin);
  check_rng ("make_moons", rng);
  check_points ("make_moons", n_per_class);
  check_noise ("make_moons", noise);
  PI = 3.141592653589793;
  N = n_per_class;
  ## A full array, not a range: each element is i / (N - 1) as in Python.
  i = double (0:N-1) + zeros (1, N);
  t = PI * (i / (N - 1));
  cos_t = cos (t);
  sin_t = sin (t);
  X = [cos_t, 1 - cos_t; sin_t, 0.5 - sin_t];
  [eps, rng] = rng_normal (rng, 2, 2 * N);
  Y = [zeros(1, N), ones(1, N)];
  X = X + noise * eps;
endfunction

## So was data/moons_noisy.csv, with noise 0.3.
%!test
%! repo = fileparts (fileparts (fileparts (which ("make_moons"))));
%! [X_file, Y_file] = load_dataset (fullfile (repo, "data", "moons_noisy.csv"), 2);
%! [X, Y] = make_moons (rng_seed (1), 200, 0.3);
%! assert (num2hex (X(:)), num2hex (X_file(:)));
%! assert (isequal (Y, Y_file));
## The committed data/moons.csv was made by Python with seed 1: bit for bit.
%!test
%! repo = fileparts (fileparts (fileparts (which ("make_moons"))));
%! [X_file, Y_file] = load_dataset (fullfile (repo, "data", "moons.csv"), 2);
%! [X, Y, s] = make_moons (rng_seed (1), 200, 0.2);
%! assert (num2hex (X(:)), num2hex (X_file(:)));
%! assert (isequal (Y, Y_file));
%! [X2, Y2, s2] = make_moons (rng_seed (1));
%! assert (isequal ({X2, Y2, s2}, {X, Y, s}));
%! [X2, Y2, s2] = make_moons (rng_seed (1), "noise", 0.2);
%! assert (isequal ({X2, Y2, s2}, {X, Y, s}));
%! [~, t] = rng_normal (rng_seed (1), 2, 400);
%! assert (s, t);

%!test
%! [X, Y] = make_moons (rng_seed (1), 50, 0);
%! assert (size (X), [2, 100]);
%! assert (hypot (X(1, 1:50), X(2, 1:50)), ones (1, 50), 1e-15);
%! assert (hypot (1 - X(1, 51:100), 0.5 - X(2, 51:100)), ones (1, 50), 1e-15);
%! assert (Y, [zeros(1, 50), ones(1, 50)]);
%!error <Invalid call> make_moons ()
%!error <^Invalid call to make_moons$> make_moons (rng_seed (1), 10, 0.2, 1)

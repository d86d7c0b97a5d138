## [X_train, Y_train, X_test, Y_test, rng] = split_train_test (X, Y, test_fraction, rng)
##
## Shuffle the columns of X and Y with the portable generator
## (rng_permutation); the last ceil (TEST_FRACTION m) of the shuffled
## columns form the test set, the others the training set.

function [X_train, Y_train, X_test, Y_test, rng] = split_train_test (X, Y, test_fraction, rng)
  if (nargin != 4)
    print_usage ();
  endif
  check_examples ("split_train_test", X, Y);
  if (! (isnumeric (test_fraction) && isreal (test_fraction) && isscalar (test_fraction) ...
         && test_fraction > 0 && test_fraction < 1))
    error ("split_train_test: test_fraction must be in (0, 1), got %s", ...
           value_text (test_fraction));
  endif
  check_rng ("split_train_test", rng);
  m = columns (X);
  n_test = ceil (test_fraction * m);
  [perm, rng] = rng_permutation (rng, m);
  train = perm(1:m - n_test);
  test = perm(m - n_test + 1:end);
  X_train = X(:, train);
  Y_train = Y(:, train);
  X_test = X(:, test);
  Y_test = Y(:, test);
endfunction

%!test
%! X = reshape (0:19, 10, 2).';
%! Y = mod (0:9, 2);
%! [X_train, Y_train, X_test, Y_test, s] = split_train_test (X, Y, 0.25, rng_seed (4));
%! assert (size (X_train), [2, 7]);
%! assert (size (X_test), [2, 3]);
%! assert (sort ([X_train(1, :), X_test(1, :)]), 0:9);
%! assert (mod (X_test(1, :), 2), Y_test);
%! assert (mod (X_train(1, :), 2), Y_train);
%! [perm, t] = rng_permutation (rng_seed (4), 10);
%! assert (X_test(1, :), perm(8:10) - 1);
%! assert (s, t);
%!error <Invalid call> split_train_test (ones (2, 4), ones (1, 4), 0.5)

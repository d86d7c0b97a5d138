## [X_train, Y_train, X_test, Y_test, stats, rng] = prepare_split (X, Y, test_fraction, standardize, rng)
##
## The examples as a chapter script trains and tests on them: with
## TEST_FRACTION > 0 that share held out (split_train_test, drawing from
## RNG), and with STANDARDIZE every feature scaled by the training examples'
## means and deviations (standardize_fit), the held-out ones too
## (standardize_apply).  X_TEST and Y_TEST are [] without a split, STATS []
## without STANDARDIZE, RNG as given without a split.

function [X_train, Y_train, X_test, Y_test, stats, rng] = prepare_split (X, Y, test_fraction, standardize, rng)
  if (nargin != 5)
    print_usage ();
  endif
  check_examples ("prepare_split", X, Y);
  if (! (isnumeric (test_fraction) && isreal (test_fraction) && isscalar (test_fraction) ...
         && test_fraction >= 0 && test_fraction < 1))
    error ("prepare_split: test_fraction must be in [0, 1), got %s", value_text (test_fraction));
  endif
  if (! (islogical (standardize) && isscalar (standardize)))
    error ("prepare_split: standardize must be true or false, got %s", value_text (standardize));
  endif
  check_rng ("prepare_split", rng);
  X_train = X;
  Y_train = Y;
  X_test = [];
  Y_test = [];
  stats = [];
  if (test_fraction > 0)
    [X_train, Y_train, X_test, Y_test, rng] = split_train_test (X, Y, test_fraction, rng);
  endif
  if (standardize)
    stats = standardize_fit (X_train);
    X_train = standardize_apply (X_train, stats);
    if (! isempty (X_test))
      X_test = standardize_apply (X_test, stats);
    endif
  endif
endfunction

## Without a split or standardize the examples pass through and the generator is untouched.
%!test
%! X = [1, 2, 3, 4; 5, 5, 5, 5];
%! Y = [0, 1, 0, 1];
%! [X_train, Y_train, X_test, Y_test, stats, rng] = prepare_split (X, Y, 0, false, rng_seed (3));
%! assert (X_train, X);
%! assert (Y_train, Y);
%! assert ({X_test, Y_test, stats}, {[], [], []});
%! assert (rng, rng_seed (3));

## A split and standardize: split_train_test's columns, scaled by the training columns' statistics.
%!test
%! X = [0:9; mod(0:9, 3); 7 * ones(1, 10)];
%! Y = mod (0:9, 2);
%! [X_train, Y_train, X_test, Y_test, stats, rng] = prepare_split (X, Y, 0.3, true, rng_seed (4));
%! [A, B, C, D, s] = split_train_test (X, Y, 0.3, rng_seed (4));
%! assert (stats, standardize_fit (A));
%! assert (X_train, standardize_apply (A, stats));
%! assert (X_test, standardize_apply (C, stats));
%! assert ({Y_train, Y_test, rng}, {B, D, s});
%! assert (abs (mean (X_train(1, :))) < 1e-15);
%! assert (X_train(3, :), zeros (1, 7));
%!error <prepare_split: test_fraction must be in \[0, 1\), got 1> prepare_split (ones (2, 4), ones (1, 4), 1, false, rng_seed (1))
%!error <prepare_split: standardize must be true or false, got 1> prepare_split (ones (2, 4), ones (1, 4), 0, 1, rng_seed (1))
%!error <Invalid call> prepare_split (ones (2, 4), ones (1, 4), 0.5, false)

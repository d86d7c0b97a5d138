## [X_batches, Y_batches, rng] = random_mini_batches (X, Y, batch_size, rng)
##
## Shuffle the m columns of X and Y with the portable generator's
## permutation (rng_permutation), then cut them into batches of BATCH_SIZE
## consecutive columns; the last batch holds the mod (m, BATCH_SIZE) left over
## (if any).  X_BATCHES and Y_BATCHES are 1 x n_batches cell arrays.

function [X_batches, Y_batches, rng] = random_mini_batches (X, Y, batch_size, rng)
  if (nargin != 4)
    print_usage ();
  endif
  check_examples ("random_mini_batches", X, Y);
  check_positive ("random_mini_batches", "batch_size", batch_size, true);
  check_rng ("random_mini_batches", rng);
  m = columns (X);
  [order, rng] = rng_permutation (rng, m);
  X = X(:, order);
  Y = Y(:, order);
  starts = 0:batch_size:m - 1;
  X_batches = cell (1, numel (starts));
  Y_batches = cell (1, numel (starts));
  for k = 1:numel (starts)
    columns_k = starts(k) + 1:min (starts(k) + batch_size, m);
    X_batches{k} = X(:, columns_k);
    Y_batches{k} = Y(:, columns_k);
  endfor
endfunction

## The shuffled columns, cut in order.
%!test
%! X = reshape (0:13, 7, 2).';
%! Y = 0:6;
%! [X_batches, Y_batches, rng] = random_mini_batches (X, Y, 3, rng_seed (4));
%! [order, after] = rng_permutation (rng_seed (4), 7);
%! assert (cellfun (@columns, X_batches), [3, 3, 1]);
%! assert (cellfun (@rows, X_batches), [2, 2, 2]);
%! assert ([Y_batches{:}], order - 1);
%! assert ([X_batches{:}], X(:, order));
%! assert (rng, after);

%!test
%! [X_batches, Y_batches] = random_mini_batches (ones (2, 4), zeros (1, 4), 4, rng_seed (1));
%! assert (size (X_batches), [1, 1]);
%! assert (size (Y_batches{1}), [1, 4]);

%!error <Invalid call> random_mini_batches (ones (2, 3), zeros (1, 3), 2)

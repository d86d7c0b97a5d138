## [candidates, rng] = sample_candidates (space, n, rng)
##
## N candidates drawn from the ranges of SPACE (a struct with a [low, high]
## row for every name of tuning_space), one rng_uniform (rng, 1, N) per name
## in that order: log scale for learning_rate and lambd (zeros for a [0, 0]
## lambd range), 1 - beta on a log scale for beta1 and beta2, whole numbers
## for hidden, powers of two for batch_size, uniform for keep_prob.
## CANDIDATES has a 1 x N row of values per name; RNG is the new state.

function [candidates, rng] = sample_candidates (space, n, rng)
  if (nargin != 3)
    print_usage ();
  endif
  check_space ("sample_candidates", space);
  if (! (isnumeric (n) && isreal (n) && isscalar (n) && isfinite (n) && n >= 1 && n == fix (n)))
    error ("sample_candidates: n must be a positive integer, got %s", value_text (n));
  endif
  candidates = struct ();
  for name = tuning_space ()
    name = name{1};
    low = double (space.(name)(1));
    high = double (space.(name)(2));
    [u, rng] = rng_uniform (rng, 1, n);
    switch (name)
      case {"learning_rate", "lambd"}
        if (high == 0)
          values = u * 0;
        else
          values = log_uniform (u, low, high);
        endif
      case "hidden"
        values = floor (low + u * (high - low + 1));
      case "batch_size"
        a = log2 (low);
        values = 2 .^ floor (a + u * (log2 (high) - a + 1));
      case "keep_prob"
        values = low + u * (high - low);
      otherwise
        values = 1 - log_uniform (u, 1 - high, 1 - low);
    endswitch
    candidates.(name) = values;
  endfor
endfunction

function values = log_uniform (u, low, high)
  ## Octave's exp and log are glibc's, as Python's math module, so that the
  ## languages agree bit for bit.
  values = exp (log (low) + u * (log (high) - log (low)));
endfunction

%!shared ranges
%! ranges = struct ("learning_rate", [1e-3, 1e-1], "hidden", [5, 100], "lambd", [1e-4, 1e-1], "keep_prob", [0.7, 1],
%!                  "batch_size", [16, 128], "beta1", [0.8, 0.99], "beta2", [0.99, 0.9999]);

## The candidates come from the generator in order and respect the ranges.
%!test
%! [candidates, rng] = sample_candidates (ranges, 50, rng_seed (3));
%! replay = rng_seed (3);
%! for name = tuning_space ()
%!   [draws.(name{1}), replay] = rng_uniform (replay, 1, 50);
%! endfor
%! assert (rng, replay);
%! assert (fieldnames (candidates).', tuning_space ());
%! u = draws.learning_rate;
%! assert (candidates.learning_rate, arrayfun (@(x) exp (log (1e-3) + x * (log (1e-1) - log (1e-3))), u));
%! assert (candidates.hidden, floor (5 + draws.hidden * 96));
%! assert (all (ismember (candidates.batch_size, [16, 32, 64, 128])));
%! for name = fieldnames (ranges).'
%!   values = candidates.(name{1});
%!   assert (size (values), [1, 50]);
%!   assert (ranges.(name{1})(1) <= min (values) && max (values) <= ranges.(name{1})(2), name{1});
%! endfor
%! ## 1 - beta is log-uniform: about as many candidates with 1 - beta2 below 1e-3 as above.
%! below = sum (1 - candidates.beta2 < 1e-3);
%! assert (15 < below && below < 35);

## A zero lambd range gives zero.
%!test
%! candidates = sample_candidates (setfield (ranges, "lambd", [0, 0]), 4, rng_seed (1));
%! assert (candidates.lambd, zeros (1, 4));

%!error <Invalid call> sample_candidates (ranges, 3)

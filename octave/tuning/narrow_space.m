## narrow = narrow_space (space, best)
##
## The second, finer round's ranges (a struct like SPACE, of [low, high]
## rows): around the best candidate's values BEST (a struct of numbers, as
## from candidate), within SPACE: learning_rate and lambd x/÷ 3, hidden and
## batch_size x/÷ 2, keep_prob ± 0.1, 1 - beta x/÷ 3.

function narrow = narrow_space (space, best)
  if (nargin != 2)
    print_usage ();
  endif
  check_space ("narrow_space", space);
  check_candidates ("narrow_space", "best", best, true);
  narrow = struct ();
  for name = tuning_space ()
    name = name{1};
    value = double (best.(name)(1));
    switch (name)
      case {"learning_rate", "lambd"}
        new = [value / 3, value * 3];
      case "hidden"
        new = [floor(value / 2), ceil(value * 2)];
      case "batch_size"
        new = [value / 2, value * 2];
      case "keep_prob"
        new = [value - 0.1, value + 0.1];
      otherwise
        new = [1 - (1 - value) * 3, 1 - (1 - value) / 3];
    endswitch
    narrow.(name) = [max(space.(name)(1), new(1)), min(space.(name)(2), new(2))];
  endfor
endfunction

## The second round searches around the best within the ranges.
%!test
%! ranges = struct ("learning_rate", [1e-3, 1e-1], "hidden", [5, 100], "lambd", [1e-4, 1e-1], "keep_prob", [0.7, 1],
%!                  "batch_size", [16, 128], "beta1", [0.8, 0.99], "beta2", [0.99, 0.9999]);
%! best = struct ("learning_rate", 0.06, "hidden", 80, "lambd", 1e-3, "keep_prob", 0.95, "batch_size", 16,
%!                "beta1", 0.9, "beta2", 0.999);
%! narrow = narrow_space (ranges, best);
%! assert ({narrow.learning_rate, narrow.hidden}, {[0.02, 0.1], [40, 100]});
%! assert ({narrow.batch_size, narrow.keep_prob}, {[16, 32], [0.85, 1]});
%! assert (narrow.beta1, [0.8, 1 - 0.1 / 3], 1e-12);
%! assert (fieldnames (narrow).', tuning_space ());
%!error <Invalid call> narrow_space (struct ())

## values = candidate (candidates, k)
##
## Candidate K of sample_candidates' rows, as a struct of numbers.  K is
## 0-based, as in Python, so that trial numbers and seeds (seed + k) agree
## across the languages.

function values = candidate (candidates, k)
  if (nargin != 2)
    print_usage ();
  endif
  for name = tuning_space ()
    values.(name{1}) = double (candidates.(name{1})(k + 1));
  endfor
endfunction

%!test
%! candidates = struct ("learning_rate", [0.1, 0.2], "hidden", [5, 6], "lambd", [0, 1e-3], "keep_prob", [1, 0.9],
%!                      "batch_size", [16, 32], "beta1", [0.9, 0.8], "beta2", [0.999, 0.99]);
%! assert (candidate (candidates, 1), struct ("learning_rate", 0.2, "hidden", 6, "lambd", 1e-3, "keep_prob", 0.9,
%!                                            "batch_size", 32, "beta1", 0.8, "beta2", 0.99));
%! assert (candidate (candidates, 0).hidden, 5);
%!error <Invalid call> candidate (struct ())

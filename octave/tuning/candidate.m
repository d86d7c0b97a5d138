## values = candidate (candidates, k)
##
## Candidate K of sample_candidates' rows (CANDIDATES as check_candidates
## takes them), as a struct of numbers.  K is 0-based, as in Python, so that
## trial numbers and seeds (seed + k) agree across the languages.

function values = candidate (candidates, k)
  if (nargin != 2)
    print_usage ();
  endif
  n = check_candidates ("candidate", "candidates", candidates);
  if (! (isnumeric (k) && isreal (k) && isscalar (k) && k >= 0 && k < n && k == fix (k)))
    error ("candidate: k must be an integer in 0..%d, got %s", n - 1, value_text (k));
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
%!shared candidates
%! candidates = struct ("learning_rate", [0.01, 0.1], "hidden", [5, 8], "lambd", [0, 0.01], "keep_prob", [1, 0.9],
%!                      "batch_size", [16, 32], "beta1", [0.9, 0.9], "beta2", [0.999, 0.999]);
%!error <Invalid call> candidate (struct ())

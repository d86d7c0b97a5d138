## interval = accuracy_interval (correct, total)
##
## The exact (Clopper-Pearson) 95 % confidence interval of an accuracy of
## CORRECT out of TOTAL, as a 1 x 2 matrix [lower, upper]: the beta quantiles
## 0.025 of (correct, total - correct + 1) and 0.975 of (correct + 1,
## total - correct), with 0 and 1 at the ends (what R's binom.test and caret
## print).

function interval = accuracy_interval (correct, total)
  if (nargin != 2)
    print_usage ();
  endif
  correct = check_count ("accuracy_interval", "correct", correct);
  check_positive ("accuracy_interval", "total", total, true);
  if (correct > total)
    error ("accuracy_interval: correct must be at most total (%s), got %s", value_text (total), value_text (correct));
  endif
  lower = 0;
  if (correct > 0)
    lower = beta_quantile (0.025, correct, total - correct + 1);
  endif
  upper = 1;
  if (correct < total)
    upper = beta_quantile (0.975, correct + 1, total - correct);
  endif
  interval = [lower, upper];
endfunction

%!test
%! ## Octave's betaincinv inverts the same function (to its own last bits).
%! for c = [985, 1000; 1, 1000; 5, 8; 9011, 10000; 160, 320]'
%!   expected = [betaincinv(0.025, c(1), c(2) - c(1) + 1), betaincinv(0.975, c(1) + 1, c(2) - c(1))];
%!   assert (accuracy_interval (c(1), c(2)), expected, -1e-12);
%! endfor
%!assert (accuracy_interval (0, 7), [0, 1 - 0.025 ^ (1 / 7)], -1e-14)
%!assert (accuracy_interval (7, 7)(2), 1)
%!error <Invalid call> accuracy_interval (1)

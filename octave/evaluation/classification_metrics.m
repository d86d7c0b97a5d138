## metrics = classification_metrics (counts)
##
## The statistics of the K x K confusion matrix COUNTS (rows: true label,
## columns: predicted), as the book prints them beside the accuracy (R caret's
## confusionMatrix): a struct with accuracy, interval (its exact 95 %
## confidence interval, accuracy_interval: 1 x 2), kappa (Cohen's), and 1 x K
## rows of each class's precision, recall (sensitivity), specificity, f1 and
## balanced_accuracy ((recall + specificity) / 2), each class against the
## rest; an undefined ratio (0 / 0) is NaN.

function metrics = classification_metrics (counts)
  if (nargin != 1)
    print_usage ();
  endif
  if (! (isnumeric (counts) && isreal (counts)) || ndims (counts) != 2 || rows (counts) != columns (counts))
    error ("classification_metrics: counts must be a square matrix");
  endif
  if (! all (isfinite (counts(:)) & counts(:) >= 0 & counts(:) == fix (counts(:))))
    error ("classification_metrics: counts must hold non-negative integers");
  endif
  counts = double (counts);
  total = sum (counts(:));
  if (total == 0)
    error ("classification_metrics: counts must hold at least one example");
  endif
  tp = diag (counts)';
  actual = sum (counts, 2)';  # examples of each class
  predicted = sum (counts, 1);
  tn = total - actual - predicted + tp;
  correct = sum (tp);
  chance = sum (actual .* predicted) / total ^ 2;
  kappa = NaN;
  if (chance < 1)
    kappa = (correct / total - chance) / (1 - chance);
  endif
  recall = tp ./ actual;
  specificity = tn ./ (total - actual);
  metrics = struct ("accuracy", correct / total, "interval", accuracy_interval (correct, total), "kappa", kappa,
                    "precision", tp ./ predicted, "recall", recall, "specificity", specificity,
                    "f1", 2 * tp ./ (actual + predicted), "balanced_accuracy", (recall + specificity) / 2);
endfunction

%!test
%! ## Each class against the rest, checked by counting the labels.
%! Y = [0, 0, 0, 1, 1, 2, 2, 2, 2, 1];
%! Y_hat = [0, 1, 0, 1, 2, 2, 2, 0, 2, 1];
%! metrics = classification_metrics (confusion_matrix (Y, Y_hat, 3));
%! for k = 0:2
%!   positive = Y == k;
%!   called = Y_hat == k;
%!   assert (metrics.recall(k + 1), sum (positive & called) / sum (positive), 1e-15);
%!   assert (metrics.precision(k + 1), sum (positive & called) / sum (called), 1e-15);
%!   assert (metrics.specificity(k + 1), sum (! positive & ! called) / sum (! positive), 1e-15);
%! endfor
%! assert (metrics.accuracy, accuracy (Y, Y_hat));
%! assert (size (metrics.f1), [1, 3]);
%! P = metrics.precision;
%! R = metrics.recall;
%! assert (metrics.f1, 2 * P .* R ./ (P + R), 1e-15);
%! assert (metrics.balanced_accuracy, (R + metrics.specificity) / 2, 1e-15);
%! ## kappa: (observed - chance) / (1 - chance), chance from the row and column totals (4 3 3, 4 3 3).
%! assert (metrics.kappa, (0.7 - 0.34) / (1 - 0.34), 1e-15);
%!test
%! metrics = classification_metrics ([5, 0; 3, 0]);
%! assert (isnan (metrics.precision(2)));
%! assert (metrics.kappa, 0);
%! assert (isnan (classification_metrics ([4, 0; 0, 0]).kappa));
## An N-D array, which tables/bad_input.json (the refusals) cannot write.
%!error <^classification_metrics: counts must be a square matrix$> classification_metrics (zeros (2, 2, 2))
%!error <Invalid call> classification_metrics ()

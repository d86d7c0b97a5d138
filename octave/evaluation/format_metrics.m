## text = format_metrics (metrics)
##
## classification_metrics as text (lines joined by newlines, none at the end),
## laid out the same way in every language: the accuracy's interval and kappa
## on a line each, then one row per class (numbers with 4 decimals, an
## undefined one nan).

function text = format_metrics (metrics)
  if (nargin != 1)
    print_usage ();
  endif
  names = {"precision", "recall", "specificity", "f1", "balanced_accuracy"};
  if (! isstruct (metrics) || ! all (isfield (metrics, [{"accuracy", "interval", "kappa"}, names])))
    error ("format_metrics: metrics must come from classification_metrics");
  endif
  lines = {sprintf("accuracy 95 %% confidence interval: %.4f to %.4f", metrics.interval(1), metrics.interval(2)), ...
           ["kappa: " decimals(metrics.kappa)], ...
           sprintf("%6s%12s%12s%12s%12s%19s", "class", "precision", "recall", "specificity", "f1", "balanced accuracy")};
  for k = 1:numel (metrics.recall)
    row = cellfun (@(name) decimals (metrics.(name)(k)), names, "UniformOutput", false);
    lines{end + 1} = sprintf ("%6d%12s%12s%12s%12s%19s", k - 1, row{:});
  endfor
  text = strjoin (lines, "\n");
endfunction

function text = decimals (x)
  if (isnan (x))
    text = "nan";
  else
    text = sprintf ("%.4f", x);
  endif
endfunction

%!test
%! metrics = classification_metrics ([5, 0; 3, 0]);
%! lines = strsplit (format_metrics (metrics), "\n");
%! assert (lines{2}, "kappa: 0.0000");
%! assert (lines{3}, " class   precision      recall specificity          f1  balanced accuracy");
%! assert (lines{5}, "     1         nan      0.0000      1.0000      0.0000             0.5000");
%! assert (numel (lines), 5);
%!error <Invalid call> format_metrics ()

## plot_differences (labels, differences, threshold, path, title)
##
## Gradient checks' relative DIFFERENCES (at least one number) as horizontal
## bars on a log scale, one per cell of LABELS (the first on top), green
## below THRESHOLD and red above it, with THRESHOLD (positive) as a dashed
## vertical line; with the text TITLE, written as a 900 x 450 PNG to PATH,
## atomically (gnuplot, no display).

function plot_differences (labels, differences, threshold, path, title)
  if (nargin != 5)
    print_usage ();
  endif
  values = check_curve ("plot_differences", "differences", differences);
  check_count_matches ("plot_differences", "labels", labels, numel (values), "differences");
  check_positive ("plot_differences", "threshold", threshold);
  write_plot (path, [900, 450], @() draw (labels, values, threshold, title));
endfunction

function draw (labels, values, threshold, title_text)
  colours = class_colours (3);
  ## Drawn in log10 units on a linear axis (gnuplot's log axes clip filled
  ## shapes); each bar starts a decade below the smallest value and carries
  ## its label above it, as long labels squeeze gnuplot's tick margin.
  low = floor (log10 (min ([values, threshold]))) - 1;
  high = ceil (log10 (max ([values, threshold]))) + 1;
  n = numel (values);
  hold on;
  for k = 1:n
    colour = colours(2, :);
    if (values(k) < threshold)
      colour = colours(3, :);
    endif
    y = n + 1 - k;
    fill ([low, log10(values(k)), log10(values(k)), low], [y - 0.2, y - 0.2, y + 0.2, y + 0.2], colour,
          "edgecolor", colour);
    text (low + 0.1, y + 0.4, labels{k}, "fontsize", 7, "interpreter", "none");
  endfor
  plot (log10 ([threshold, threshold]), [0.4, n + 0.8], "k--");
  hold off;
  ticks = low:2:high;
  set (gca (), "box", "on", "fontsize", 8, "ytick", [], "ylim", [0.4, n + 0.8], "xlim", [low, high], "xtick", ticks,
       "xticklabel", arrayfun (@(e) sprintf ("1e%d", e), ticks, "UniformOutput", false));
  label_axes ("relative difference", "", title_text);
endfunction

%!test
%! folder = tempname ();
%! plot_differences ({"a", "b"}, [1e-9, 0.5], 1e-7, fullfile (folder, "differences.png"), "checks");
%! info = imfinfo (fullfile (folder, "differences.png"));
%! assert ([info.Width, info.Height], [900, 450]);
%! confirm_recursive_rmdir (false, "local");
%! rmdir (folder, "s");
%!error <Invalid call> plot_differences ({"a"}, 1e-9, 1e-7, "x.png")

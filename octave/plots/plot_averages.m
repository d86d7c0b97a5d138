## plot_averages (values, averages, labels, path, title)
##
## A series (VALUES, drawn as points) and averages of it (AVERAGES a cell
## array of at least one series as long, drawn as lines, one legend entry
## per cell of LABELS) against t = 1, 2, ..., with the text TITLE:
## exponential_average's picture, written as a 700 x 450 PNG to PATH,
## atomically (gnuplot, no display).

function plot_averages (values, averages, labels, path, title)
  if (nargin != 5)
    print_usage ();
  endif
  series = check_curve ("plot_averages", "values", values);
  if (! iscell (averages) || isempty (averages))
    error ("plot_averages: averages must hold at least one average");
  endif
  lines = cell (1, numel (averages));
  for k = 1:numel (averages)
    [lines{k}, ok] = numbers (averages{k});
    if (! ok || numel (lines{k}) != numel (series))
      error ("plot_averages: every average must hold %d numbers, one per value", numel (series));
    endif
  endfor
  check_count_matches ("plot_averages", "labels", labels, numel (lines), "averages");
  write_plot (path, [700, 450], @() draw (series, lines, labels, title));
endfunction

function draw (series, lines, labels, title_text)
  colours = class_colours (numel (lines) + 1);
  t = 1:numel (series);
  hold on;
  handles = zeros (1, numel (lines) + 1);
  handles(1) = plot (t, series, ".", "color", [0.5, 0.5, 0.5]);
  for k = 1:numel (lines)
    handles(k + 1) = plot (t, lines{k}, "color", colours(k + 1, :));
  endfor
  hold off;
  set (gca (), "box", "on");
  legend (handles, [{"values"}, labels], "interpreter", "none");
  label_axes ("t", "value", title_text);
endfunction

%!test
%! folder = tempname ();
%! unwind_protect
%!   values = [3, 1, 2];
%!   plot_averages (values, {values / 2, [1, 1.5, 1.6]}, {"half", "beta 0.9"}, fullfile (folder, "a.png"), "averages");
%!   assert ([imfinfo(fullfile (folder, "a.png")).Width, imfinfo(fullfile (folder, "a.png")).Height], [700, 450]);
%!   assert (numel (dir (folder)), 3);
%! unwind_protect_cleanup
%!   confirm_recursive_rmdir (false, "local");
%!   rmdir (folder, "s");
%! end_unwind_protect
%!error <Invalid call> plot_averages ([1, 2], {[1, 2]}, {"a"}, "x.png")

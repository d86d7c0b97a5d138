## plot_cost_curves (curves, labels, path, title)
## plot_cost_curves (curves, labels, path, title, xlabel)
## plot_cost_curves (curves, labels, path, title, "xlabel", xlabel)
##
## Several cost curves (CURVES a cell array of at least one row, each of at
## least one number, against the iteration 0, 1, ...; XLABEL names it,
## "iteration" by default) on one log-scaled cost axis in the class colours
## of the Python plots, with one legend entry per cell of LABELS (one per
## curve) and the text TITLE; written as a 700 x 450 PNG to PATH, atomically
## (gnuplot, no display).

function plot_cost_curves (curves, labels, path, title, varargin)
  if (nargin < 4)
    print_usage ();
  endif
  xlabel = optional_arguments ("plot_cost_curves", {"xlabel"}, {"iteration"}, varargin);
  if (! iscell (curves) || isempty (curves))
    error ("plot_cost_curves: curves must hold at least one curve");
  endif
  for k = 1:numel (curves)
    curves{k} = check_curve ("plot_cost_curves", "every curve", curves{k});
  endfor
  check_count_matches ("plot_cost_curves", "labels", labels, numel (curves), "curves");
  write_plot (path, [700, 450], @() draw (curves, labels, xlabel, title));
endfunction

function draw (curves, labels, x_text, title_text)
  colours = class_colours (numel (curves));
  lines = zeros (1, numel (curves));
  hold on;
  for k = 1:numel (curves)
    lines(k) = plot (0:numel (curves{k}) - 1, curves{k}, "color", colours(k, :));
  endfor
  hold off;
  ## Set after hold on, which would keep the linear scale otherwise.
  set (gca (), "yscale", "log", "box", "on");
  ## A string property set to "default" is reset; "\default" is the word.
  legend (lines, regexprep (labels, '^(default|factory|remove)$', '\\$1'), "interpreter", "none");
  label_axes (x_text, "cost", title_text);
endfunction

%!test
%! folder = tempname ();
%! unwind_protect
%!   plot_cost_curves ({[3, 2], [2.5, 0.1]}, {"gd", "adam"}, fullfile (folder, "two.png"), "two curves");
%!   plot_cost_curves ({exp(-(0:19) / 5), 1 ./ (1:20)}, {"a_b", "adam+decay"}, fullfile (folder, "epochs.png"),
%!                     "epochs", "epoch");
%!   plot_cost_curves ({exp(-(0:19) / 5), 1 ./ (1:20)}, {"a_b", "adam+decay"}, fullfile (folder, "named.png"),
%!                     "epochs", "xlabel", "epoch");
%!   for name = {"two.png", "epochs.png"}
%!     assert ([imfinfo(fullfile (folder, name{1})).Width, imfinfo(fullfile (folder, name{1})).Height], [700, 450]);
%!   endfor
%!   assert (fileread (fullfile (folder, "named.png")), fileread (fullfile (folder, "epochs.png")));
%!   assert (numel (dir (folder)), 5);
%! unwind_protect_cleanup
%!   confirm_recursive_rmdir (false, "local");
%!   rmdir (folder, "s");
%! end_unwind_protect
## A matrix where a cell of curves belongs (Python takes a list of numbers as curves of one point).
%!error <^plot_cost_curves: curves must hold at least one curve$> plot_cost_curves ([1, 2], {"gd"}, "x.png", "t")
%!error <Invalid call> plot_cost_curves ({[1, 2]}, {"gd"}, "x.png")
%!error <^Invalid call to plot_cost_curves$> plot_cost_curves ({[1, 2]}, {"gd"}, "x.png", "t", "xlabel", "epoch", "xlabel", "step")

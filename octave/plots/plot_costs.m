## plot_costs (costs, path, title)
## plot_costs (costs, path, title, xlabel)
## plot_costs (costs, path, title, "xlabel", xlabel)
##
## Plot COSTS (at least one number; NaN and Inf allowed, as a diverged run's
## curve is still worth drawing) against the iteration (0, 1, ...; XLABEL
## names it, "iteration" by default, "epoch" for mini-batches) with the text
## TITLE and write it as a 600 x 400 PNG to PATH, atomically (gnuplot, no
## display).

function plot_costs (costs, path, title, varargin)
  if (nargin < 3)
    print_usage ();
  endif
  xlabel = optional_arguments ("plot_costs", {"xlabel"}, {"iteration"}, varargin);
  costs = check_curve ("plot_costs", "costs", costs);
  write_plot (path, [600, 400], @() draw (costs, xlabel, title));
endfunction

function draw (costs, x_text, title_text)
  plot (0:numel (costs) - 1, costs);
  label_axes (x_text, "cost", title_text);
endfunction

%!test
%! folder = tempname ();
%! unwind_protect
%!   plot_costs (exp (-(0:99) / 30), fullfile (folder, "costs.png"), "a_title (test)");
%!   plot_costs ([3, 2, 1.5], fullfile (folder, "epochs.png"), "one curve", "epoch");
%!   plot_costs ([3, 2, 1.5], fullfile (folder, "named.png"), "one curve", "xlabel", "epoch");
%!   for name = {"costs.png", "epochs.png"}
%!     assert ([imfinfo(fullfile (folder, name{1})).Width, imfinfo(fullfile (folder, name{1})).Height], [600, 400]);
%!   endfor
%!   assert (fileread (fullfile (folder, "named.png")), fileread (fullfile (folder, "epochs.png")));
%!   assert (numel (dir (folder)), 5);
%! unwind_protect_cleanup
%!   confirm_recursive_rmdir (false, "local");
%!   rmdir (folder, "s");
%! end_unwind_protect
## A refusal writes nothing, not even the folder of its file (the messages
## are tables/bad_input.json's).
%!test
%! folder = tempname ();
%! try
%!   plot_costs (zeros (1, 0), fullfile (folder, "costs.png"), "t");
%!   error ("plot_costs accepted no costs");
%! catch err
%!   assert (strncmp (err.message, "plot_costs: ", 12));
%! end_try_catch
%! assert (! exist (folder, "dir"));
%!error <Invalid call> plot_costs ([1, 2], "x.png")
%!error <^Invalid call to plot_costs$> plot_costs ([1, 2], "x.png", "title", "epoch", 1)

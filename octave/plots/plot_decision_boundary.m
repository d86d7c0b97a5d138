## plot_decision_boundary (X, Y, parameters, activations, path, title)
##
## The class predict_labels gives over a 200 x 200 grid spanning each
## feature of the 2-D data X (2 x m) from its minimum - 0.5 to its maximum
## + 0.5, in pale class colours, with the examples on top coloured by their
## labels Y (1 x m, classes of the network's output; the class colours of
## the Python plots), and the text TITLE; written as a 600 x 500 PNG to
## PATH, atomically (gnuplot, no display).

function plot_decision_boundary (X, Y, parameters, activations, path, title)
  if (nargin != 6)
    print_usage ();
  endif
  caller = "plot_decision_boundary";
  check_examples (caller, X, Y);
  if (rows (X) != 2)
    error ("%s: X must have 2 rows, the two features drawn, got %d", caller, rows (X));
  endif
  check_layers (caller, X, parameters, activations);
  check_labels (caller, Y, columns (X), output_classes (parameters, activations));
  GRID = 200;
  lo = min (X, [], 2) - 0.5;
  hi = max (X, [], 2) + 0.5;
  x1 = linspace (lo(1), hi(1), GRID);
  x2 = linspace (lo(2), hi(2), GRID);
  [g1, g2] = meshgrid (x1, x2);
  labels = reshape (predict_labels ([g1(:).'; g2(:).'], parameters, activations), size (g1));
  write_plot (path, [600, 500], @() draw (X, Y, x1, x2, labels, [lo(1), hi(1), lo(2), hi(2)], title));
endfunction

function draw (X, Y, x1, x2, labels, limits, title_text)
  n_classes = max (max (Y(:)), max (labels(:))) + 1;
  colours = class_colours (n_classes);
  ## The regions: the class colour at 30 % over white, as Python's alpha 0.3.
  image (x1, x2, ind2rgb (labels + 1, 0.3 * colours + 0.7));
  set (gca (), "ydir", "normal");
  hold on;
  for k = 1:n_classes
    in_class = (Y == k - 1);
    if (any (in_class))
      plot (X(1, in_class), X(2, in_class), "o", "markersize", 4,
            "markerfacecolor", colours(k, :), "markeredgecolor", "k", "linewidth", 0.3);
    endif
  endfor
  hold off;
  axis (limits);
  label_axes ("x1", "x2", title_text);
endfunction

%!test
%! folder = tempname ();
%! unwind_protect
%!   path = fullfile (folder, "boundary.png");
%!   [X, Y] = make_spiral (rng_seed (1), 20, 3, 0.2);
%!   [parameters, ~] = initialize_parameters ([2, 5, 3], rng_seed (2), "default");
%!   plot_decision_boundary (X, Y, parameters, {"relu", "softmax"}, path, "a_title (test)");
%!   assert ([imfinfo(path).Width, imfinfo(path).Height], [600, 500]);
%!   assert (numel (dir (folder)), 3);
%! unwind_protect_cleanup
%!   confirm_recursive_rmdir (false, "local");
%!   rmdir (folder, "s");
%! end_unwind_protect
%!error <Invalid call> plot_decision_boundary ([1; 2], 0, struct (), {"sigmoid"}, "x.png")

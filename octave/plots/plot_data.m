## plot_data (X, Y, path, title)
##
## The raw 2-D data X (2 x m), each example a point in the colour of its
## label Y (1 x m, 0..9; the class colours of the Python plots), with a
## legend and the text TITLE (the book's first figure); written as a
## 600 x 500 PNG to PATH, atomically (gnuplot, no display).

function plot_data (X, Y, path, title)
  if (nargin != 4)
    print_usage ();
  endif
  caller = "plot_data";
  check_examples (caller, X, Y);
  if (rows (X) != 2)
    error ("%s: X must have 2 rows, the two features drawn, got %d", caller, rows (X));
  endif
  check_labels (caller, Y, columns (X), 10);
  write_plot (path, [600, 500], @() draw (X, Y, title));
endfunction

function draw (X, Y, title_text)
  n_classes = max ([Y(:); -1]) + 1;
  colours = class_colours (n_classes);
  names = {};
  hold on;
  for k = 1:n_classes
    in_class = (Y == k - 1);
    plot (X(1, in_class), X(2, in_class), "o", "markersize", 4,
          "markerfacecolor", colours(k, :), "markeredgecolor", "k", "linewidth", 0.3);
    names{end + 1} = sprintf ("class %d", k - 1);
  endfor
  hold off;
  legend (names);
  label_axes ("x1", "x2", title_text);
endfunction

%!test
%! path = fullfile (tempname (), "data.png");
%! plot_data ([0, 1, 2; 1, 0, 2], [0, 2, 1], path, "three classes");
%! fid = fopen (path, "r");
%! assert (fread (fid, 8, "uint8=>uint8").', uint8 ([137, 80, 78, 71, 13, 10, 26, 10]));
%! fclose (fid);
%! assert ({dir(fileparts (path)).name}, {".", "..", "data.png"});
%! confirm_recursive_rmdir (false, "local");
%! rmdir (fileparts (path), "s");
%!error <Invalid call> plot_data ([0; 1], 0, "x.png")

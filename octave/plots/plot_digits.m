## plot_digits (X, Y, Y_hat, path, title)
##
## The first (up to) 16 digits of X (mnist_pixels () x m, pixels in [0, 1],
## the rows of each 28 x 28 image one after another) in a 4 x 4 grid, dark
## on white, each titled "label -> predicted" from Y and Y_hat (both 1 x m),
## red where wrong, under the text TITLE; written as a 600 x 660 PNG to PATH,
## atomically (gnuplot, no display).

function plot_digits (X, Y, Y_hat, path, title)
  if (nargin != 5)
    print_usage ();
  endif
  check_examples ("plot_digits", X, Y);
  ## reshape would refuse a short column only mid-drawing.
  if (rows (X) != mnist_pixels ())
    error ("plot_digits: X must have %d rows (28 x 28 pixels)", mnist_pixels ());
  endif
  if (! (isnumeric (Y_hat) || islogical (Y_hat)) || ! isequal (size (Y_hat), size (Y)))
    error ("plot_digits: Y and Y_hat must have the same shape, got %s and %s", value_text (Y, true), ...
           value_text (Y_hat, true));
  endif
  write_plot (path, [600, 660], @() draw (X, Y, Y_hat, title));
endfunction

function draw (X, Y, Y_hat, title_text)
  ## One image of 4 x 4 cells of 36 x 40 pixels, each a digit under a band
  ## for its title, so that gnuplot lays out a single axes (its subplots
  ## neither keep the digits square nor leave room for a figure title).
  canvas = ones (160, 144);
  red = class_colours (2)(2, :);
  n = min (columns (X), 16);
  for k = 1:n
    top = floor ((k - 1) / 4) * 40;
    left = mod (k - 1, 4) * 36;
    ## Grey levels from white (0) to black (1), as matplotlib's gray_r.
    canvas(top + (11:38), left + (5:32)) = 1 - min (max (reshape (X(:, k), 28, 28).', 0), 1);
  endfor
  image (repmat (canvas, [1, 1, 3]));
  axis ("image", "off");
  for k = 1:n
    colour = "k";
    if (Y(k) != Y_hat(k))
      colour = red;
    endif
    text (mod (k - 1, 4) * 36 + 18.5, floor ((k - 1) / 4) * 40 + 6, sprintf ("%d -> %d", Y(k), Y_hat(k)),
          "color", colour, "horizontalalignment", "center");
  endfor
  set (gca (), "titlefontweight", "normal");
  set (get (gca (), "title"), "string", title_text, "interpreter", "none");
endfunction

## Up to sixteen digits: three here, twenty from the test set.
%!test
%! folder = tempname ();
%! unwind_protect
%!   plot_digits (reshape (linspace (0, 1, 784 * 3), 784, 3), [0, 1, 9], [0, 7, 9], fullfile (folder, "three.png"), "digits");
%!   plot_digits (rand (784, 20), 0:19, 19:-1:0, fullfile (folder, "twenty.png"), "a_title (test)");
%!   for name = {"three.png", "twenty.png"}
%!     assert ([imfinfo(fullfile (folder, name{1})).Width, imfinfo(fullfile (folder, name{1})).Height], [600, 660]);
%!   endfor
%! unwind_protect_cleanup
%!   confirm_recursive_rmdir (false, "local");
%!   rmdir (folder, "s");
%! end_unwind_protect

## A failed plot leaves no file.
%!test
%! folder = tempname ();
%! mkdir (folder);
%! unwind_protect
%!   try
%!     plot_digits (zeros (10, 2), zeros (1, 2), zeros (1, 2), fullfile (folder, "digits.png"), "not 28 x 28");
%!     error ("plot_digits accepted 10 rows");
%!   catch err
%!     assert (err.message, "plot_digits: X must have 784 rows (28 x 28 pixels)");
%!   end_try_catch
%!   assert (numel (dir (folder)), 2);
%! unwind_protect_cleanup
%!   confirm_recursive_rmdir (false, "local");
%!   rmdir (folder, "s");
%! end_unwind_protect
%!error <Invalid call> plot_digits (zeros (784, 1), 0, 0, "x.png")

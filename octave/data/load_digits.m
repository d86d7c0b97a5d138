## [X, Y] = load_digits (path)
##
## MNIST digits, the pixels scaled from 0..255 to [0, 1].  Each column of X
## is one 28 x 28 image, its rows one after another.  A CSV file is read by
## load_dataset with 10 classes (refused without mnist_pixels () feature
## columns); an IDX images file (gzipped or plain, told by its first bytes)
## by load_mnist, with the labels file beside it named as MNIST names it:
## the images file's name with labels-idx1 for images-idx3.

function [X, Y] = load_digits (path)
  if (nargin != 1)
    print_usage ();
  endif
  if (is_idx (path))
    images = "images-idx3(?=[^/]*$)";
    if (isempty (regexp (path, images, "once")))
      error ("load_digits: '%s' is an IDX file whose name must contain images-idx3 (its labels file has labels-idx1 there)",
             path);
    endif
    [X, Y] = load_mnist (path, regexprep (path, images, "labels-idx1", "once"));
    if (rows (X) != mnist_pixels ())
      error ("load_digits: '%s' must hold images of %d pixels, got %d", path, mnist_pixels (), rows (X));
    endif
    return;
  endif
  [X, Y] = load_dataset (path, 10);
  if (rows (X) != mnist_pixels ())
    error ("load_digits: '%s' must have %d pixel columns, got %d", path, mnist_pixels (), rows (X));
  endif
  X = X / 255;
endfunction

%!function p = data_file (name)
%!  p = fullfile (fileparts (fileparts (fileparts (which ("load_digits")))), "data", name);
%!endfunction

%!test
%! [X, Y] = load_digits (data_file ("mnist_test.csv"));
%! assert ({size(X), size(Y)}, {[784, 1000], [1, 1000]});
%! assert ([min(X(:)), max(X(:))], [0, 1]);
%! raw = load_dataset (data_file ("mnist_test.csv"), 10);
%! assert (isequal (X, raw / 255));

%!test
%! ## The first 5 test digits written as MNIST's IDX files (labels beside the
%! ## images, gzipped) read back as the CSV does.
%! [X_csv, Y_csv] = load_digits (data_file ("mnist_test.csv"));
%! folder = tempname ();
%! mkdir (folder);
%! unwind_protect
%!   images = fullfile (folder, "t10k-images-idx3-ubyte");
%!   fid = fopen (images, "w");
%!   fwrite (fid, [0 0 8 3, 0 0 0 5, 0 0 0 28, 0 0 0 28, round(X_csv(:, 1:5)(:)' * 255)], "uint8");
%!   fclose (fid);
%!   labels = fullfile (folder, "t10k-labels-idx1-ubyte");
%!   fid = fopen (labels, "w");
%!   fwrite (fid, [0 0 8 1, 0 0 0 5, Y_csv(1:5)], "uint8");
%!   fclose (fid);
%!   gzip (labels);
%!   delete (labels);
%!   movefile ([labels ".gz"], labels);
%!   [X, Y] = load_digits (images);
%!   assert (isequal (X, X_csv(:, 1:5)) && isequal (Y, Y_csv(1:5)));
%! unwind_protect_cleanup
%!   confirm_recursive_rmdir (false, "local");
%!   rmdir (folder, "s");
%! end_unwind_protect

%!error <Invalid call> load_digits ()

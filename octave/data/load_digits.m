## [X, Y] = load_digits (path)
##
## MNIST digits: load_dataset with 10 classes, the pixels scaled from 0..255
## to [0, 1].  Each column of X is one 28 x 28 image, its rows one after
## another; refuses a file without mnist_pixels () feature columns.

function [X, Y] = load_digits (path)
  if (nargin != 1)
    print_usage ();
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

%!error <Invalid call> load_digits ()

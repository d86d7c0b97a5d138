## [X, Y, classes] = read_examples (path, label_column, classes, features)
## [X, Y, classes] = read_examples (path, "label_column", NAME, "classes", CLASSES, "features", N)
##
## The examples of a chapter that reads MNIST by default (chapters 5 and 7)
## from any data file: an IDX images file (told by its first bytes) by
## load_digits, its classes the ten digits; a CSV file by read_dataset
## (labels in column LABEL_COLUMN, default "label", CLASSES as there), its
## values divided by 255 when it has mnist_pixels () features (an MNIST CSV,
## as load_digits scales it).  FEATURES, given (a test file read after its
## training file), is the number of features the file must have.

function [X, Y, classes] = read_examples (path, varargin)
  if (nargin < 1)
    print_usage ();
  endif
  [label_column, classes, features] = optional_arguments ("read_examples", {"label_column", "classes", "features"},
                                                          {"label", [], []}, varargin);
  if (! (isnumeric (features) && isempty (features)))
    check_positive ("read_examples", "features", features, true);
  endif
  digits = arrayfun (@(d) sprintf ("%d", d), 0:9, "UniformOutput", false);
  if (is_idx (path))
    [X, Y] = load_digits (path);
    if (! (isnumeric (classes) && isempty (classes)) && ! isequal (classes, digits))
      error ("read_examples: '%s' holds the digits %s, which must be the classes %s", path, value_text (digits),
             value_text (classes));
    endif
    classes = digits;
  else
    [X, Y, classes] = read_dataset (path, label_column, classes);
    if (rows (X) == mnist_pixels ())
      X = X / 255;
    endif
  endif
  if (! isempty (features) && rows (X) != features)
    error ("read_examples: '%s' must have %d features, as the training data, got %d", path, features, rows (X));
  endif
endfunction

%!function p = data_file (name)
%!  p = fullfile (fileparts (fileparts (fileparts (which ("read_examples")))), "data", name);
%!endfunction

## An MNIST CSV reads as load_digits reads it.
%!test
%! [X, Y, classes] = read_examples (data_file ("mnist_test.csv"));
%! [X_digits, Y_digits] = load_digits (data_file ("mnist_test.csv"));
%! assert (isequal (X, X_digits) && isequal (Y, Y_digits));
%! assert (classes, arrayfun (@(d) sprintf ("%d", d), 0:9, "UniformOutput", false));

## Any other CSV as read_dataset reads it, unscaled; a test file must match its training file.
%!test
%! folder = tempname ();
%! mkdir (folder);
%! unwind_protect
%!   path = fullfile (folder, "d.csv");
%!   fid = fopen (path, "w");
%!   fputs (fid, "a,b,kind\n300,2,dog\n4,5,cat\n");
%!   fclose (fid);
%!   evalc ("[X, Y, classes] = read_examples (path, 'kind');");
%!   assert ({X, Y, classes}, {[300, 4; 2, 5], [1, 0], {"cat", "dog"}});
%!   [X, Y, classes] = read_examples (path, "kind", {"dog", "cat"}, 2);
%!   assert ({Y, classes}, {[0, 1], {"dog", "cat"}});
%!   fail ("read_examples (path, 'kind', {'cat', 'dog'}, 3)", sprintf ("read_examples: '%s' must have 3 features, as the training data, got 2", path));
%! unwind_protect_cleanup
%!   confirm_recursive_rmdir (false, "local");
%!   rmdir (folder, "s");
%! end_unwind_protect
%!error <read_examples: features must be a positive integer, got 0.5> read_examples ("x.csv", "label", [], 0.5)

## [X, Y] = load_dataset (path, n_classes)
##
## Read a data file in the dialect of data/README.md whose column 'label'
## holds integer labels 0..N_CLASSES-1, as they are.  Returns X (features x
## examples) and Y (1 x examples).  Refuses the first thing out of place with
## the same message, in the same order, as Python.

function [X, Y] = load_dataset (path, n_classes)
  if (nargin != 2)
    print_usage ();
  endif
  [X, labels] = read_csv_table ("load_dataset", path, "label");
  Y = finite_numbers ("load_dataset", path, labels, {"label"});
  row = find (Y != floor (Y) | Y < 0 | Y > n_classes - 1, 1);
  if (! isempty (row))
    refuse ("load_dataset", path, sprintf ("line %d label must be an integer in 0..%d, got %s", ...
                                           row + 1, n_classes - 1, value_text (Y(row))));
  endif
endfunction

%!function p = data_file (name)
%!  p = fullfile (fileparts (fileparts (fileparts (which ("load_dataset")))), "data", name);
%!endfunction

## Test files go to one folder per Octave process; the last test removes it.
%!function p = bad_file (name, text)
%!  folder = fullfile (tempdir (), sprintf ("dlfp-load-dataset-%d", getpid ()));
%!  if (! isfolder (folder))
%!    mkdir (folder);
%!  endif
%!  p = fullfile (folder, [name ".csv"]);
%!  fid = fopen (p, "w");
%!  fputs (fid, text);
%!  fclose (fid);
%!endfunction

%!test
%! [X, Y] = load_dataset (data_file ("cancer.csv"), 2);
%! assert (size (X), [30, 569]);
%! assert (size (Y), [1, 569]);
%! assert (sum (Y == 1), 357);
%! ## Python's float.hex of the first example's first and last features.
%! assert (num2hex (X([1, 30], 1)), ["4031fd70a3d70a3d"; "3fbe703afb7e9100"]);

%!test
%! [X, Y] = load_dataset (data_file ("mnist_test.csv"), 10);
%! assert (size (X), [784, 1000]);
%! assert (unique (Y), 0:9);
%! assert ([min(X(:)), max(X(:))], [0, 255]);

%!test
%! [X, Y] = load_dataset (bad_file ("crlf", "x1,label\r\n1.5,1\r\n"), 2);
%! assert ({X, Y}, {1.5, 1});
%! [X, Y] = load_dataset (bad_file ("cr", "x1,x2,label\r-.5,2.,0\r+1e-3,0,1"), 2);
%! assert ({X, Y}, {[-0.5, 1e-3; 2, 0], [0, 1]});

## A folder, which tables/bad_input.json (the refusals) cannot name.
%!error <^load_dataset: cannot read '[^']*': no such file$> load_dataset (tempdir (), 2)
%!error <Invalid call> load_dataset ("x.csv")

%!test
%! confirm_recursive_rmdir (false, "local");
%! rmdir (fileparts (bad_file ("last", "")), "s");

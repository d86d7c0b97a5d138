## [X, Y] = load_dataset (path, n_classes)
##
## Read a data file: a CSV with a header line whose last field is "label",
## then one example per line, the features and an integer label
## 0..N_CLASSES-1.  Returns X (features x examples) and Y (1 x examples).
## Refuses a missing or empty file, a bad header, no data rows, ragged rows,
## a field that is not a finite number and a bad label, naming the line and
## field, with the same checks in the same order as Python.

function [X, Y] = load_dataset (path, n_classes)
  if (nargin != 2)
    print_usage ();
  endif
  if (! ischar (path) || ! isfile (path))
    error ("load_dataset: cannot read '%s': no such file", path);
  endif
  lines = read_lines (path);
  if (isempty (lines))
    refuse (path, "is empty");
  endif
  header = split_fields (lines{1}, ",");
  if (numel (header) < 2 || ! strcmp (header{end}, "label"))
    refuse (path, "line 1 must be a header whose last field is 'label'");
  endif
  if (numel (lines) == 1)
    refuse (path, "has no data rows");
  endif
  n_fields = numel (header);
  data = lines(2:end);
  check_lines (path, data, n_fields);
  ## One parse of the whole body; column j holds line j + 1.
  values = sscanf (strjoin (data, ","), "%f,");
  values = reshape (values, n_fields, numel (data));
  bad = find (! isfinite (values), 1);
  if (! isempty (bad))
    [field, row] = ind2sub (size (values), bad);
    fields = split_fields (data{row}, ",");
    refuse (path, sprintf ("line %d field %d is not a finite number: '%s'", ...
                           row + 1, field, fields{field}));
  endif
  labels = values(end, :);
  row = find (labels != floor (labels) | labels < 0 | labels > n_classes - 1, 1);
  if (! isempty (row))
    refuse (path, sprintf ("line %d label must be an integer in 0..%d, got %s", ...
                           row + 1, n_classes - 1, value_text (labels(row))));
  endif
  X = values(1:end-1, :);
  Y = labels;
endfunction

function lines = read_lines (path)
  ## Python reads text with universal newlines: \r\n and \r become \n.
  text = strrep (strrep (fileread (path), "\r\n", "\n"), "\r", "\n");
  lines = split_fields (text, "\n");
  if (isempty (lines{end}))
    lines(end) = [];
  endif
endfunction

function check_lines (path, data, n_fields)
  ## Whole lines against the number pattern, then the first bad field.
  number = number_pattern ();
  matched = ! cellfun ("isempty", regexp (data, ['^' number '(?:,' number ')*$'], "once"));
  commas = cellfun ("length", strfind (data, ","));
  bad = find (! matched | commas != n_fields - 1, 1);
  if (isempty (bad))
    return;
  endif
  fields = split_fields (data{bad}, ",");
  if (numel (fields) != n_fields)
    refuse (path, sprintf ("line %d has %d fields, expected %d", ...
                           bad + 1, numel (fields), n_fields));
  endif
  field = find (cellfun ("isempty", regexp (fields, ['^' number '$'], "once")), 1);
  refuse (path, sprintf ("line %d field %d is not a finite number: '%s'", ...
                         bad + 1, field, fields{field}));
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

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
    fields = split_fields (data{row}, ",");
    refuse (path, sprintf ("line %d label must be an integer in 0..%d, got %s", ...
                           row + 1, n_classes - 1, fields{end}));
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

## Bad files go to one folder per Octave process; the last test removes it.
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

%!function message = error_of (f)
%!  message = "";
%!  try
%!    f ();
%!  catch err
%!    message = err.message;
%!  end_try_catch
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

%!test
%! p = bad_file ("text", "x1,label\nabc,0\n");
%! assert (error_of (@() load_dataset (p, 2)),
%!         sprintf ("load_dataset: '%s' line 2 field 1 is not a finite number: 'abc'", p));

%!error <^load_dataset: '[^']*/empty\.csv' is empty$> load_dataset (bad_file ("empty", ""), 2)
%!error <^load_dataset: '[^']*' line 1 must be a header whose last field is 'label'$> load_dataset (bad_file ("no_header", "x1,x2\n1,0\n"), 2)
%!error <^load_dataset: '[^']*' line 1 must be a header whose last field is 'label'$> load_dataset (bad_file ("blank", "\n"), 2)
%!error <^load_dataset: '[^']*' has no data rows$> load_dataset (bad_file ("no_rows", "x1,label\n"), 2)
%!error <^load_dataset: '[^']*' line 3 has 1 fields, expected 2$> load_dataset (bad_file ("short", "x1,label\n1,0\n2\n"), 2)
%!error <^load_dataset: '[^']*' line 2 has 3 fields, expected 2$> load_dataset (bad_file ("long", "x1,label\n1,0,3\n"), 2)
%!error <^load_dataset: '[^']*' line 2 has 3 fields, expected 2$> load_dataset (bad_file ("commas", "x1,label\n1,,\n"), 2)
%!error <^load_dataset: '[^']*' line 3 has 1 fields, expected 2$> load_dataset (bad_file ("empty_line", "x1,label\n1,0\n\n1,1\n"), 2)
%!error <^load_dataset: '[^']*' line 3 field 2 is not a finite number: 'x'$> load_dataset (bad_file ("bad", "a,b,label\n1,2,0\n3,x,1\n"), 2)
%!error <^load_dataset: '[^']*' line 2 field 1 is not a finite number: 'NaN'$> load_dataset (bad_file ("nan", "x1,label\nNaN,0\n"), 2)
%!error <^load_dataset: '[^']*' line 2 field 2 is not a finite number: 'Inf'$> load_dataset (bad_file ("inf", "x1,label\n1,Inf\n"), 2)
%!error <^load_dataset: '[^']*' line 2 field 1 is not a finite number: ' 1'$> load_dataset (bad_file ("space", "x1,label\n 1,0\n"), 2)
%!error <^load_dataset: '[^']*' line 3 field 2 is not a finite number: '-1e999'$> load_dataset (bad_file ("overflow", "x1,x2,label\n1,2,0\n1,-1e999,1\n"), 2)
%!error <^load_dataset: '[^']*' line 2 label must be an integer in 0\.\.1, got 2$> load_dataset (bad_file ("big", "x1,label\n1,2\n"), 2)
%!error <^load_dataset: '[^']*' line 2 label must be an integer in 0\.\.1, got 0\.5$> load_dataset (bad_file ("fraction", "x1,label\n1,0.5\n"), 2)
%!error <^load_dataset: '[^']*' line 3 label must be an integer in 0\.\.1, got -1$> load_dataset (bad_file ("negative", "x1,label\n1,0\n1,-1\n"), 2)
%!error <^load_dataset: cannot read '[^']*/nope\.csv': no such file$> load_dataset (fullfile (tempdir (), "dlfp-no-such-folder", "nope.csv"), 2)
%!error <^load_dataset: cannot read '[^']*': no such file$> load_dataset (tempdir (), 2)
%!error <Invalid call> load_dataset ("x.csv")

%!test
%! confirm_recursive_rmdir (false, "local");
%! rmdir (fileparts (bad_file ("last", "")), "s");

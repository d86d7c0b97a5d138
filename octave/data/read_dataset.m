## [X, Y, classes] = read_dataset (path, label_column, classes)
## [X, Y, classes] = read_dataset (path, "label_column", NAME, "classes", CLASSES)
##
## Read a reader's own CSV file (the dialect of data/README.md): the column
## named LABEL_COLUMN (default "label") holds the labels, numbers or text,
## every other column a feature.  The labels become 0..K-1 in sorted order
## (numbers by value, text character by character); CLASSES, given (a cell
## row of names), fixes the classes instead, as for a test set read with its
## training set's classes.  Returns X (features x examples), Y (1 x
## examples) and CLASSES, a cell row of the K class names, the k-th that of
## class k - 1 (a number as value_text writes it).  Prints the mapping when a
## class's name is not its number.

function [X, Y, classes] = read_dataset (path, varargin)
  if (nargin < 1)
    print_usage ();
  endif
  [label_column, classes] = optional_arguments ("read_dataset", {"label_column", "classes"}, {"label", []}, varargin);
  if (! ischar (label_column) || rows (label_column) != 1)
    error ("read_dataset: label_column must be a column name, got %s", value_text (label_column));
  endif
  made_here = isnumeric (classes) && isempty (classes);
  if (! made_here && ! (iscellstr (classes) && ! isempty (classes) && numel (unique (classes)) == numel (classes)))
    error ("read_dataset: classes must be a list of distinct names, got %s", value_text (classes));
  endif
  [X, labels] = read_csv_table ("read_dataset", path, label_column);
  numbers = all (! cellfun ("isempty", regexp (labels, ['^' number_pattern() '$'], "once")));
  if (numbers)
    ## A number's name is value_text's: 1.0 and 1 are one class.
    values = sscanf (strjoin (labels, ","), "%f,")';
    names = arrayfun (@value_text, values, "UniformOutput", false);
  else
    names = labels;
  endif
  if (made_here)
    ## Numbers sort by value (10 after 9), text character by character.
    if (numbers)
      classes = arrayfun (@value_text, unique (values), "UniformOutput", false);
    else
      classes = unique (names);
    endif
  endif
  classes = classes(:)';
  [found, index] = ismember (names, classes);
  row = find (! found, 1);
  if (! isempty (row))
    error ("read_dataset: '%s' line %d label must be one of %s, got '%s'", path, row + 1,
           value_text (classes), names{row});
  endif
  if (made_here && ! isequal (classes, arrayfun (@value_text, 0:numel (classes) - 1, "UniformOutput", false)))
    pairs = strjoin (cellfun (@(name, k) sprintf ("%d = '%s'", k, name), classes,
                              num2cell (0:numel (classes) - 1), "UniformOutput", false), ", ");
    printf ("read_dataset: classes of '%s': %s\n", label_column, pairs);
  endif
  Y = index - 1;
endfunction

## Every case of tables/csv_dialect.json.
%!test
%! repo = fileparts (fileparts (fileparts (which ("read_dataset"))));
%! cases = jsondecode (fileread (fullfile (repo, "tables", "csv_dialect.json")), "makeValidName", false).cases;
%! folder = tempname ();
%! mkdir (folder);
%! path = fullfile (folder, "data.csv");
%! for k = 1:numel (cases)
%!   c = cases(k);
%!   if (iscell (cases))
%!     c = cases{k};
%!   endif
%!   fid = fopen (path, "w");
%!   fwrite (fid, c.text);
%!   fclose (fid);
%!   args = {};
%!   if (isfield (c, "label_column"))
%!     args = [args, {"label_column", c.label_column}];
%!   endif
%!   if (isfield (c, "given_classes"))
%!     args = [args, {"classes", c.given_classes(:)'}];
%!   endif
%!   printed = evalc ("[X, Y, classes] = read_dataset (path, args{:});");
%!   printed = strrep (printed, path, "FILE");
%!   expected_prints = cell (1, 0);
%!   if (! isempty (c.prints))
%!     expected_prints = c.prints(:)';
%!   endif
%!   lines = strsplit (printed, "\n");
%!   assert (isequal (lines(1:end-1), expected_prints), "%s: printed %s", c.id, printed);
%!   assert (isequal (X, double (c.X)), "%s: X", c.id);
%!   assert (isequal (Y, double (c.Y(:)')), "%s: Y", c.id);
%!   assert (isequal (classes, c.classes(:)'), "%s: classes", c.id);
%! endfor
%! confirm_recursive_rmdir (false, "local");
%! rmdir (folder, "s");

%!error <Invalid call> read_dataset ()

## [X, Y, classes] = read_dataset (path, label_column, classes, require_labels)
## [X, Y, classes] = read_dataset (path, "label_column", NAME, "classes", CLASSES, "require_labels", TF)
##
## Read a reader's own CSV file (the dialect of data/README.md): the column
## named LABEL_COLUMN (default "label") holds the labels, numbers or text,
## every other column a feature.  The labels become 0..K-1 in sorted order
## (numbers by value, text character by character); CLASSES, given (a cell
## row of names), fixes the classes instead, as for a test set read with its
## training set's classes.  Returns X (features x examples), Y (1 x
## examples) and CLASSES, a cell row of the K class names, the k-th that of
## class k - 1 (a number as value_text writes it).  Prints the mapping when a
## class's name is not its number.  A file without a column LABEL_COLUMN is
## refused, unless REQUIRE_LABELS (default true) is false (new examples to
## predict): then every named column is a feature, Y is [] (Python: None, R:
## NULL) and CLASSES are those given ([] if none were).

function [X, Y, classes] = read_dataset (path, varargin)
  if (nargin < 1)
    print_usage ();
  endif
  [label_column, classes, require_labels] = optional_arguments ("read_dataset", {"label_column", "classes", "require_labels"},
                                                                {"label", [], true}, varargin);
  if (! ischar (label_column) || rows (label_column) != 1)
    error ("read_dataset: label_column must be a column name, got %s", value_text (label_column));
  endif
  made_here = isnumeric (classes) && isempty (classes);
  if (! made_here && ! (iscellstr (classes) && ! isempty (classes) && numel (unique (classes)) == numel (classes)))
    error ("read_dataset: classes must be a list of distinct names, got %s", value_text (classes));
  endif
  if (! (islogical (require_labels) && isscalar (require_labels)))
    error ("read_dataset: require_labels must be true or false, got %s", value_text (require_labels));
  endif
  [X, labels] = read_csv_table ("read_dataset", path, label_column, require_labels);
  if (isnumeric (labels))
    Y = [];
    if (! made_here)
      classes = classes(:)';
    endif
    return;
  endif
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

## New examples to predict: every named column is a feature, Y is [] and the
## classes are those given; a file with labels reads as without the option,
## and without it a missing label column is still refused.
%!test
%! folder = tempname ();
%! mkdir (folder);
%! unwind_protect
%!   unlabelled = fullfile (folder, "new.csv");
%!   labelled = fullfile (folder, "old.csv");
%!   fid = fopen (unlabelled, "w");
%!   fputs (fid, "\"\",\"a\",\"b\"\n\"7\",3,-2.5\n\"8\",5,7\n");
%!   fclose (fid);
%!   fid = fopen (labelled, "w");
%!   fputs (fid, "\"\",\"a\",\"label\",\"b\"\n\"7\",3,\"no\",-2.5\n\"8\",5,\"yes\",7\n");
%!   fclose (fid);
%!   printed = evalc ("[X, Y, classes] = read_dataset (unlabelled, \"label\", {\"no\", \"yes\"}, false);");
%!   assert (printed, sprintf ("read_dataset: '%s' column 1 has no name: read as row names and left out\n", unlabelled));
%!   assert (X, [3, 5; -2.5, 7]);
%!   assert (Y, []);
%!   assert (classes, {"no", "yes"});
%!   evalc ("[X, Y, classes] = read_dataset (unlabelled, \"require_labels\", false);");
%!   assert ({Y, classes}, {[], []});
%!   evalc ("[X_labelled, Y, classes] = read_dataset (labelled, \"require_labels\", false);");
%!   assert ({X_labelled, Y, classes}, {X, [0, 1], {"no", "yes"}});
%!   fail ("read_dataset (unlabelled)", "line 1 has no column 'label'$");
%! unwind_protect_cleanup
%!   confirm_recursive_rmdir (false, "local");
%!   rmdir (folder, "s");
%! end_unwind_protect

## [X, Y] = load_model_data (path, model)
## [X, Y] = load_model_data (path, model, label_column)
##
## The data file PATH as the network of MODEL (load_model's) takes it: X and
## Y, its labels, or [] when the file has no column LABEL_COLUMN (default
## "label"; new examples to predict; Python: None, R: NULL).  A CSV file is
## read by read_dataset, the labels in column LABEL_COLUMN as the model's
## class names, or as the network's class numbers 0..K-1 when it has none;
## an IDX file of MNIST digits by load_digits, with its labels file.  X is
## scaled as the model says (pixels: 0..255 to [0, 1]; unit_norm:
## scale_to_unit_norm), then standardized with the model's stats when it has
## them (standardize_apply).

function [X, Y] = load_model_data (path, model, varargin)
  if (nargin < 2)
    print_usage ();
  endif
  label_column = optional_arguments ("load_model_data", {"label_column"}, {"label"}, varargin);
  parameters = model.parameters;
  if (strcmp (model.scaling, "pixels") && is_idx (path))
    [X, Y] = load_digits (path);
  else
    classes = model.classes;
    if (isempty (classes))
      classes = arrayfun (@value_text, 0:output_classes (parameters, model.activations) - 1, "UniformOutput", false);
    endif
    [X, Y] = read_dataset (path, label_column, classes, false);
    if (strcmp (model.scaling, "pixels"))
      X = X / 255;
    elseif (strcmp (model.scaling, "unit_norm"))
      X = scale_to_unit_norm (X);
    endif
  endif
  n_inputs = columns (parameters.W1);
  if (rows (X) != n_inputs)
    error ("load_model_data: '%s' has %d features, the model's network takes %d", path, rows (X), n_inputs);
  endif
  if (! isempty (model.stats))
    X = standardize_apply (X, model.stats);
  endif
endfunction

%!test
%! ## Chapter 1's unit-length scaling and MNIST's pixels.
%! repo = fileparts (fileparts (fileparts (which ("load_model_data"))));
%! path = [tempname() ".json"];
%! unwind_protect
%!   save_model (path, struct ("W1", ones (1, 30), "b1", 0), {"sigmoid"}, "scaling", "unit_norm");
%!   [X, Y] = load_model_data (fullfile (repo, "data", "cancer.csv"), load_model (path));
%!   assert (sqrt (sum (X .^ 2)), ones (1, 569), 1e-15);
%!   save_model (path, struct ("W1", ones (10, 784), "b1", zeros (10, 1)), {"softmax"}, "scaling", "pixels");
%!   [X, Y] = load_model_data (fullfile (repo, "data", "mnist_test.csv"), load_model (path));
%!   assert ([size(X), max(X(:))], [784, 1000, 1]);
%! unwind_protect_cleanup
%!   delete (path);
%! end_unwind_protect

## The model's class names order the labels (here not the sorted order),
## and its stats standardize X (a feature with sd 0 only centred).
%!test
%! data = [tempname() ".csv"];
%! path = [tempname() ".json"];
%! unwind_protect
%!   fid = fopen (data, "w");
%!   fputs (fid, "a,b,label\n3,2,no\n5,7,yes\n");
%!   fclose (fid);
%!   stats = struct ("mean", [1; 2], "sd", [2; 0]);
%!   save_model (path, struct ("W1", ones (1, 2), "b1", 0), {"sigmoid"}, "stats", stats, "classes", {"yes", "no"});
%!   [X, Y] = load_model_data (data, load_model (path));
%!   assert (X, [1, 2; 0, 5]);
%!   assert (Y, [1, 0]);
%! unwind_protect_cleanup
%!   delete (data);
%!   delete (path);
%! end_unwind_protect

%!error <Invalid call> load_model_data ("x.csv")

## A reader's file whose labels are in a column of its own name (the
## --label-column of training).
%!test
%! folder = tempname ();
%! mkdir (folder);
%! unwind_protect
%!   data = fullfile (folder, "d.csv");
%!   fid = fopen (data, "w");
%!   fputs (fid, "kind,a,b\nyes,3,2\nno,5,7\n");
%!   fclose (fid);
%!   path = fullfile (folder, "m.json");
%!   save_model (path, struct ("W1", ones (1, 2), "b1", 0), {"sigmoid"}, "classes", {"no", "yes"});
%!   [X, Y] = load_model_data (data, load_model (path), "kind");
%!   assert (X, [3, 5; 2, 7]);
%!   assert (Y, [1, 0]);
%!   ## Without the column's name the labels read as a feature, which the
%!   ## refusal says.
%!   fail ("load_model_data (data, load_model (path))", "got 'yes' \\(the file has no label column 'label'\\)$");
%! unwind_protect_cleanup
%!   confirm_recursive_rmdir (false, "local");
%!   rmdir (folder, "s");
%! end_unwind_protect

## A file without the label column gives X as the model takes it and Y []:
## a model with class names and stats, one without class names, and one of
## MNIST's pixels (the digits of data/ without their label column read as
## the labelled file's pixels).
%!test
%! repo = fileparts (fileparts (fileparts (which ("load_model_data"))));
%! folder = tempname ();
%! mkdir (folder);
%! unwind_protect
%!   data = fullfile (folder, "new.csv");
%!   fid = fopen (data, "w");
%!   fputs (fid, "a,b\n3,2\n5,7\n");
%!   fclose (fid);
%!   path = fullfile (folder, "m.json");
%!   stats = struct ("mean", [1; 2], "sd", [2; 0]);
%!   save_model (path, struct ("W1", ones (1, 2), "b1", 0), {"sigmoid"}, "stats", stats, "classes", {"yes", "no"});
%!   [X, Y] = load_model_data (data, load_model (path));
%!   assert (X, [1, 2; 0, 5]);
%!   assert (Y, []);
%!   save_model (path, struct ("W1", ones (3, 2), "b1", zeros (3, 1)), {"softmax"});
%!   [X, Y] = load_model_data (data, load_model (path));
%!   assert (X, [3, 5; 2, 7]);
%!   assert (Y, []);
%!   lines = strsplit (fileread (fullfile (repo, "data", "mnist_test.csv")), "\n")(1:4);
%!   fid = fopen (data, "w");
%!   fputs (fid, strjoin (regexprep (lines, ',[^,]*$', ""), "\n"));
%!   fclose (fid);
%!   save_model (path, struct ("W1", ones (10, 784), "b1", zeros (10, 1)), {"softmax"}, "scaling", "pixels");
%!   [X, Y] = load_model_data (data, load_model (path));
%!   assert (Y, []);
%!   labelled = load_model_data (fullfile (repo, "data", "mnist_test.csv"), load_model (path));
%!   assert (X, labelled(:, 1:3));
%! unwind_protect_cleanup
%!   confirm_recursive_rmdir (false, "local");
%!   rmdir (folder, "s");
%! end_unwind_protect

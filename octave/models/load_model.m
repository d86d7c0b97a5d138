## model = load_model (path)
##
## Read a model file written by save_model (in any language): a struct with
## parameters, activations (a cell of names), stats (a struct of matrices,
## or []), classes (a cell of names, or []) and scaling.  Refuses a file that
## is not such a model, or whose network does not fit together.  jsondecode
## reads the file's structure, but rounds some 17-digit numbers to a
## neighbouring double: the matrices' values are read again with sscanf,
## which rounds correctly, as Python's json and R's jsonlite do.

function model = load_model (path)
  if (nargin != 1)
    print_usage ();
  endif
  if (! ischar (path) || ! isfile (path))
    error ("load_model: cannot read '%s': no such file", path);
  endif
  text = fileread (path);
  try
    file = jsondecode (text, "makeValidName", false);
  catch
    file = [];
  end_try_catch
  if (! (isstruct (file) && isscalar (file)))
    refuse (path, "is not a JSON object");
  endif
  if (! (isfield (file, "format") && ischar (file.format) && strcmp (file.format, "dlfp model")))
    refuse (path, "is not a dlfp model: its format must be 'dlfp model'");
  endif
  if (! (isfield (file, "version") && isnumeric (file.version) && isequal (file.version, 1)))
    version = [];
    if (isfield (file, "version"))
      version = file.version;
    endif
    refuse (path, sprintf ("has model version %s, expected 1", value_text (version)));
  endif
  for field = {"activations", "scaling", "classes", "stats", "parameters"}
    if (! isfield (file, field{1}))
      refuse (path, ["has no field " field{1}]);
    endif
  endfor
  activations = file.activations;
  if (! (iscellstr (activations) && ! isempty (activations)))
    refuse (path, "activations must be a list of names");
  endif
  if (! (isstruct (file.parameters) && isscalar (file.parameters)))
    refuse (path, "parameters must be a structure of matrices");
  endif
  ## Every "values" list of the text, in the order of the document, which is
  ## the order of jsondecode's fields.
  lists = regexp (text, '"values"\s*:\s*\[([^\]]*)\]', "tokens");
  used = 0;
  stats = file.stats;
  parameters = struct ();
  for name = fieldnames (file).'
    switch (name{1})
      case "parameters"
        for [value, field] = file.parameters
          [parameters.(field), used] = read_matrix (path, field, value, lists, used);
        endfor
      case "stats"
        if (! isempty (stats))
          if (! (isstruct (stats) && isscalar (stats)))
            refuse (path, "stats must be a structure of matrices or null");
          endif
          for [value, field] = file.stats
            [stats.(field), used] = read_matrix (path, ["stats " field], value, lists, used);
          endfor
        endif
    endswitch
  endfor
  if (used != numel (lists))
    refuse (path, "is not a JSON object");
  endif
  classes = file.classes;
  if (iscellstr (classes))
    classes = classes(:).';
  endif
  activations = activations(:).';
  check_model (sprintf ("load_model: '%s'", path), parameters, activations, stats, classes, file.scaling);
  model = struct ("parameters", parameters, "activations", {activations}, "stats", stats,
                  "classes", {classes}, "scaling", file.scaling);
endfunction

function [M, used] = read_matrix (path, name, value, lists, used)
  ## A matrix object: {"rows": r, "columns": c, "values": r c numbers, column by column}.
  count = @(x) isnumeric (x) && isscalar (x) && x >= 0 && x == fix (x);
  ok = isstruct (value) && isscalar (value) && isequal (sort (fieldnames (value)), {"columns"; "rows"; "values"}) ...
       && count (value.rows) && count (value.columns) && isnumeric (value.values) ...
       && numel (value.values) == value.rows * value.columns && used < numel (lists);
  if (ok)
    used += 1;
    values = sscanf (lists{used}{1}, "%f,");
    ok = numel (values) == value.rows * value.columns;
  endif
  if (! ok)
    refuse (path, sprintf ("%s must be a matrix: rows, columns and rows x columns numbers", name));
  endif
  M = reshape (values, value.rows, value.columns);
endfunction

function refuse (path, problem)
  error ("load_model: '%s' %s", path, problem);
endfunction

%!test
%! ## A model written by another JSON writer (jsonencode, its keys in another
%! ## order, [] for null), with numbers that it writes exactly (it wrote 1e-300
%! ## as 0, and rounds to 15 significant digits: save_model writes its own 17).
%! P = struct ("W1", [0.1, -2, 0.25, 1024], "b1", 7);
%! matrix = @(M) struct ("values", {num2cell(M(:))}, "columns", columns (M), "rows", rows (M));
%! file = struct ("parameters", struct ("W1", matrix (P.W1), "b1", matrix (P.b1)), "stats", [], "classes", [],
%!                "scaling", "none", "activations", {{"sigmoid"}}, "version", 1, "format", "dlfp model");
%! path = [tempname() ".json"];
%! unwind_protect
%!   fid = fopen (path, "w");
%!   fputs (fid, jsonencode (file));
%!   fclose (fid);
%!   model = load_model (path);
%!   assert (num2hex ([model.parameters.W1, model.parameters.b1]), num2hex ([P.W1, P.b1]));
%! unwind_protect_cleanup
%!   delete (path);
%! end_unwind_protect

%!error <Invalid call> load_model ()

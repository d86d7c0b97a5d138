## save_model (path, parameters, activations, stats, classes, scaling)
##
## Write a trained network to the model file PATH, atomically: one portable
## JSON file that Python's json, R's jsonlite and Octave's jsondecode read
## (load_model), so that a network trained in one language predicts in
## another with the same bits.  PARAMETERS holds W1, b1, ..., WL, bL,
## ACTIVATIONS one name per layer; optional: STATS, standardisation
## statistics (a struct of matrices, or [] for none), CLASSES, the class
## names (a cell of one name per output class, or [] for none), and SCALING,
## how the data file's numbers became the network's input: "none" (the
## default), "pixels" (0..255 to [0, 1]) or "unit_norm" (scale_to_unit_norm).
##
## The file holds, in this order: format ("dlfp model"), version (1),
## activations, scaling, classes, stats and parameters.  A matrix is
## {"rows": r, "columns": c, "values": [...]}, its values column by column,
## each written with 17 significant digits ("%.16e"), which read back as
## the same double.

function save_model (path, parameters, activations, varargin)
  if (nargin < 3)
    print_usage ();
  endif
  [stats, classes, scaling] = optional_arguments ("save_model", {"stats", "classes", "scaling"}, {[], [], "none"},
                                                  varargin);
  check_model ("save_model", parameters, activations, stats, classes, scaling);
  L = numel (activations);
  names = cell (1, 2 * L);
  names(1:2:end) = arrayfun (@(l) sprintf ("W%d", l), 1:L, "UniformOutput", false);
  names(2:2:end) = arrayfun (@(l) sprintf ("b%d", l), 1:L, "UniformOutput", false);
  lines = {sprintf('{"format": %s, "version": 1,', json_text ("dlfp model")), ...
           sprintf(' "activations": [%s],', strings_text (activations)), ...
           sprintf(' "scaling": %s,', json_text (scaling))};
  if (isempty (classes))
    lines{end + 1} = ' "classes": null,';
  else
    lines{end + 1} = sprintf (' "classes": [%s],', strings_text (classes));
  endif
  if (isempty (stats))
    lines{end + 1} = ' "stats": null,';
  else
    lines{end + 1} = [' "stats": {' "\n" fields_text(stats, fieldnames (stats)) '},'];
  endif
  lines{end + 1} = [' "parameters": {' "\n" fields_text(parameters, names) '}}'];
  text = [strjoin(lines, "\n") "\n"];
  write_atomically (path, @(tmp) write_file (tmp, text));
endfunction

function text = strings_text (values)
  text = strjoin (cellfun (@json_text, values, "UniformOutput", false), ", ");
endfunction

function text = fields_text (values, names)
  parts = cellfun (@(name) ["  " json_text(name) ": " matrix_text(values.(name))], names, "UniformOutput", false);
  text = strjoin (parts, ",\n");
endfunction

function text = matrix_text (M)
  values = sprintf ("%.16e, ", M);
  text = sprintf ('{"rows": %d, "columns": %d, "values": [%s]}', rows (M), columns (M), values(1:end-2));
endfunction

function text = json_text (value)
  ## Quote, backslash and control characters as \u escapes, every other byte as it is.
  escape = value < 32 | value == 34 | value == 92;
  parts = num2cell (value);
  parts(escape) = arrayfun (@(c) sprintf ("\\u%04x", c), double (value(escape)), "UniformOutput", false);
  text = ['"' parts{:} '"'];
endfunction

function write_file (path, text)
  fid = fopen (path, "w");
  fputs (fid, text);
  fclose (fid);
endfunction

%!test
%! ## -0 keeps its sign; a class name with a quote and a newline reads back.
%! P = struct ("W1", [0.1, -2; 1/3, 1e-300], "b1", [-0; 5], "W2", [1, 2], "b2", 0);
%! path = [tempname() ".json"];
%! unwind_protect
%!   save_model (path, P, {"tanh", "sigmoid"}, [], {"no", "a \"q\"\n"});
%!   model = load_model (path);
%!   assert (num2hex ([model.parameters.W1(:); model.parameters.b1; model.parameters.W2(:); model.parameters.b2]),
%!           num2hex ([P.W1(:); P.b1; P.W2(:); P.b2]));
%!   assert (model.activations, {"tanh", "sigmoid"});
%!   assert (model.classes, {"no", "a \"q\"\n"});
%!   assert ({model.stats, model.scaling}, {[], "none"});
%! unwind_protect_cleanup
%!   delete (path);
%! end_unwind_protect

%!error <Invalid call> save_model ("x.json", struct ())

## text = format_run (data, X, classes, held_out, layer_dims, activations)
##
## The record of what a script trained, lines (joined by newlines, none at
## the end) that the report reads back: the data file's name (not its
## folder), its examples (the columns of X and the HELD_OUT examples set
## aside) and features (the rows of X); the classes, each as its number and,
## when the name differs, = 'name' (CLASSES: read_dataset's cell of names, or
## a count K for the classes 0..K-1); the held-out examples, if any; the
## network, its layer sizes and one activation per layer after the first.
## LAYER_DIMS and ACTIVATIONS describe one network, or several as a cell of
## each (networks: ..., apart by semicolons).

function text = format_run (data, X, classes, held_out, layer_dims, activations)
  if (nargin != 6)
    print_usage ();
  endif
  if (! (ischar (data) && rows (data) == 1))
    error ("format_run: data must be a file's path, got %s", value_text (data));
  endif
  check_matrix ("format_run", "X", X);
  names = class_names (classes);
  held_out = check_count ("format_run", "held_out", held_out);
  networks = check_networks (layer_dims, activations);
  m = columns (X) + held_out;
  [~, name, ext] = fileparts (data);
  labels = cell (1, numel (names));
  for k = 1:numel (names)
    if (strcmp (names{k}, sprintf ("%d", k - 1)))
      labels{k} = sprintf ("%d", k - 1);
    else
      labels{k} = sprintf ("%d = %s", k - 1, value_text (names{k}));
    endif
  endfor
  lines = {sprintf("data: %s, %d examples of %d features", value_text ([name ext]), m, rows (X)), ...
           ["classes: " strjoin(labels, ", ")]};
  if (held_out > 0)
    lines{end + 1} = sprintf ("held out: %d of %d examples, not trained on", held_out, m);
  endif
  shapes = cellfun (@(network) [strjoin(arrayfun (@(n) sprintf ("%d", n), network{1}, "UniformOutput", false), "-"), ...
                                ", " strjoin(network{2}, "/")], networks, "UniformOutput", false);
  heading = "networks";
  if (numel (networks) == 1)
    heading = "network";
  endif
  lines{end + 1} = [heading ": " strjoin(shapes, "; ")];
  text = strjoin (lines, "\n");
endfunction

## read_dataset's class names, or a count K: the names 0..K-1.
function names = class_names (classes)
  if (isnumeric (classes) && isreal (classes) && isscalar (classes) && isfinite (classes) && classes >= 1 ...
      && classes == fix (classes))
    names = arrayfun (@(k) sprintf ("%d", k), 0:classes - 1, "UniformOutput", false);
  elseif (iscellstr (classes) && ! isempty (classes) && numel (unique (classes)) == numel (classes))
    names = classes(:).';
  else
    error ("format_run: classes must be a list of distinct names or a positive integer, got %s", value_text (classes));
  endif
endfunction

## {{dims, activations}, ...} for one network or a cell of several, each checked.
function networks = check_networks (layer_dims, activations)
  if (iscell (layer_dims) && ! isempty (layer_dims))
    if (! (iscell (activations) && numel (activations) == numel (layer_dims) && all (cellfun (@iscell, activations))))
      error ("format_run: activations must hold a list for each of the %d networks of layer_dims", numel (layer_dims));
    endif
  else
    layer_dims = {layer_dims};
    activations = {activations};
  endif
  networks = cell (1, numel (layer_dims));
  for k = 1:numel (layer_dims)
    dims = check_layer_dims ("format_run", layer_dims{k});
    acts = activations{k};
    if (! iscell (acts) || numel (acts) != numel (dims) - 1)
      error ("format_run: activations must name %d layers, got %s", numel (dims) - 1, value_text (acts));
    endif
    for j = 1:numel (acts)
      check_activation ("format_run", acts{j});
    endfor
    networks{k} = {dims, acts(:).'};
  endfor
endfunction

%!shared X
%! X = zeros (4, 105);
%!assert (format_run ("/data/iris.csv", X, {"setosa", "versicolor", "virginica"}, 45, [4 100 3], {"relu", "softmax"}),
%!        ["data: 'iris.csv', 150 examples of 4 features\n", ...
%!         "classes: 0 = 'setosa', 1 = 'versicolor', 2 = 'virginica'\n", ...
%!         "held out: 45 of 150 examples, not trained on\n", ...
%!         "network: 4-100-3, relu/softmax"])
%!assert (format_run ("mtcars.csv", zeros (10, 32), {"0", "1"}, 0, [10 1], {"sigmoid"}),
%!        ["data: 'mtcars.csv', 32 examples of 10 features\nclasses: 0, 1\nnetwork: 10-1, sigmoid"])
%!test
%! text = format_run ("spiral.csv", zeros (2, 300), 3, 0, {[2 4 1], [2 3 3]}, {{"relu", "sigmoid"}, {"relu", "softmax"}});
%! assert (strsplit (text, "\n"), {"data: 'spiral.csv', 300 examples of 2 features", "classes: 0, 1, 2", ...
%!                                  "networks: 2-4-1, relu/sigmoid; 2-3-3, relu/softmax"});
%!assert (strfind (format_run ("a.csv", X, {"1", "2"}, 0, [4 1], {"sigmoid"}), "classes: 0 = '1', 1 = '2'\n") > 0)
%!error <format_run: classes must be a list of distinct names or a positive integer, got \['a', 'a'\]>
%! format_run ("a.csv", X, {"a", "a"}, 0, [4 1], {"sigmoid"})
%!error <format_run: activations must name 2 layers, got 'relu'> format_run ("a.csv", X, 2, 0, [4 3 1], {"relu"})
%!error <format_run: held_out must be a non-negative integer, got -1> format_run ("a.csv", X, 2, -1, [4 1], {"sigmoid"})
%!error <Invalid call> format_run ("a.csv", X, 2, 0, [4 1])

## [X, labels] = read_csv_table (caller, path, label_column)
## [X, labels] = read_csv_table (caller, path, label_column, require_labels)
##
## A data file in the dialect of data/README.md: X (features x examples) and
## the label column's fields (a cell row; [] for a file without that column,
## which only REQUIRE_LABELS false accepts).  The first thing out of place is
## refused in CALLER's name, naming its line and column, in Python's order.

function [X, labels] = read_csv_table (caller, path, label_column, require_labels = true)
  if (! ischar (path) || ! isfile (path))
    error ("%s: cannot read '%s': no such file", caller, path);
  endif
  lines = read_lines (path);
  if (isempty (lines))
    refuse (caller, path, "is empty");
  endif
  data = lines(2:end);
  ## The common file, without quotes or spaces, is read a line at a time (a
  ## field at a time takes Octave a minute for the MNIST digits).
  plain = all (cellfun ("isempty", regexp (data, '["\t ]', "once")));
  if (plain)
    fields = [line_fields(lines(1)), cell(1, numel (data))];
    counts = [numel(fields{1}), cellfun("length", strfind (data, ",")) + 1];
    counts(1) *= ! isempty (fields{1});
  else
    fields = line_fields (lines);
    counts = cellfun ("numel", fields);
  endif
  quotes = find (counts == 0, 1);
  ragged = find (counts != counts(1), 1);
  if (! isempty (quotes) && (isempty (ragged) || quotes <= ragged))
    refuse (caller, path, sprintf ("line %d has a quote that does not enclose a whole field", quotes));
  endif
  if (! isempty (ragged))
    refuse (caller, path, sprintf ("line %d has %d fields, expected %d", ragged, counts(ragged), counts(1)));
  endif
  header = fields{1};
  for k = 1:numel (header)
    if (isempty (header{k}) && k > 1)
      refuse (caller, path, sprintf ("line 1 column %d has no name", k));
    endif
    first = find (strcmp (header(1:k-1), header{k}), 1);
    if (! isempty (header{k}) && ! isempty (first))
      refuse (caller, path, sprintf ("line 1 column %d has the same name as column %d: '%s'", k, first, header{k}));
    endif
  endfor
  label = find (strcmp (header, label_column), 1);
  if (isempty (label) && require_labels)
    refuse (caller, path, sprintf ("line 1 has no column '%s'", label_column));
  endif
  features = find (! strcmp (header, "") & ! strcmp (header, label_column));
  if (isempty (features))
    refuse (caller, path, sprintf ("line 1 has no feature column besides '%s'", label_column));
  endif
  if (isempty (data))
    refuse (caller, path, "has no data rows");
  endif
  if (isempty (header{1}))
    printf ("%s: '%s' column 1 has no name: read as row names and left out\n", caller, path);
  endif
  ## A column of text in a file without labels is most likely the labels under
  ## another name: its refusal says which column was looked for.
  suffix = "";
  if (isempty (label))
    suffix = sprintf (" (the file has no label column '%s')", label_column);
  endif
  if (plain)
    ## Field k of each line, and each line without its row name and label.
    if (isempty (label))
      labels = [];
      rest = data;
    elseif (label == numel (header))
      labels = regexprep (data, '^.*,', "");
      rest = regexprep (data, ',[^,]*$', "");
    else
      labels = regexprep (data, sprintf ('^(?:[^,]*,){%d}([^,]*).*$', label - 1), "$1");
      rest = regexprep (data, sprintf ('^((?:[^,]*,){%d})[^,]*,', label - 1), "$1");
    endif
    if (isempty (header{1}))
      rest = regexprep (rest, '^[^,]*,?', "");
    endif
  else
    cells = vertcat (fields{2:end})';
    labels = [];
    if (! isempty (label))
      labels = cells(label, :);
    endif
  endif
  if (! isempty (label))
    empty = find (cellfun ("isempty", labels), 1);
    if (! isempty (empty))
      refuse (caller, path, sprintf ("line %d has no label", empty + 1));
    endif
  endif
  if (plain)
    number = number_pattern ();
    bad = find (cellfun ("isempty", regexp (rest, ['^' number '(?:,' number ')*$'], "once")), 1);
    if (isempty (bad))
      X = reshape (sscanf (strjoin (rest, ","), "%f,"), numel (features), numel (data));
      bad = find (! isfinite (X), 1);
      bad = ceil (bad / numel (features));
    endif
    if (! isempty (bad))
      ## The first line with a bad field: refused field by field, as below.
      cells = reshape (ostrsplit (strjoin (data(1:bad), "\n"), ",\n"), numel (header), bad);
      finite_numbers (caller, path, cells(features, :), header(features), suffix);
    endif
  else
    X = finite_numbers (caller, path, cells(features, :), header(features), suffix);
  endif
endfunction

function lines = read_lines (path)
  ## A byte-order mark dropped; Python's universal newlines (\r\n and \r
  ## become \n); blank lines at the end dropped.
  text = fileread (path);
  if (strncmp (text, "\xEF\xBB\xBF", 3))
    text = text(4:end);
  endif
  text = strrep (strrep (text, "\r\n", "\n"), "\r", "\n");
  lines = split_fields (text, "\n");
  while (! isempty (lines) && all (lines{end} == " " | lines{end} == "\t"))
    lines(end) = [];
  endwhile
endfunction

function fields = line_fields (lines)
  ## Each line's fields (a cell of cell rows), {} for a line whose quotes are
  ## out of place.  A field in double quotes may hold commas and a quote
  ## written twice; spaces and tabs around a field are not part of it.
  fields = regexp (lines, ",", "split");
  spaced = find (! cellfun ("isempty", regexp (lines, '[ \t]', "once")));
  for k = spaced
    fields{k} = trim (fields{k});
  endfor
  for k = find (! cellfun ("isempty", strfind (lines, '"')))
    line = [lines{k} ","];
    matches = regexp (line, '[ \t]*(?:"(?:[^"]|"")*"|[^,"]*)[ \t]*,', "match");
    if (sum (cellfun ("numel", matches)) != numel (line))
      fields{k} = {};
      continue;
    endif
    field = trim (cellfun (@(m) m(1:end-1), matches, "UniformOutput", false));
    for j = find (strncmp (field, '"', 1))
      field{j} = strrep (field{j}(2:end-1), '""', '"');
    endfor
    fields{k} = field;
  endfor
endfunction

function x = trim (x)
  x = regexprep (x, '^[ \t]+|[ \t]+$', "");
endfunction

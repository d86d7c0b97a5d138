## [value, files, outputs] = decode_value (encoded, fixtures, files, outputs)
##
## Test support, not part of dlfp: one value of the tables' encoding
## (tables/README.md), as jsondecode (text, "makeValidName", false) reads
## it, decoded into an Octave value.  FIXTURES is the table's fixtures.
## FILES gains the path of each file a {"file": ...} or {"bytes": ...} value writes (a
## message names it FILE), OUTPUTS the path of each {"temp": ...} value (a
## refusal must leave it unwritten).  Python's table_values.py and R's
## helper-tables.R decode the same encoding.

function [value, files, outputs] = decode_value (encoded, fixtures, files, outputs)
  if (ischar (encoded) || isempty (encoded))
    value = encoded;
  elseif (isnumeric (encoded) || islogical (encoded))
    ## A number, or a list of numbers as jsondecode read it (a column, or a
    ## row when it stood in a list of lists).
    if (! isvector (encoded))
      error ("decode_value: a plain list holds numbers or strings only (else use list)");
    endif
    value = encoded(:).';
  elseif (isstruct (encoded) && isscalar (encoded))
    [value, files, outputs] = decode_tagged (encoded, fixtures, files, outputs);
  else
    ## A plain JSON array: numbers or strings.
    items = table_elements (encoded);
    for k = 1:numel (items)
      [items{k}, files, outputs] = decode_value (items{k}, fixtures, files, outputs);
    endfor
    if (all (cellfun ("ischar", items)))
      value = items;
    elseif (all (cellfun (@(v) (isnumeric (v) || islogical (v)) && isscalar (v), items)))
      value = [items{:}];
    else
      error ("decode_value: a plain list holds numbers or strings only (else use list)");
    endif
  endif
endfunction

function [value, files, outputs] = decode_tagged (encoded, fixtures, files, outputs)
  tag = setdiff (fieldnames (encoded), {"with", "without"}){1};
  body = encoded.(tag);
  switch (tag)
    case "number"
      value = struct ("nan", NaN, "inf", Inf, "-inf", -Inf).(body);
    case "matrix"
      if (isnumeric (body))
        ## jsondecode reads rows of plain numbers as the matrix itself.
        value = double (body);
      else
        rows = table_elements (body);
        value = [];
        for k = 1:numel (rows)
          [row, files, outputs] = decode_value (rows{k}, fixtures, files, outputs);
          value(k, :) = row;
        endfor
      endif
    case "fill"
      parts = table_elements (body);
      [v, files, outputs] = decode_value (parts{3}, fixtures, files, outputs);
      value = repmat (v, parts{1}, parts{2});
    case "struct"
      value = struct ();
      for name = fieldnames (body).'
        [value.(name{1}), files, outputs] = decode_value (body.(name{1}), fixtures, files, outputs);
      endfor
    case "list"
      value = table_elements (body);
      for k = 1:numel (value)
        [value{k}, files, outputs] = decode_value (value{k}, fixtures, files, outputs);
      endfor
    case "fixture"
      [value, files, outputs] = decode_value (fixtures.(body), fixtures, files, outputs);
      if (isfield (encoded, "without"))
        value = rmfield (value, table_elements (encoded.without));
      endif
      if (isfield (encoded, "with"))
        for name = fieldnames (encoded.with).'
          [value.(name{1}), files, outputs] = decode_value (encoded.with.(name{1}), fixtures, files, outputs);
        endfor
      endif
    case "config"
      [fields, files, outputs] = decode_value (struct ("struct", body), fixtures, files, outputs);
      pairs = [fieldnames(fields).'; struct2cell(fields).'];
      value = train_config (pairs{:});
    case "temp"
      value = fullfile (tempdir (), body);
      if (exist (value, "file"))
        delete (value);
      endif
      outputs{end + 1} = value;
    case "file"
      folder = tempname ();
      mkdir (folder);
      value = fullfile (folder, "data.csv");
      if (ischar (body))
        fid = fopen (value, "w");
        fputs (fid, body);
        fclose (fid);
      endif
      files{end + 1} = value;
    case "bytes"
      folder = tempname ();
      mkdir (folder);
      value = fullfile (folder, "data.idx");
      fid = fopen (value, "w");
      fwrite (fid, hex2dec (reshape (body, 2, [])'), "uint8");
      fclose (fid);
      files{end + 1} = value;
    otherwise
      error ("decode_value: unknown tag '%s'", tag);
  endswitch
endfunction

%!shared fixtures
%! fixtures = jsondecode ('{"P": {"struct": {"W1": {"fill": [2, 1, 0.5]}, "b1": {"matrix": [[0], [1]]}}}}', "makeValidName", false);

%!test
%! read = @(text) decode_value (jsondecode (text, "makeValidName", false), fixtures, {}, {});
%! assert (read ('[2, 4, 1]'), [2, 4, 1]);
%! assert (read ('["relu"]'), {"relu"});
%! assert (read ('["relu", "sigmoid"]'), {"relu", "sigmoid"});
%! assert (read ('[2, {"number": "nan"}]'), [2, NaN]);
%! assert (read ('{"matrix": [[1, 2, 3]]}'), [1, 2, 3]);
%! assert (read ('{"matrix": [[1], [2]]}'), [1; 2]);
%! assert (read ('{"matrix": [[0, {"number": "-inf"}], [1, 2]]}'), [0, -Inf; 1, 2]);
%! assert (read ('{"fill": [1, 0, 0]}'), zeros (1, 0));
%! assert (read ('{"list": [{"matrix": [[1, 2]]}, {"matrix": [[3]]}]}'), {[1, 2], 3});
%! assert (read ('{"fixture": "P", "with": {"b1": null}}'), struct ("W1", [0.5; 0.5], "b1", []));
%! assert (read ('{"fixture": "P", "without": ["b1"]}'), struct ("W1", [0.5; 0.5]));
%! assert (read ('null'), []);
%! assert (read ('{"struct": {}}'), struct ());

## values = finite_numbers (caller, path, cells, names)
## values = finite_numbers (caller, path, cells, names, suffix)
##
## CELLS (a cell matrix of text, a row per name, a column per line of the
## file) as finite numbers; the first field in reading order that is not one
## is refused in CALLER's name, naming its line and column (and SUFFIX after).

function values = finite_numbers (caller, path, cells, names, suffix = "")
  values = NaN (size (cells));
  ok = ! cellfun ("isempty", regexp (cells, ['^' number_pattern() '$'], "once"));
  if (any (ok(:)))
    ## One parse of every number: sscanf reads each in full.
    values(ok) = sscanf (strjoin (cells(ok)', ","), "%f,");
  endif
  bad = find (! isfinite (values), 1);
  if (! isempty (bad))
    [row, line] = ind2sub (size (cells), bad);
    refuse (caller, path, sprintf ("line %d column '%s' must be a finite number, got '%s'%s", ...
                                   line + 1, names{row}, cells{bad}, suffix));
  endif
endfunction

## items = table_elements (array)
##
## Test support, not part of dlfp: the elements of a JSON array, as a row
## cell, from what jsondecode made of it (a column of numbers, a matrix
## whose rows are arrays of numbers, a cell, a struct array).

function items = table_elements (array)
  if (iscell (array))
    items = array(:).';
  elseif (isstruct (array))
    items = num2cell (array(:).');
  elseif (ischar (array))
    items = {array};
  elseif (rows (array) > 1 && columns (array) > 1)
    items = num2cell (array, 2).';
  elseif (columns (array) > 1)
    ## [[1, 2, 3]]: one array of numbers.
    items = {array};
  else
    items = num2cell (array(:).');
  endif
endfunction

%!assert (table_elements (jsondecode ("[1, 2]")), {1, 2})
%!assert (table_elements (jsondecode ("[[1, 2], [3, 4]]")), {[1, 2], [3, 4]})
%!assert (table_elements (jsondecode ("[[1, 2]]")), {[1, 2]})
%!assert (table_elements (jsondecode ("[]")), cell (1, 0))
%!assert (table_elements (jsondecode ('["a", "b"]')), {"a", "b"})

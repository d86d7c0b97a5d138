## [values, ok] = numbers (value)
##
## VALUE's numbers as a row, and whether it holds nothing else (OK false for
## text, logicals, cells, structs and complex numbers).  NaN and Inf are
## numbers here: a diverged run's curve is still worth drawing.

function [values, ok] = numbers (value)
  ok = isnumeric (value) && isreal (value);
  values = [];
  if (ok)
    values = double (value(:).');
  endif
endfunction

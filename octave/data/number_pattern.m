## pattern = number_pattern ()
##
## The regular expression of one number in a data file or option value
## (Python's data.NUMBER): an optional sign, digits with an optional point
## and fraction (or a point and a fraction), an optional exponent.  No inf,
## nan or hexadecimal.

function pattern = number_pattern ()
  pattern = '[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?';
endfunction

%!function ok = whole (text)
%!  ok = ! isempty (regexp (text, ['^' number_pattern() '$'], "once"));
%!endfunction
%!test
%! for text = {"0", "-1", "+2.5", "1.", ".5", "1e5", "1.E-3", "007"}
%!   assert (whole (text{1}), true);
%! endfor
%! for text = {"", ".", "e5", "1e", "inf", "NaN", "0x10", " 1", "1 ", "--1", "1,2"}
%!   assert (whole (text{1}), false);
%! endfor

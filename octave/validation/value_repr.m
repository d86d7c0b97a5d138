## text = value_repr (value)
##
## VALUE as Python's repr writes it, so that error messages read the same in
## every language: 'text' for strings, the shortest round-trip form for
## numbers (3, 0.1, 1e-05, nan, inf), [a, b, c] for vectors.  Octave has no
## separate integer type, so an integer-valued double prints as an integer.

function text = value_repr (value)
  if (nargin != 1)
    print_usage ();
  endif
  if (ischar (value) && rows (value) <= 1)
    text = quote_string (value);
  elseif (! (isnumeric (value) || islogical (value)) || ndims (value) > 2)
    text = sprintf ("<%s>", class (value));
  elseif (! isscalar (value))
    parts = arrayfun (@value_repr, value(:).', "UniformOutput", false);
    text = ["[" strjoin(parts, ", ") "]"];
  elseif (islogical (value))
    text = {"False", "True"}{value + 1};
  else
    text = number_text (double (value));
  endif
endfunction

function text = quote_string (s)
  ## Python quotes with ' unless the text holds ' and no ".
  if (any (s == "'") && ! any (s == '"'))
    text = ['"' s '"'];
  else
    text = ["'" strrep(strrep(s, '\', '\\'), "'", "\\'") "'"];
  endif
endfunction

function text = number_text (x)
  if (isnan (x))
    text = "nan";
  elseif (isinf (x))
    text = {"-inf", "inf"}{(x > 0) + 1};
  elseif (x == fix (x))
    text = sprintf ("%d", x);
  else
    ## The fewest significant digits that read back as x, like Python's repr.
    for digits = 1:17
      text = sprintf ("%.*g", digits, x);
      if (str2double (text) == x)
        break;
      endif
    endfor
  endif
endfunction

%!assert (value_repr ("swish"), "'swish'")
%!assert (value_repr ("it's"), "\"it's\"")
%!assert (value_repr (-1), "-1")
%!assert (value_repr (2147483648), "2147483648")
%!assert (value_repr (1.5), "1.5")
%!assert (value_repr (0.1), "0.1")
%!assert (value_repr (1/3), "0.3333333333333333")
%!assert (value_repr (1.5e-5), "1.5e-05")
%!assert (value_repr (NaN), "nan")
%!assert (value_repr (-Inf), "-inf")
%!assert (value_repr (true), "True")
%!assert (value_repr ([2 0 1]), "[2, 0, 1]")
%!assert (value_repr ({1}), "<cell>")
%!error <Invalid call> value_repr ()

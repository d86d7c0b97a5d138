## text = value_text (value)
## text = value_text (value, shape)
## text = value_text (value, "shape", shape)
##
## VALUE as a message writes it, the same in every language
## (docs/messages.md): 3, 0.1, 1e-05, inf, nan; 'text'; true, false; [2, 0.5]
## for a vector (one value alone as itself); ['relu', 'tanh'] for a cell of
## strings; [] for nothing; a 2 x 3 matrix; a structure; a list (any other
## cell).  With SHAPE true (default false), a numeric matrix as its shape:
## 1 x 3.

function text = value_text (value, varargin)
  if (nargin < 1)
    print_usage ();
  endif
  shape = optional_arguments ("value_text", {"shape"}, {false}, varargin);
  if (shape && (isnumeric (value) || islogical (value)) && ndims (value) == 2 && ! isequal (size (value), [0, 0]))
    text = sprintf ("%d x %d", rows (value), columns (value));
  elseif (ischar (value) && rows (value) <= 1)
    text = ["'" value "'"];
  elseif (isempty (value))
    text = "[]";
  elseif (isstruct (value))
    text = "a structure";
  elseif (iscellstr (value) && isvector (value))
    text = items_text (cellfun (@(s) ["'" s "'"], value, "UniformOutput", false));
  elseif (iscell (value))
    text = "a list";
  elseif (is_function_handle (value))
    text = "a function";
  elseif (! (isnumeric (value) || islogical (value)))
    text = ["a " class(value)];
  elseif (sum (size (value) != 1) > 1)
    kind = {"array", "matrix"}{(ndims (value) == 2) + 1};
    text = sprintf ("a %s %s", strjoin (arrayfun (@num2str, size (value), "UniformOutput", false), " x "), kind);
  elseif (islogical (value))
    text = items_text ({"false", "true"}(value(:).' + 1));
  else
    text = items_text (arrayfun (@number_text, double (value(:).'), "UniformOutput", false));
  endif
endfunction

function text = items_text (texts)
  if (numel (texts) == 1)
    text = texts{1};
  else
    text = ["[" strjoin(texts, ", ") "]"];
  endif
endfunction

function text = number_text (x)
  ## Whole numbers below 1e16 without a point, others in the fewest
  ## significant digits that read back as x.
  if (isnan (x))
    text = "nan";
  elseif (isinf (x))
    text = {"-inf", "inf"}{(x > 0) + 1};
  elseif (x == fix (x) && abs (x) < 1e16)
    ## + 0 writes -0 as 0.
    text = sprintf ("%.0f", x + 0);
  else
    for digits = 1:17
      text = sprintf ("%.*g", digits, x);
      if (str2double (text) == x)
        break;
      endif
    endfor
  endif
endfunction

%!assert (value_text (2.5), "2.5")
%!assert (value_text ({"relu", "tanh"}), "['relu', 'tanh']")
%!assert (value_text (zeros (1, 3), true), "1 x 3")
%!assert (value_text (zeros (1, 3), "shape", true), "1 x 3")
%!error <Invalid call> value_text ()

## [v1, v2, ...] = optional_arguments (caller, names, defaults, args)
##
## The values of a function's optional arguments NAMES (a cell, in Python's
## order; DEFAULTS their defaults) from ARGS, the function's varargin:
## positional values first, then "name", value pairs, the form in which the
## parity harness passes Python keyword arguments.  Too many values, an
## unknown or repeated name, or a name without a value is an invalid call to
## CALLER.

function varargout = optional_arguments (caller, names, defaults, args)
  if (nargin != 4)
    print_usage ();
  endif
  varargout = defaults;
  n = numel (args);
  ## A name followed by a value ends the positional values; a name as the
  ## last argument is a positional value (a wrong one), as in Python.
  first = n + 1;
  for k = find (cellfun ("isclass", args(1:n - 1), "char"))
    if (any (strcmp (args{k}, names)))
      first = k;
      break;
    endif
  endfor
  if (first - 1 > numel (names))
    invalid_call (caller);
  endif
  varargout(1:first - 1) = args(1:first - 1);
  if (first > n)
    return;
  endif
  given = [true(1, first - 1), false(1, numel (names) - first + 1)];
  for k = first:2:n
    j = find (strcmp (args{k}, names));
    if (k == n || isempty (j) || given(j))
      invalid_call (caller);
    endif
    varargout{j} = args{k + 1};
    given(j) = true;
  endfor
endfunction

function invalid_call (caller)
  ## The identifier and start of print_usage's message.
  error ("Octave:invalid-fun-call", "Invalid call to %s", caller);
endfunction

%!test
%! names = {"a", "b", "c"};
%! defaults = {1, 2, 3};
%! [a, b, c] = optional_arguments ("f", names, defaults, {});
%! assert ({a, b, c}, {1, 2, 3});
%! [a, b, c] = optional_arguments ("f", names, defaults, {"x", 5});
%! assert ({a, b, c}, {"x", 5, 3});
%! [a, b, c] = optional_arguments ("f", names, defaults, {"x", "c", 7, "b", 6});
%! assert ({a, b, c}, {"x", 6, 7});
%! [a, b, c] = optional_arguments ("f", names, defaults, {"b", 6});
%! assert ({a, b, c}, {1, 6, 3});
%! [a, b, c] = optional_arguments ("f", names, defaults, {"c"});
%! assert ({a, b, c}, {"c", 2, 3});

%!error <^Invalid call to f$> optional_arguments ("f", {"a"}, {1}, {1, 2})
%!error <^Invalid call to f$> optional_arguments ("f", {"a", "b"}, {1, 2}, {"b", 1, "d", 2})
%!error <^Invalid call to f$> optional_arguments ("f", {"a", "b"}, {1, 2}, {1, "a", 2})
%!error <^Invalid call to f$> optional_arguments ("f", {"a", "b"}, {1, 2}, {"b", 1, "a"})
%!error <Invalid call> optional_arguments ("f", {"a"}, {1})

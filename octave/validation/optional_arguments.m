## [v1, v2, ...] = optional_arguments (caller, names, defaults, args)
##
## The one parser of optional arguments, which every function that has them
## (but train) calls with its varargin as ARGS: NAMES (a cell, in the order of
## Python's signature) and DEFAULTS (their defaults) give the values V1, V2, ...
## ARGS holds positional values first, in NAMES' order, then "name", value
## pairs in any order, so that a function accepts what Python accepts:
##
##   f (x, 1, 2)                    positional
##   f (x, "b", 2, "a", 1)          by name (the parity harness's keyword form)
##   f (x, 1, "b", 2)               a mix
##   f (x) or f (x, "b", 2)         defaults for whatever is not given
##
## A string in NAMES followed by a value starts the pairs; as the last
## argument it is a positional value, as in Python, and so is any other
## string: an unknown name before the pairs is a value, for the caller's
## checks to refuse.  Too many values, an unknown name among the pairs, a
## value given twice (by position and name, or by name twice) or a name
## without a value is an invalid call to CALLER ("Invalid call to CALLER",
## print_usage's identifier).

function varargout = optional_arguments (caller, names, defaults, args)
  if (nargin != 4)
    print_usage ();
  endif
  varargout = defaults;
  n = numel (args);
  ## Most calls pass no optional argument; forward_propagation runs per batch.
  if (n == 0)
    return;
  endif
  ## The pairs start at the first name that has a value after it.
  first = n + 1;
  for k = 1:n - 1
    if (ischar (args{k}) && any (strcmp (args{k}, names)))
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
  given = 1:numel (names) < first;
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
  error ("Octave:invalid-fun-call", "Invalid call to %s", caller);
endfunction

%!shared names, defaults
%! names = {"a", "b", "c"};
%! defaults = {1, 2, 3};

%!test
%! [a, b, c] = optional_arguments ("f", names, defaults, {});
%! assert ({a, b, c}, {1, 2, 3});

## Positional values, in order, as many as given.
%!test
%! [a, b, c] = optional_arguments ("f", names, defaults, {"x", 5});
%! assert ({a, b, c}, {"x", 5, 3});
%! [a, b, c] = optional_arguments ("f", names, defaults, {7, 8, 9});
%! assert ({a, b, c}, {7, 8, 9});

## By name, in any order, leaving out any.
%!test
%! [a, b, c] = optional_arguments ("f", names, defaults, {"c", 7, "a", 5, "b", 6});
%! assert ({a, b, c}, {5, 6, 7});
%! [a, b, c] = optional_arguments ("f", names, defaults, {"b", 6});
%! assert ({a, b, c}, {1, 6, 3});

## A mix: positional values, then names.
%!test
%! [a, b, c] = optional_arguments ("f", names, defaults, {"x", "c", 7, "b", 6});
%! assert ({a, b, c}, {"x", 6, 7});
%! [a, b, c] = optional_arguments ("f", names, defaults, {4, 5, "c", 6});
%! assert ({a, b, c}, {4, 5, 6});

## A name as the last argument, or a string that names nothing, is a value.
%!test
%! [a, b, c] = optional_arguments ("f", names, defaults, {"c"});
%! assert ({a, b, c}, {"c", 2, 3});
%! [a, b, c] = optional_arguments ("f", names, defaults, {"x", "y", "b"});
%! assert ({a, b, c}, {"x", "y", "b"});

## Values of any type pass through unchanged, [] included.
%!test
%! [a, b] = optional_arguments ("f", {"a", "b"}, {[], 0}, {"b", struct("W1", 1), "a", {}});
%! assert ({a, b}, {{}, struct("W1", 1)});
%! a = optional_arguments ("f", {"a"}, {0}, {[]});
%! assert (a, []);

## Fewer outputs than names: the rest are ignored.
%!assert (optional_arguments ("f", {"a", "b"}, {1, 2}, {"b", 5}), 1)

%!error <^Invalid call to f$> optional_arguments ("f", {"a"}, {1}, {1, 2})
%!error <^Invalid call to f$> optional_arguments ("f", {}, {}, {1})
%!error <^Invalid call to f$> optional_arguments ("f", {"a", "b"}, {1, 2}, {"b", 1, "d", 2})
%!error <^Invalid call to f$> optional_arguments ("f", {"a", "b"}, {1, 2}, {1, "a", 2})
%!error <^Invalid call to f$> optional_arguments ("f", {"a", "b"}, {1, 2}, {"b", 1, "b", 2})
%!error <^Invalid call to f$> optional_arguments ("f", {"a", "b"}, {1, 2}, {"b", 1, "a"})
%!error <^Invalid call to f$> optional_arguments ("f", {"a", "b"}, {1, 2}, {"b", 1, 2})
%!error <^Invalid call to f$> optional_arguments ("f", {"a", "b"}, {1, 2}, {"b", 1, 2, 3})
%!error <Invalid call> optional_arguments ("f", {"a"}, {1})

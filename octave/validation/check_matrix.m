## check_matrix (caller, name, value)
##
## Refuse VALUE unless it is a 2-D numeric matrix of finite numbers; the
## message starts with CALLER and names the argument NAME.

function check_matrix (caller, name, value)
  if (nargin != 3)
    print_usage ();
  endif
  if (! (isnumeric (value) || islogical (value)) || ndims (value) != 2)
    error ("%s: %s must be a 2-D matrix", caller, name);
  endif
  if (! all (isfinite (value(:))))
    error ("%s: %s must hold only finite numbers", caller, name);
  endif
endfunction

%!test
%! check_matrix ("f", "X", ones (2, 3));
%! check_matrix ("f", "X", zeros (0, 3));
## An N-D array, which tables/bad_input.json (the refusals) cannot write.
%!error <^f: X must be a 2-D matrix$> check_matrix ("f", "X", ones (2, 2, 2))
%!error <Invalid call> check_matrix ("f", "X")

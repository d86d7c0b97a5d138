## check_grads (caller, parameters, grads)
##
## Refuse GRADS unless they hold dP, of P's shape, for every parameter P in
## PARAMETERS; the messages start with CALLER.

function check_grads (caller, parameters, grads)
  if (nargin != 3)
    print_usage ();
  endif
  names = fieldnames (parameters);
  ## "d" before each name (strcat is several times slower; "^" alone matches nothing).
  grad_names = regexprep (names, "^(.)", "d$1");
  missing = ! isfield (grads, grad_names);
  if (any (missing))
    error ("%s: grads must hold %s", caller, strjoin (grad_names(missing).', ", "));
  endif
  for k = 1:numel (names)
    shape = size (parameters.(names{k}));
    if (! isequal (size (grads.(grad_names{k})), shape))
      error ("%s: %s must be %d x %d to match %s", caller, grad_names{k}, shape(1), shape(2), names{k});
    endif
  endfor
endfunction

%!test
%! check_grads ("f", struct ("W1", [1, 2], "b1", 0), struct ("dW1", [0, 0], "db1", 1));
%!error <Invalid call> check_grads ("f", struct ())

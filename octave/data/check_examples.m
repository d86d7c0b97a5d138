## check_examples (caller, X, Y)
##
## Refuse X unless it is a finite matrix with a column per example, and Y
## unless it is a 1 x m matrix (m the columns of X); the messages start with
## CALLER.

function check_examples (caller, X, Y)
  if (nargin != 3)
    print_usage ();
  endif
  check_matrix (caller, "X", X);
  check_label_shape (caller, Y, columns (X));
endfunction

%!test
%! check_examples ("f", ones (2, 3), [0, 1, 7.5]);
%! check_examples ("f", zeros (2, 0), zeros (1, 0));
%!error <Invalid call> check_examples ("f", ones (2, 2))

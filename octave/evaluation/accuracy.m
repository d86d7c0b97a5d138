## a = accuracy (Y, Y_hat)
##
## The fraction of the m columns where the labels Y and Y_HAT agree.

function a = accuracy (Y, Y_hat)
  if (nargin != 2)
    print_usage ();
  endif
  check_matrix ("accuracy", "Y", Y);
  check_matrix ("accuracy", "Y_hat", Y_hat);
  if (! isequal (size (Y), size (Y_hat)))
    error ("accuracy: Y and Y_hat must have the same shape, got %s and %s", value_text (Y, true), ...
           value_text (Y_hat, true));
  endif
  same = Y == Y_hat;
  a = mean (same(:));
endfunction

%!assert (accuracy ([0, 1, 2, 2, 1], [0, 2, 2, 2, 1]), 0.8)
%!assert (accuracy ([0, 1], [1, 0]), 0)
%!error <Invalid call> accuracy ([0, 1])


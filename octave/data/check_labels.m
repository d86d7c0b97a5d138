## check_labels (caller, Y, m, n_classes)
##
## Refuse Y unless it is a 1 x M matrix of integer labels
## 0..N_CLASSES-1; the message starts with CALLER.

function check_labels (caller, Y, m, n_classes)
  if (nargin != 4)
    print_usage ();
  endif
  check_label_shape (caller, Y, m);
  if (! all (Y == floor (Y) & Y >= 0 & Y <= n_classes - 1))
    error ("%s: Y must hold integer labels in 0..%d", caller, n_classes - 1);
  endif
endfunction

%!test
%! check_labels ("f", [0 1 1 0], 4, 2);
%! check_labels ("f", [0 2 9], 3, 10);
## A cell, which tables/bad_input.json (the refusals) cannot write: Python's list is a number list.
%!error <^f: Y must be a 1 x 3 matrix, got a list$> check_labels ("f", {0, 1, 0}, 3, 2)
%!error <Invalid call> check_labels ("f", [0 1], 2)

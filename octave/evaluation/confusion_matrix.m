## counts = confusion_matrix (Y, Y_hat, n_classes)
##
## The N_CLASSES x N_CLASSES counts: row = true label + 1, column =
## predicted label + 1 (labels 0..N_CLASSES-1).

function counts = confusion_matrix (Y, Y_hat, n_classes)
  if (nargin != 3)
    print_usage ();
  endif
  check_positive ("confusion_matrix", "n_classes", n_classes, true);
  if (ndims (Y) != 2 || rows (Y) != 1 || ! isequal (size (Y), size (Y_hat)))
    error ("confusion_matrix: Y and Y_hat must be 1 x m matrices of the same shape, got %s and %s", ...
           value_text (Y, true), value_text (Y_hat, true));
  endif
  labels = [Y(:); Y_hat(:)];
  if (! all (labels >= 0 & labels < n_classes & labels == fix (labels)))
    error ("confusion_matrix: labels must be integers in 0..%d", n_classes - 1);
  endif
  counts = accumarray ([Y(:), Y_hat(:)] + 1, 1, [n_classes, n_classes]);
endfunction

%!assert (confusion_matrix ([0, 1, 2, 2, 1], [0, 2, 2, 2, 1], 3), [1, 0, 0; 0, 1, 1; 0, 0, 2])
%!assert (confusion_matrix ([0, 0], [0, 0], 2), [2, 0; 0, 0])
%!assert (confusion_matrix (zeros (1, 0), zeros (1, 0), 2), zeros (2))
%!error <Invalid call> confusion_matrix ([0, 1], [0, 1])


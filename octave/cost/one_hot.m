## out = one_hot (Y, n_classes)
##
## The N_CLASSES x m matrix with a 1 in row Y(j) + 1 of column j, for a
## 1 x m row Y of labels 0..N_CLASSES-1.

function out = one_hot (Y, n_classes)
  if (nargin != 2)
    print_usage ();
  endif
  check_positive ("one_hot", "n_classes", n_classes, true);
  check_labels ("one_hot", Y, numel (Y), n_classes);
  m = columns (Y);
  out = zeros (n_classes, m);
  out(sub2ind ([n_classes, m], Y + 1, 1:m)) = 1;
endfunction

%!assert (one_hot ([2, 0], 3), [0, 1; 0, 0; 1, 0])
%!assert (one_hot ([0, 3, 3, 1], 4), [1 0 0 0; 0 0 0 1; 0 0 0 0; 0 1 1 0])
%!assert (size (one_hot (zeros (1, 0), 3)), [3, 0])
%!error <Invalid call> one_hot ([0, 1])

## X = scale_to_unit_norm (X)
##
## Divide each example (column) of X by its Euclidean norm; an all-zero
## column stays zero.

function X = scale_to_unit_norm (X)
  if (nargin != 1)
    print_usage ();
  endif
  check_matrix ("scale_to_unit_norm", "X", X);
  norms = sqrt (sum (X .* X, 1));
  norms(! (norms > 0)) = 1;
  X = X ./ norms;
endfunction

%!assert (scale_to_unit_norm ([3, 0, 1; 4, 0, 1]), [0.6, 0, 2^-0.5; 0.8, 0, 2^-0.5], 1e-15)
%!assert (size (scale_to_unit_norm (zeros (3, 0))), [3, 0])
%!error <Invalid call> scale_to_unit_norm ()

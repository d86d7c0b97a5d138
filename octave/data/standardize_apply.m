## Z = standardize_apply (X, stats)
##
## (X - mean) / sd for each feature (row) of X with standardize_fit's STATS
## (of the training examples, for a test set too); a feature whose sd is 0
## is only centred.

function Z = standardize_apply (X, stats)
  if (nargin != 2)
    print_usage ();
  endif
  check_matrix ("standardize_apply", "X", X);
  n = rows (X);
  if (! isstruct (stats) || ! isequal (sort (fieldnames (stats)), {"mean"; "sd"}))
    error ("standardize_apply: stats must be a structure of mean and sd, got %s", value_text (stats));
  endif
  for name = {"mean", "sd"}
    check_matrix ("standardize_apply", sprintf ("stats's %s", name{1}), stats.(name{1}));
    if (! isequal (size (stats.(name{1})), [n, 1]))
      error ("standardize_apply: stats's %s must be %d x 1 to match X, got %s", name{1}, n,
             value_text (stats.(name{1}), true));
    endif
  endfor
  if (any (stats.sd < 0))
    error ("standardize_apply: stats's sd must not be negative");
  endif
  sd = stats.sd;
  sd(sd == 0) = 1;
  Z = (X - stats.mean) ./ sd;
endfunction

%!error <Invalid call> standardize_apply (1)

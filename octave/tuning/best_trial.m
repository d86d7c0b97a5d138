## best = best_trial (results)
##
## The index (0-based, as in Python) of the best trial in random_search's
## RESULTS (2 x n): the highest validation accuracy, then the lowest cost,
## then the first.

function best = best_trial (results)
  if (nargin != 1)
    print_usage ();
  endif
  if (! (isnumeric (results) || islogical (results)) || ndims (results) != 2 || rows (results) != 2 ...
      || columns (results) < 1)
    error ("best_trial: results must be a 2 x n matrix of accuracies and costs, n >= 1");
  endif
  best = 1;
  for k = 2:columns (results)
    if (results(1, k) > results(1, best) || (results(1, k) == results(1, best) && results(2, k) < results(2, best)))
      best = k;
    endif
  endfor
  best -= 1;
endfunction

## Best trial prefers accuracy, then cost, then the first.
%!assert (best_trial ([0.9, 0.95, 0.95, 0.95; 0.1, 0.3, 0.2, 0.2]), 2)
%!assert (best_trial ([0.5; NaN]), 0)
%!error <Invalid call> best_trial ()

## [count, largest] = cost_rises (costs)
##
## How often and how far a cost curve rose: COUNT, the number of epochs (or
## iterations) whose cost is above the one before, and LARGEST, the largest
## such rise relative to the cost before it, (later - earlier) / earlier, 0
## when the cost never rises.  An optimiser overshooting shows here, and
## learning-rate decay's point is to settle it.  COSTS is train's costs, a
## vector of numbers; a NaN neither rises nor is risen from.

function [count, largest] = cost_rises (costs)
  if (nargin != 1)
    print_usage ();
  endif
  if (! (isnumeric (costs) && isreal (costs) && ndims (costs) == 2 && min (size (costs)) <= 1))
    error ("cost_rises: costs must be a vector of numbers, got %s", value_text (costs));
  endif
  costs = double (costs(:)');
  earlier = costs(1:end - 1);
  later = costs(2:end);
  rose = later > earlier;
  rises = (later(rose) - earlier(rose)) ./ earlier(rose);
  count = numel (rises);
  largest = 0;
  if (count > 0)
    largest = max (rises);
  endif
endfunction

## Two rises, by half of 2 and half of 1; the largest is the relative one.
%!test
%! [count, largest] = cost_rises ([3, 2, 2.5, 1, 1.5]);
%! assert ([count, largest], [2, 0.5]);
## A cost that only falls, one cost and none have no rise; a column is a vector too.
%!test
%! [count, largest] = cost_rises ([4, 2, 1]);
%! assert ([count, largest], [0, 0]);
%! [count, largest] = cost_rises (3);
%! assert ([count, largest], [0, 0]);
%! [count, largest] = cost_rises ([]);
%! assert ([count, largest], [0, 0]);
%! [count, largest] = cost_rises ([1; 1.25; 1]);
%! assert ([count, largest], [1, 0.25]);
## A NaN neither rises nor is risen from; a rise to inf is infinite.
%!test
%! [count, largest] = cost_rises ([1, NaN, 2, 3]);
%! assert ([count, largest], [1, 0.5]);
%! [count, largest] = cost_rises ([1, Inf]);
%! assert ([count, largest], [1, Inf]);
%!error <Invalid call> cost_rises ()
%!error <costs must be a vector of numbers, got a 2 x 2 matrix> cost_rises (ones (2))

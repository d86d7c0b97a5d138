## check_space (caller, space)
##
## Refuse a search space SPACE (a struct with a [low, high] row for every
## name of tuning_space) without a range (low <= high) that suits each
## hyper-parameter.  The message starts with CALLER.

function check_space (caller, space)
  if (nargin != 2)
    print_usage ();
  endif
  for name = tuning_space ()
    name = name{1};
    bounds = [];
    if (isstruct (space) && isscalar (space) && isfield (space, name))
      bounds = space.(name);
    endif
    if (! (isnumeric (bounds) && isreal (bounds) && numel (bounds) == 2 && all (isfinite (bounds))
           && bounds(1) <= bounds(2)))
      error ("%s: space must give %s as [low, high] with low <= high", caller, name);
    endif
    low = double (bounds(1));
    high = double (bounds(2));
    switch (name)
      case "learning_rate"
        [ok, rule] = deal (low > 0, "positive");
      case "hidden"
        [ok, rule] = deal (low >= 1 && low == fix (low) && high == fix (high), "whole numbers from 1");
      case "lambd"
        [ok, rule] = deal (low > 0 || high == 0, "positive, or both 0");
      case "keep_prob"
        [ok, rule] = deal (low > 0 && high <= 1, "in (0, 1]");
      case "batch_size"
        ## low >= 1 first: log2 of 0 or less is not a whole number to test.
        ok = low >= 1 && log2 (low) == fix (log2 (low)) && log2 (high) == fix (log2 (high));
        rule = "powers of two";
      otherwise
        [ok, rule] = deal (low >= 0 && high < 1, "in [0, 1)");
    endswitch
    if (! ok)
      error ("%s: the %s range must be %s, got %s", caller, name, rule, value_text ([low, high]));
    endif
  endfor
endfunction

%!shared ranges
%! ranges = struct ("learning_rate", [1e-3, 1e-1], "hidden", [5, 100], "lambd", [1e-4, 1e-1], "keep_prob", [0.7, 1],
%!                  "batch_size", [16, 128], "beta1", [0.8, 0.99], "beta2", [0.99, 0.9999]);

%!test
%! check_space ("f", ranges);
%! check_space ("f", setfield (ranges, "lambd", [0, 0]));
%! check_space ("f", setfield (ranges, "hidden", [7; 7]));

%!error <Invalid call> check_space ("f")

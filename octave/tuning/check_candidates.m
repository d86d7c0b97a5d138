## n = check_candidates (caller, name, candidates)
## n = check_candidates (caller, name, candidates, single)
## n = check_candidates (caller, name, candidates, "single", single)
##
## Refuse CANDIDATES unless it is a struct with a row of finite numbers for
## every name of tuning_space, all of one length n >= 1 (n = 1 if SINGLE is
## true, default false: one candidate, as from candidate).  Returns n; the
## message starts with CALLER and names the argument NAME.

function n = check_candidates (caller, name, candidates, varargin)
  if (nargin < 3)
    print_usage ();
  endif
  single = optional_arguments ("check_candidates", {"single"}, {false}, varargin);
  sizes = zeros (1, 0);
  for field = tuning_space ()
    value = [];
    if (isstruct (candidates) && isscalar (candidates) && isfield (candidates, field{1}))
      value = candidates.(field{1});
    endif
    ## Anything but finite numbers counts as none.
    finite = isnumeric (value) && isreal (value) && all (isfinite (value(:)));
    sizes(end + 1) = finite * numel (value);
  endfor
  n = 0;
  if (all (sizes == sizes(1)))
    n = sizes(1);
  endif
  if (n < 1 || (single && n != 1))
    each = "the same number of numbers each";
    if (single)
      each = "one number each";
    endif
    error ("%s: %s must hold learning_rate, hidden, lambd, keep_prob, batch_size, beta1 and beta2, %s", caller,
           name, each);
  endif
endfunction

%!shared candidates
%! candidates = struct ("learning_rate", [0.01, 0.1], "hidden", [5, 8], "lambd", [0, 0.01], "keep_prob", [1, 0.9],
%!                      "batch_size", [16, 32], "beta1", [0.9, 0.9], "beta2", [0.999, 0.999]);

%!assert (check_candidates ("f", "candidates", candidates), 2)
%!assert (check_candidates ("f", "candidates", setfield (candidates, "hidden", [5; 8])), 2)
%!assert (check_candidates ("f", "best", structfun (@(v) v(1), candidates, "UniformOutput", false), true), 1)
## "single" by name: one candidate is due, and there are two.
%!error <^narrow_space: best must hold .*, one number each$>
%! check_candidates ("narrow_space", "best", candidates, "single", true)
%!error <Invalid call> check_candidates ("f", "candidates")
%!error <^Invalid call to check_candidates$> check_candidates ("f", "candidates", candidates, "one", true)

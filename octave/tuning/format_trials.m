## text = format_trials (candidates, results, first)
##
## The trials (CANDIDATES as from sample_candidates, RESULTS as from
## random_search) as a text table, numbered from FIRST, lines joined by
## newlines (none at the end), laid out the same way in every language.

function text = format_trials (candidates, results, first)
  if (nargin != 3)
    print_usage ();
  endif
  n = check_candidates ("format_trials", "candidates", candidates);
  if (! (isnumeric (results) || islogical (results)) || ndims (results) != 2 || rows (results) != 2 ...
      || columns (results) != n)
    error ("format_trials: results must be a 2 x %d matrix, one column per candidate", n);
  endif
  check_count ("format_trials", "first", first);
  lines = {sprintf("%5s%15s%8s%11s%11s%12s%8s%9s%9s%10s", "trial", "learning_rate", "hidden", "lambd", ...
                   "keep_prob", "batch_size", "beta1", "beta2", "val_acc", "cost")};
  for k = 0:n - 1
    c = candidate (candidates, k);
    ## fix: %d prints a fraction in full, Python's int () truncates; tolower:
    ## Python prints a diverged cost as nan or inf where Octave gives NaN and Inf.
    lines{end + 1} = tolower (sprintf ("%5d%15.3e%8d%11.3e%11.3f%12d%8.4f%9.5f%9.4f%10.4g", first + k,
                                       c.learning_rate, fix (c.hidden), c.lambd, c.keep_prob, fix (c.batch_size),
                                       c.beta1, c.beta2, results(1, k + 1), results(2, k + 1)));
  endfor
  text = strjoin (lines, "\n");
endfunction

## Trials are laid out in columns.
%!test
%! candidates = struct ("learning_rate", 0.0123, "hidden", 57, "lambd", 0.001, "keep_prob", 0.9, "batch_size", 32,
%!                      "beta1", 0.9, "beta2", 0.999);
%! lines = strsplit (format_trials (candidates, [0.95; 0.1234567], 3), "\n");
%! assert (lines{2}, "    3      1.230e-02      57  1.000e-03      0.900          32  0.9000  0.99900   0.9500    0.1235");
%! assert (numel (lines), 2);
%! assert (numel (lines{1}), numel (lines{2}));
%! assert (strsplit (format_trials (candidates, [0.3; NaN], 1), "\n"){2}(end - 9:end), "       nan");
%! assert (strsplit (format_trials (candidates, [0.3; -Inf], 1), "\n"){2}(end - 9:end), "      -inf");
%!shared candidates
%! candidates = struct ("learning_rate", [0.01, 0.1], "hidden", [5, 8], "lambd", [0, 0.01], "keep_prob", [1, 0.9],
%!                      "batch_size", [16, 32], "beta1", [0.9, 0.9], "beta2", [0.999, 0.999]);
## An N-D array, which tables/bad_input.json (the refusals) cannot write.
%!error <^format_trials: results must be a 2 x 2 matrix, one column per candidate$> format_trials (candidates, zeros (2, 2, 2), 0)
%!error <Invalid call> format_trials (struct (), [])

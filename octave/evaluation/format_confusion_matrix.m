## text = format_confusion_matrix (counts)
##
## The confusion matrix COUNTS as text (lines joined by newlines, none at
## the end), laid out the same way in every language: a title, the
## predicted labels, then one row per true label, each number 6 wide.

function text = format_confusion_matrix (counts)
  if (nargin != 1)
    print_usage ();
  endif
  if (! (isnumeric (counts) || islogical (counts)) || ndims (counts) != 2 || rows (counts) != columns (counts))
    error ("format_confusion_matrix: counts must be a square matrix");
  endif
  K = rows (counts);
  labels = 0:K-1;
  lines = {"confusion matrix (rows: true label, columns: predicted label)", ...
           [blanks(6) sprintf("%6d", labels)]};
  for k = 1:K
    lines{end + 1} = sprintf ("%6d", labels(k), fix (counts(k, :)));
  endfor
  text = strjoin (lines, "\n");
endfunction

%!test
%! text = format_confusion_matrix ([1, 0, 0; 0, 1, 1; 0, 0, 2]);
%! assert (text, ["confusion matrix (rows: true label, columns: predicted label)\n", ...
%!                "           0     1     2\n     0     1     0     0\n", ...
%!                "     1     0     1     1\n     2     0     0     2"]);
%!assert (strsplit (format_confusion_matrix ([123456, 7; 0, 85]), "\n"){4}, "     1     0    85")
%!assert (strsplit (format_confusion_matrix ([1234567, 7; 0, 85]), "\n"){3}, "     01234567     7")
## An N-D array, which tables/bad_input.json (the refusals) cannot write.
%!error <^format_confusion_matrix: counts must be a square matrix$> format_confusion_matrix (zeros (2, 2, 2))
%!error <Invalid call> format_confusion_matrix ()

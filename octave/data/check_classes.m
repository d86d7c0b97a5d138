## check_classes (path, classes, output)
##
## A data file's CLASSES (read_dataset's, a cell row of names) must suit
## the output layer OUTPUT: 2 for a sigmoid output, at least 2 for softmax.
## PATH names the file in the message.

function check_classes (path, classes, output)
  if (nargin != 3)
    print_usage ();
  endif
  if (strcmp (output, "sigmoid") && numel (classes) != 2)
    error ("check_classes: '%s' must hold 2 classes for a sigmoid output, got %d: %s", path, numel (classes),
           value_text (classes));
  endif
  if (numel (classes) < 2)
    error ("check_classes: '%s' must hold at least 2 classes for a %s output, got %d: %s", path, output,
           numel (classes), value_text (classes));
  endif
endfunction

%!test
%! check_classes ("f.csv", {"a", "b"}, "sigmoid");
%! check_classes ("f.csv", {"a", "b", "c"}, "softmax");
%!error <Invalid call> check_classes ("f.csv", {"a"})

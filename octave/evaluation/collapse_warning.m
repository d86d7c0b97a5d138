## text = collapse_warning (costs, Y_hat, n_classes)
##
## One warning line when training collapsed, else "": when the last of
## COSTS is still at the level of a constant prediction (ln N_CLASSES, ln 2
## for a sigmoid output, within 1 %) or every example of Y_HAT is predicted
## as one class.  It names the likely causes.

function text = collapse_warning (costs, Y_hat, n_classes)
  if (nargin != 3)
    print_usage ();
  endif
  check_positive ("collapse_warning", "n_classes", n_classes, true);
  check_matrix ("collapse_warning", "Y_hat", Y_hat);
  if (iscell (costs))
    costs = [costs{:}];
  endif
  level = log (n_classes);
  found = {};
  if (! isempty (costs) && costs(end) >= 0.99 * level)
    found{end + 1} = sprintf ("the cost stayed at ln %s = %.4f (a constant prediction's)", value_text (n_classes), level);
  endif
  if (numel (Y_hat) > 1 && all (Y_hat(:) == Y_hat(1)))
    found{end + 1} = sprintf ("every example is predicted as class %s", value_text (Y_hat(1)));
  endif
  text = "";
  if (! isempty (found))
    text = sprintf (["warning: training collapsed: %s; likely causes: unscaled features (try --standardize), ", ...
                     "a learning rate too large or too small, or too few iterations"], strjoin (found, " and "));
  endif
endfunction

%!assert (collapse_warning ([1.2, log(3)], [0, 1], 3),
%!        ["warning: training collapsed: the cost stayed at ln 3 = 1.0986 (a constant prediction's); ", ...
%!         "likely causes: unscaled features (try --standardize), a learning rate too large or too small, ", ...
%!         "or too few iterations"])
%!assert (strfind (collapse_warning (0.1, [2, 2], 3), "every example is predicted as class 2;") > 0)
%!assert (collapse_warning (0.1, [0, 1], 2), "")
%!error <Invalid call> collapse_warning (1, 2)

## plot_search (learning_rates, accuracies, labels, path, title)
##
## Validation accuracy against learning rate (log scale), one colour per
## search round (the class colours of the Python plots): LEARNING_RATES and
## ACCURACIES are cell arrays of rows, one per round (at least one), named
## by the cells of LABELS in the legend; each round has positive learning
## rates and one accuracy per rate.  With the text TITLE, written as a
## 600 x 400 PNG to PATH, atomically (gnuplot, no display).

function plot_search (learning_rates, accuracies, labels, path, title)
  if (nargin != 5)
    print_usage ();
  endif
  if (! iscell (learning_rates) || isempty (learning_rates))
    error ("plot_search: learning_rates must hold at least one round");
  endif
  n = numel (learning_rates);
  check_count_matches ("plot_search", "accuracies", accuracies, n, "rounds");
  check_count_matches ("plot_search", "labels", labels, n, "rounds");
  ## One round per element, as Python's zip takes a list of numbers.
  if (! iscell (accuracies))
    accuracies = num2cell (accuracies);
  endif
  for k = 1:n
    [rates, ok] = numbers (learning_rates{k});
    if (! ok || ! all (rates > 0))
      error ("plot_search: learning_rates must be positive numbers");
    endif
    [scores, ok] = numbers (accuracies{k});
    if (! ok || numel (scores) != numel (rates))
      error ("plot_search: accuracies must hold one number per learning rate");
    endif
  endfor
  write_plot (path, [600, 400], @() draw (learning_rates, accuracies, labels, title));
endfunction

function draw (learning_rates, accuracies, labels, title_text)
  n = numel (learning_rates);
  colours = class_colours (n);
  points = zeros (1, n);
  hold on;
  for k = 1:n
    points(k) = plot (learning_rates{k}(:), accuracies{k}(:), "o", "markersize", 4,
                      "markerfacecolor", colours(k, :), "markeredgecolor", colours(k, :));
  endfor
  hold off;
  ## Set after hold on, which would keep the linear scale otherwise.
  set (gca (), "xscale", "log", "box", "on");
  ## A string property set to "default" is reset; "\default" is the word.
  ## Bottom right: the better trials, the ones of interest, gather at the top.
  legend (points, regexprep (labels, '^(default|factory|remove)$', '\\$1'), "interpreter", "none",
          "location", "southeast");
  label_axes ("learning rate", "validation accuracy", title_text);
endfunction

%!test
%! folder = tempname ();
%! unwind_protect
%!   path = fullfile (folder, "search.png");
%!   plot_search ({[1e-3, 0.05, 0.1], [0.02, 0.04]}, {[0.5, 0.9, 0.8], [0.92, 0.95]}, {"round 1", "round 2"}, path,
%!                "accuracy_against rate (test)");
%!   assert ([imfinfo(path).Width, imfinfo(path).Height], [600, 400]);
%!   assert (numel (dir (folder)), 3);
%! unwind_protect_cleanup
%!   confirm_recursive_rmdir (false, "local");
%!   rmdir (folder, "s");
%! end_unwind_protect
%!error <Invalid call> plot_search ({1}, {1}, {"a"}, "x.png")

## label_axes (x_text, y_text, title_text)
##
## Label the current axes, verbatim (no TeX: "_" stays "_"), the title in
## a smaller, normal font so that the longest chapter titles fit the width.
## Through the text objects, since the plots' arguments title and xlabel
## hide the functions of those names.

function label_axes (x_text, y_text, title_text)
  ax = gca ();
  set (get (ax, "xlabel"), "string", x_text, "interpreter", "none");
  set (get (ax, "ylabel"), "string", y_text, "interpreter", "none");
  ## gnuplot takes the title's size from the axes, not from the title.
  set (ax, "titlefontsizemultiplier", 0.9, "titlefontweight", "normal");
  set (get (ax, "title"), "string", title_text, "interpreter", "none");
endfunction

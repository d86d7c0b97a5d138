## colours = class_colours (n)
##
## The first N colours of the Python plots (matplotlib's tab10), as rows of
## RGB in [0, 1]; they repeat after ten.

function colours = class_colours (n)
  hex = ["1f77b4"; "d62728"; "2ca02c"; "ff7f0e"; "9467bd"; "8c564b"; "e377c2"; "7f7f7f"; "bcbd22"; "17becf"];
  hex = hex(mod (0:n - 1, rows (hex)) + 1, :);
  colours = reshape (hex2dec (reshape (hex.', 2, []).'), 3, []).' / 255;
endfunction

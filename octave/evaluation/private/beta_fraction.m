## h = beta_fraction (x, a, b)
##
## The continued fraction of I_x(a, b), by the modified Lentz method, to 1e-15.

function h = beta_fraction (x, a, b)
  tiny = 1e-300;
  c = 1;
  d = 1 - (a + b) * x / (a + 1);
  if (abs (d) < tiny)
    d = tiny;
  endif
  d = 1 / d;
  h = d;
  for m = 1:10000
    for numerator = [m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)), ...
                     -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))]
      d = 1 + numerator * d;
      if (abs (d) < tiny)
        d = tiny;
      endif
      d = 1 / d;
      c = 1 + numerator / c;
      if (abs (c) < tiny)
        c = tiny;
      endif
      h = h * d * c;
    endfor
    if (abs (d * c - 1) < 1e-15)
      break;
    endif
  endfor
endfunction

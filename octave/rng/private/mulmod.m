## r = mulmod (a, b, m)
##
## a .* b mod m, exactly, for integers 0 <= a, b < m < 2^31 held in doubles
## (with broadcasting).  B is split into 16-bit halves so that every partial
## product stays below 2^53 and is exact.

function r = mulmod (a, b, m)
  bh = floor (b / 65536);
  bl = b - bh * 65536;
  t = md (a .* bh, m);
  t = md (t * 65536, m);
  r = md (t + md (a .* bl, m), m);
endfunction

function r = md (x, m)
  ## x mod m for 0 <= x < 2^53: floor (x ./ m) is exact since m > 2^30.
  r = x - floor (x ./ m) .* m;
endfunction

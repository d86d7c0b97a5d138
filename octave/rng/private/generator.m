## [m, a, P, Q] = generator ()
##
## L'Ecuyer's two components (docs/rng.md) as 1 x 2 rows: moduli M and
## multipliers A; P(k, c) = a(c)^k mod m(c) for k = 1..4096, the table that
## advances a whole block of draws in one vectorised product, and
## Q = P 2^16 mod m, with which x P mod m = (floor (x / 2^16) Q
## + mod (x, 2^16) P) mod m: every term stays below 2^48, exact in doubles.

function [m, a, P, Q] = generator ()
  m = [2147483563, 2147483399];
  a = [40014, 40692];
  persistent table shifted
  if (isempty (table))
    ## Doubling: rows k + 1..2k are rows 1..k times a^k.
    table = a;
    while (rows (table) < 4096)
      table = [table; mulmod(table, table(end, :), m)];
    endwhile
    shifted = mulmod (table, 65536, m);
  endif
  P = table;
  Q = shifted;
endfunction

## [m, a, P] = generator ()
##
## L'Ecuyer's two components (docs/rng.md) as 1 x 2 rows: moduli M and
## multipliers A; P(k, c) = a(c)^k mod m(c) for k = 1..4096, the table that
## advances a whole block of draws in one vectorised product.

function [m, a, P] = generator ()
  m = [2147483563, 2147483399];
  a = [40014, 40692];
  persistent table
  if (isempty (table))
    ## Doubling: rows k + 1..2k are rows 1..k times a^k.
    table = a;
    while (rows (table) < 4096)
      table = [table; mulmod(table, table(end, :), m)];
    endwhile
  endif
  P = table;
endfunction

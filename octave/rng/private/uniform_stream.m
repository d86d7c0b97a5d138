## [u, rng] = uniform_stream (rng, n)
##
## N uniforms in (0, 1) as a column, and the new state: each draw steps both
## components, z = x1 - x2 (plus m1 - 1 if z < 1), u = z / m1.

function [u, rng] = uniform_stream (rng, n)
  [m, ~, P, Q] = generator ();
  x = [rng.x1, rng.x2];
  u = zeros (n, 1);
  for start = 1:rows (P):n
    count = min (rows (P), n - start + 1);
    ## x P mod m from x's 16-bit halves (generator): fewer operations than
    ## mulmod, and the same exact integers.
    high = floor (x / 65536);
    s = high .* Q(1:count, :) + (x - high * 65536) .* P(1:count, :);
    s -= floor (s ./ m) .* m;
    x = s(end, :);
    z = s(:, 1) - s(:, 2);
    z(z < 1) += m(1) - 1;
    u(start:start + count - 1) = z / m(1);
  endfor
  rng = struct ("x1", x(1), "x2", x(2));
endfunction

## x = beta_quantile (p, a, b)
##
## The X in [0, 1] where the Beta(A, B) distribution function (the regularised
## incomplete beta function) reaches P: bisection to the last bit, the same
## steps in every language (betaincinv's own algorithm differs from R's and
## numpy's in the last bits).

function x = beta_quantile (p, a, b)
  if (nargin != 3)
    print_usage ();
  endif
  if (! (isnumeric (p) && isreal (p) && isscalar (p) && p >= 0 && p <= 1))
    error ("beta_quantile: p must be a number in [0, 1], got %s", value_text (p));
  endif
  check_positive ("beta_quantile", "a", a);
  check_positive ("beta_quantile", "b", b);
  p = double (p);
  if (p == 0 || p == 1)
    x = p;
    return;
  endif
  lower = 0;
  upper = 1;
  while (true)
    x = (lower + upper) / 2;
    if (x <= lower || x >= upper)
      return;
    endif
    if (incomplete_beta (x, a, b) < p)
      lower = x;
    else
      upper = x;
    endif
  endwhile
endfunction

%!assert (beta_quantile (0, 2, 3), 0)
%!assert (beta_quantile (1, 2, 3), 1)
%!assert (beta_quantile (0.5, 4, 4), 0.5, 1e-14)
## Beta(1, b): F(x) = 1 - (1 - x)^b, so the quantile is 1 - (1 - p)^(1 / b).
%!assert (beta_quantile (0.3, 1, 5), 1 - 0.7 ^ 0.2, -1e-14)
%!test
%! for c = [0.025, 0.5, 0.5; 0.975, 30.5, 2; 1e-8, 2, 3; 0.9, 9000, 1001]'
%!   assert (beta_quantile (c(1), c(2), c(3)), betaincinv (c(1), c(2), c(3)), -1e-12);
%! endfor
%!error <Invalid call> beta_quantile (0.5, 1)

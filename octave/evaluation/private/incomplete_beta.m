## I = incomplete_beta (x, a, b)
##
## I_x(a, b) for 0 < x < 1: x^a (1 - x)^b / B(a, b) times a continued fraction
## (Numerical Recipes' betai), taken at x or, where it converges faster, at
## 1 - x by I_x(a, b) = 1 - I_(1-x)(b, a).

function I = incomplete_beta (x, a, b)
  front = exp (gammaln (a + b) - gammaln (a) - gammaln (b) + a * log (x) + b * log1p (-x));
  if (x < (a + 1) / (a + b + 2))
    I = front * beta_fraction (x, a, b) / a;
  else
    I = 1 - front * beta_fraction (1 - x, b, a) / b;
  endif
endfunction

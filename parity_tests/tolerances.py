"""The one table of cross-language tolerances, each with its measured reason.

A comparison passes when max|a - b| <= tolerance * max(max|a|, max|b|, floor): relative to
the larger array's scale (never below the tolerance's floor), so that elements near zero
(sums that cancel) are judged by the size of the quantity, not by their own tiny size.
Zero means bit for bit.
A tolerance is never loosened to make a test pass: a gap is a bug until explained.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Tolerance:
    name: str
    value: float
    reason: str
    floor: float = 0.0  # the smallest scale a gap is judged against


TOLERANCES = {t.name: t for t in [
    Tolerance("exact", 0.0,
              "the portable generator is exact integer arithmetic in doubles plus glibc's log and cos, "
              "and data files are parsed by correctly rounded conversions: nothing may differ"),
    Tolerance("elementwise", 1e-15,
              "elementwise formulas: only the last bit of exp, tanh and log1p differs (numpy's vectorised "
              "versions against glibc's, below one ulp relative)"),
    Tolerance("one_pass", 1e-13,
              "one forward/backward pass or cost: BLAS summation order, R's long-double sum and the last bit "
              "of exp/tanh; measured at most 1.3e-15 over the test networks (depth 1-4), kept 100x above "
              "that because sums over thousands of examples add more terms"),
    Tolerance("saturated_output", 1e-13,
              "gradients where the output saturates: dZL = AL - Y cancels when AL rounds to within 1e-8 of "
              "its label, so a last-bit difference in exp (numpy's against glibc's, 1.1e-16 absolute) is a "
              "large share of a tiny dZ; judged against the probabilities' own scale, 1 (floor), as one_pass "
              "judges everything else: measured 2.8e-19 absolute for db1 of a 5-2 softmax on inputs x 30, "
              "2.8e-11 of db1's own scale", floor=1.0),
    Tolerance("training", 1e-12,
              "a short or convex training run (chapter 1's 4000 iterations, 200 iterations of small nets): "
              "gradient descent carries the one-pass rounding forward; measured at most 2.1e-15 "
              "(chapter 1 costs), 2.7e-16 (200 iterations), 5.8e-16 (a spiral epoch of mini-batches with "
              "dropout and L2, each optimiser) and 1.1e-15 (3 MNIST epochs of Adam with dropout, L2, decay)"),
    Tolerance("finite_difference", 3e-8,
              "a gradient check's centred differences divide each example's cost difference by 2 epsilon "
              "(2e-7), so a last-bit difference in exp or tanh (numpy's vectorised against glibc's) grows "
              "by 5e6: measured at most 2.8e-9 of the scale over the test networks, with and without L2"),
    Tolerance("beta_quantile", 1e-10,
              "beta_quantile (the accuracy's Clopper-Pearson interval) bisects the incomplete beta function, whose "
              "factor x^a (1 - x)^b / B(a, b) takes lgamma of numbers up to the example count: Python's math.lgamma, "
              "R's lgammafn and glibc's (Octave's gammaln) differ in their last bits, and lgamma(a + b) - lgamma(a) - "
              "lgamma(b) cancels (near lgamma(10^4) = 8.2e4 a last bit is 1.5e-11), which moves the bound's last "
              "digits; measured at most 3.9e-12 of the bounds over 0 to 10,000 correct of 10,000 (the upper bound "
              "for 0 correct the worst), 3.8e-14 for 9000 of 10,000; 25x kept for larger test sets"),
    Tolerance("long_training", 1e-10,
              "the parameters after chapter 4's 10,000 full-batch iterations (the spiral at the book's lr 0.6): "
              "the costs agree to 4.1e-15 over the whole run (training), but each step adds its rounding to the "
              "parameters, b1 most: measured 2.9e-12 of b1's scale after 3000 iterations and 3.5e-12 after "
              "10000 (W1 3.5e-13, W2 6.5e-13, b2 1.3e-13); the size depends on the BLAS kernels the CPU "
              "selects, hence 30x margin. (At lr 1.0 a relu unit at its kink flipped on a 1e-16 difference "
              "after 1000 iterations and the runs parted to 4.7e-5: this tolerance was 1e-3.)"),
]}

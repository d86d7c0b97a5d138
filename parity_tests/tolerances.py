"""The one table of cross-language tolerances, each with its measured reason.

A comparison passes when max|a - b| <= tolerance * max(max|a|, max|b|): relative to
the larger array's scale, so that elements near zero (sums that cancel) are judged
by the size of the quantity, not by their own tiny size. Zero means bit for bit.
A tolerance is never loosened to make a test pass: a gap is a bug until explained.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Tolerance:
    name: str
    value: float
    reason: str


TOLERANCES = {t.name: t for t in [
    Tolerance("exact", 0.0,
              "the portable generator is exact integer arithmetic in doubles plus glibc's log and cos, "
              "and data files are parsed by correctly rounded conversions: nothing may differ"),
    Tolerance("elementwise", 1e-15,
              "elementwise formulas: only the last bit of exp, tanh and log1p differs (numpy's vectorised "
              "versions against glibc's, below one ulp relative)"),
    Tolerance("one_pass", 1e-13,
              "one forward/backward pass or cost: BLAS summation order, R's long-double sum and the last bit "
              "of exp/tanh give ~1e-15 per operation, a few layers and sums of thousands of terms add up"),
    Tolerance("training", 1e-10,
              "a full training run: gradient descent repeats the one-pass rounding thousands of times; "
              "measured ~1e-13 for chapter 1's 4000 iterations, a convex problem that damps differences"),
]}

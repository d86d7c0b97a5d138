"""The portable random generator (docs/rng.md): identical streams in Python, R and Octave.

L'Ecuyer's combined multiplicative generator. Every quantity is an exact
integer below 2^62, so int64 arithmetic here equals the double arithmetic of
the R and Octave versions bit for bit.
"""
import math

import numpy as np

from .validation import check_count, value_text

M1, A1 = 2147483563, 40014
M2, A2 = 2147483399, 40692
BLOCK = 4096
SEED_JUMP_BITS = 40
TWO_PI = 6.283185307179586
MAX_SEED = 2**31


def _power_table(a, m):
    """P[k-1] = a^k mod m for k = 1..BLOCK, built by doubling."""
    table = np.array([a], dtype=np.int64)
    while table.size < BLOCK:
        table = np.concatenate([table, table * table[-1] % m])
    return table[:BLOCK]


_P1 = _power_table(A1, M1)
_P2 = _power_table(A2, M2)


def rng_seed(seed):
    """Return the generator state for an integer seed, 0 <= seed < 2^31."""
    # The range first: math.floor refuses NaN and infinities with messages of its own.
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer, float)) \
            or not 0 <= seed < MAX_SEED or seed != math.floor(seed):
        raise ValueError(f"rng_seed: seed must be an integer in 0..2147483647, got {value_text(seed)}")
    seed = int(seed)
    jump1 = pow(A1, 2**SEED_JUMP_BITS, M1)
    jump2 = pow(A2, 2**SEED_JUMP_BITS, M2)
    return {"x1": float(A1 * pow(jump1, seed, M1) % M1),
            "x2": float(A2 * pow(jump2, seed, M2) % M2)}


def check_rng(caller, rng):
    """Refuse anything but a state from rng_seed: x1 in 1..M1-1, x2 in 1..M2-1, whole numbers."""
    ok = isinstance(rng, dict)
    for key, m in (("x1", M1), ("x2", M2)):
        value = rng.get(key) if ok else None
        ok = ok and isinstance(value, (int, float, np.number, np.ndarray)) and not isinstance(value, bool) \
            and np.size(value) == 1
        if ok:
            number = float(np.ravel(value)[0])
            ok = number == math.floor(number) and 1 <= number < m
    if not ok:
        raise ValueError(f"{caller}: rng must be a generator state from rng_seed")


def _uniform_stream(rng, n):
    """n uniforms in (0, 1) as a flat array, and the new state."""
    x1, x2 = int(rng["x1"]), int(rng["x2"])
    out = np.empty(n)
    for start in range(0, n, BLOCK):
        count = min(BLOCK, n - start)
        s1 = _P1[:count] * x1 % M1
        s2 = _P2[:count] * x2 % M2
        x1, x2 = int(s1[-1]), int(s2[-1])
        z = s1 - s2
        z[z < 1] += M1 - 1
        out[start:start + count] = z / M1
    return out, {"x1": float(x1), "x2": float(x2)}


def rng_uniform(rng, n_rows, n_cols):
    """An n_rows x n_cols matrix of uniforms in (0, 1), filled column by column."""
    check_rng("rng_uniform", rng)
    n_rows = check_count("rng_uniform", "n_rows", n_rows)
    n_cols = check_count("rng_uniform", "n_cols", n_cols)
    return draw_uniform(rng, n_rows, n_cols)


def draw_uniform(rng, n_rows, n_cols):
    """rng_uniform's arithmetic without its argument checks, for callers that have checked them
    (dropout masks are drawn on every batch of a training run)."""
    u, rng = _uniform_stream(rng, n_rows * n_cols)
    return u.reshape((n_rows, n_cols), order="F"), rng


def rng_normal(rng, n_rows, n_cols):
    """An n_rows x n_cols matrix of standard normals (Box-Muller, cosine branch)."""
    check_rng("rng_normal", rng)
    n_rows = check_count("rng_normal", "n_rows", n_rows)
    n_cols = check_count("rng_normal", "n_cols", n_cols)
    u, rng = _uniform_stream(rng, 2 * n_rows * n_cols)
    # math.log and math.cos are glibc's, as in R and Octave; numpy's differ in the last bit.
    radius = np.sqrt(-2.0 * np.fromiter(map(math.log, u[0::2]), float, n_rows * n_cols))
    angle = np.fromiter(map(math.cos, TWO_PI * u[1::2]), float, n_rows * n_cols)
    return (radius * angle).reshape((n_rows, n_cols), order="F"), rng


def rng_permutation(rng, n):
    """A random permutation of 0..n-1: the stable sort order of n uniforms."""
    check_rng("rng_permutation", rng)
    n = check_count("rng_permutation", "n", n)
    u, rng = _uniform_stream(rng, n)
    return np.argsort(u, kind="stable"), rng

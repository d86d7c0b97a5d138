"""The portable generator: 100,000 draws of each kind, bit for bit, for several seeds."""
import numpy as np
import pytest

from agreement import assert_agree
from helpers import each, flat, pick

SEEDS = [0, 1, 42, 2147483647]
N = 100_000


@pytest.mark.parametrize("seed", SEEDS)
def test_seeding(langs, seed):
    states = each(langs, "rng_seed", seed)
    for key in ("x1", "x2"):
        assert_agree(f"rng_seed({seed}).{key}", flat(pick(states, key)), "exact")


@pytest.mark.parametrize("kind", ["rng_uniform", "rng_normal"])
@pytest.mark.parametrize("seed", SEEDS)
def test_streams(langs, kind, seed):
    state = langs["python"].call("rng_seed", seed)
    out = each(langs, kind, state, 1, N)
    assert_agree(f"{kind}(seed {seed}) x {N}", pick(out, "values"), "exact")
    for key in ("x1", "x2"):
        assert_agree(f"{kind}(seed {seed}) state {key}", flat(pick(pick(out, "rng"), key)), "exact")


@pytest.mark.parametrize("seed", SEEDS)
def test_permutations(langs, seed):
    state = langs["python"].call("rng_seed", seed)
    out = pick(each(langs, "rng_permutation", state, N), "values")
    out = flat(out)
    out["python"] = out["python"] + 1
    assert_agree(f"rng_permutation(seed {seed}) of {N}, as 1-based indices", out, "exact")
    assert np.array_equal(np.sort(out["r"]), np.arange(1, N + 1))


@pytest.mark.parametrize("kind", ["rng_uniform", "rng_normal"])
def test_matrices_fill_column_by_column(langs, kind):
    state = langs["python"].call("rng_seed", 3)
    assert_agree(f"{kind} 3 x 5 matrix", pick(each(langs, kind, state, 3, 5), "values"), "exact")

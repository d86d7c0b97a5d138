import math

import numpy as np
import pytest

from dlfp.rng import A1, A2, M1, M2, rng_normal, rng_permutation, rng_seed, rng_uniform


def scalar_stream(rng, n):
    """The recurrence one step at a time, as in L'Ecuyer's paper."""
    x1, x2, out = int(rng["x1"]), int(rng["x2"]), []
    for _ in range(n):
        x1, x2 = A1 * x1 % M1, A2 * x2 % M2
        z = x1 - x2
        out.append((z + M1 - 1 if z < 1 else z) / M1)
    return np.array(out)


@pytest.mark.parametrize("seed", [0, 1, 123456])
def test_blocked_stream_equals_the_plain_recurrence(seed):
    u, _ = rng_uniform(rng_seed(seed), 1, 10000)
    np.testing.assert_array_equal(u[0], scalar_stream(rng_seed(seed), 10000))


def test_seed_jumps_two_to_the_forty_steps():
    assert rng_seed(0) == {"x1": float(A1), "x2": float(A2)}
    assert rng_seed(3)["x1"] == float(pow(A1, 1 + 3 * 2**40, M1))
    assert rng_seed(3)["x2"] == float(pow(A2, 1 + 3 * 2**40, M2))


def test_draws_split_across_calls_equal_one_call():
    whole, _ = rng_uniform(rng_seed(7), 1, 9000)
    first, rng = rng_uniform(rng_seed(7), 1, 4500)
    second, _ = rng_uniform(rng, 1, 4500)
    np.testing.assert_array_equal(whole, np.hstack([first, second]))


def test_matrices_fill_column_by_column():
    stream, _ = rng_uniform(rng_seed(5), 1, 12)
    matrix, _ = rng_uniform(rng_seed(5), 3, 4)
    np.testing.assert_array_equal(matrix[:, 1], stream[0, 3:6])


def test_uniform_moments_and_range():
    u, _ = rng_uniform(rng_seed(11), 1, 100000)
    assert 0 < u.min() and u.max() < 1
    assert abs(u.mean() - 0.5) < 0.005 and abs(u.var() - 1 / 12) < 0.002


def test_normal_moments_and_box_muller_pairs():
    z, _ = rng_normal(rng_seed(11), 1, 100000)
    assert abs(z.mean()) < 0.01 and abs(z.std() - 1) < 0.01
    u, _ = rng_uniform(rng_seed(11), 1, 2)
    assert z[0, 0] == math.sqrt(-2 * math.log(u[0, 0])) * math.cos(2 * math.pi * u[0, 1])


def test_permutation_holds_every_index_once_and_is_the_sort_order():
    perm, _ = rng_permutation(rng_seed(2), 1000)
    np.testing.assert_array_equal(np.sort(perm), np.arange(1000))
    u, _ = rng_uniform(rng_seed(2), 1, 1000)
    assert np.all(np.diff(u[0, perm]) >= 0)


def test_different_seeds_give_different_streams():
    a, _ = rng_uniform(rng_seed(1), 1, 100)
    b, _ = rng_uniform(rng_seed(2), 1, 100)
    assert not np.any(a == b)


def test_a_whole_float_is_a_count_as_in_r_and_octave():
    values, _ = rng_uniform(rng_seed(1), 2.0, np.float64(3))
    np.testing.assert_array_equal(values, rng_uniform(rng_seed(1), 2, 3)[0])


def test_draw_uniform_is_rng_uniform_without_the_checks():
    from dlfp.rng import draw_uniform
    U, after = draw_uniform(rng_seed(3), 5, 4)
    checked, after_checked = rng_uniform(rng_seed(3), 5, 4)
    assert np.array_equal(U, checked) and after == after_checked

import math

import numpy as np
import pytest

from dlfp.initialization import initialize_parameters
from dlfp.rng import rng_normal, rng_seed


@pytest.mark.parametrize("init,scale", [("default", 0.01), ("he", math.sqrt(2 / 5)), ("xavier", math.sqrt(1 / 5))])
def test_weights_are_scaled_normals_drawn_layer_by_layer(init, scale):
    parameters, _ = initialize_parameters([5, 3, 2], rng_seed(9), init)
    Z, rng = rng_normal(rng_seed(9), 3, 5)
    np.testing.assert_array_equal(parameters["W1"], Z * scale)
    assert parameters["W2"].shape == (2, 3) and parameters["b2"].shape == (2, 1)
    assert not parameters["b1"].any()


def test_zeros_draws_nothing():
    parameters, rng = initialize_parameters([4, 1], rng_seed(9), "zeros")
    assert rng == rng_seed(9) and not parameters["W1"].any()

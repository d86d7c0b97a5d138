"""Random architectures for property-based tests: the Python tests use them, and the parity harness
replays the same generated cases through R and Octave."""
import numpy as np
from hypothesis import strategies as st

from dlfp.initialization import initialize_parameters
from dlfp.rng import rng_normal, rng_seed, rng_uniform

HIDDEN = st.sampled_from(["sigmoid", "tanh", "relu"])


@st.composite
def networks(draw):
    """Layer sizes, activations, an input scale and a seed: the case the harness replays in R and Octave."""
    hidden = draw(st.lists(st.integers(1, 6), min_size=0, max_size=3))
    output = draw(st.sampled_from(["sigmoid", "softmax"]))
    n_out = 1 if output == "sigmoid" else draw(st.integers(2, 5))
    dims = [draw(st.integers(1, 5))] + hidden + [n_out]
    activations = [draw(HIDDEN) for _ in hidden] + [output]
    return dims, activations, draw(st.integers(1, 9)), draw(st.sampled_from([0.0, 1.0, 30.0])), draw(st.integers(0, 10**6))


def build(case):
    """Parameters, X and Y of a generated case, all from the portable generator."""
    dims, activations, m, scale, seed = case
    parameters, rng = initialize_parameters(dims, rng_seed(seed), "he")
    X, rng = rng_normal(rng, dims[0], m)
    u, rng = rng_uniform(rng, 1, m)
    n_classes = 2 if activations[-1] == "sigmoid" else dims[-1]
    return parameters, X * scale, np.floor(u * n_classes)

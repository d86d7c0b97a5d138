import numpy as np
import pytest

from dlfp.data import load_dataset
from dlfp.rng import rng_seed
from dlfp.training import train


def test_training_lowers_the_cost_and_prints_progress(data_path, capsys):
    X, Y = load_dataset(data_path("spiral.csv"), n_classes=3)
    _, costs, _ = train(X, Y, [2, 20, 3], ["relu", "softmax"], rng_seed(1), learning_rate=1.0,
                        iterations=300, init="he", print_every=100)
    assert len(costs) == 300 and costs[-1] < 0.8 * costs[0]
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["iteration 0", "iteration 100", "iteration 200", "iteration 299"]
    assert lines[0] == f"iteration 0: cost {costs[0]:.10g}"


def test_zero_initialised_logistic_regression_starts_at_log_two(data_path):
    X, Y = load_dataset(data_path("cancer.csv"), n_classes=2)
    _, costs, _ = train(X / 1000, Y, [30, 1], ["sigmoid"], rng_seed(1), learning_rate=0.5, iterations=2, init="zeros")
    assert costs[0] == pytest.approx(np.log(2), abs=1e-15)


@pytest.mark.parametrize("kwargs,message", [
    ({"learning_rate": 0}, "train: learning_rate must be a positive number, got 0"),
    ({"iterations": 2.5}, "train: iterations must be a positive integer, got 2.5"),
])
def test_bad_options_are_refused(kwargs, message):
    X = np.ones((2, 3))
    with pytest.raises(ValueError, match=message):
        train(X, np.zeros((1, 3)), [2, 1], ["sigmoid"], rng_seed(1), **kwargs)


def test_bad_labels_are_refused():
    with pytest.raises(ValueError, match=r"train: Y must hold integer labels in 0..1"):
        train(np.ones((2, 3)), np.array([[0.0, 2.0, 1.0]]), [2, 1], ["sigmoid"], rng_seed(1))
    with pytest.raises(ValueError, match=r"train: Y must be a 1 x 3 matrix"):
        train(np.ones((2, 3)), np.zeros((3, 1)), [2, 1], ["sigmoid"], rng_seed(1))

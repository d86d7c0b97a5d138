import numpy as np
import pytest

from dlfp.plots import plot_cost_curves, plot_costs, plot_differences, plot_digits, plot_search

PNG = b"\x89PNG\r\n\x1a\n"


def is_png(path):
    with open(path, "rb") as f:
        return f.read(8) == PNG


def test_cost_plots_are_pngs(tmp_path):
    plot_costs([3.0, 2.0, 1.5], tmp_path / "one.png", "one curve", xlabel="epoch")
    plot_cost_curves([[3.0, 2.0], [2.5, 0.1]], ["gd", "adam"], tmp_path / "two.png", "two curves")
    assert is_png(tmp_path / "one.png") and is_png(tmp_path / "two.png")


def test_digits_plot_takes_up_to_sixteen_digits(tmp_path):
    X = np.linspace(0, 1, 784 * 3).reshape(784, 3)
    plot_digits(X, np.array([[0.0, 1.0, 9.0]]), np.array([[0.0, 7.0, 9.0]]), tmp_path / "digits.png", "digits")
    assert is_png(tmp_path / "digits.png")


def test_a_failed_plot_leaves_no_file(tmp_path):
    with pytest.raises(ValueError, match=r"^plot_digits: X must have 784 rows \(28 x 28 pixels\)$"):
        plot_digits(np.zeros((10, 2)), np.zeros((1, 2)), np.zeros((1, 2)), tmp_path / "digits.png", "not 28 x 28")
    assert list(tmp_path.iterdir()) == []


def test_search_and_difference_plots_are_pngs(tmp_path):
    plot_search([[0.01, 0.1], [0.03]], [[0.9, 0.95], [0.97]], ["round 1", "round 2"], tmp_path / "search.png", "search")
    plot_differences(["a", "b"], [1e-9, 0.5], 1e-7, tmp_path / "differences.png", "checks")
    assert is_png(tmp_path / "search.png") and is_png(tmp_path / "differences.png")


@pytest.mark.parametrize("draw,message", [
    (lambda path: plot_costs([], path, "t"), "plot_costs: costs must hold at least one number"),
    (lambda path: plot_costs(["a"], path, "t"), "plot_costs: costs must hold at least one number"),
    (lambda path: plot_cost_curves([[1.0], [2.0]], ["gd"], path, "t"), "plot_cost_curves: labels must name the 2 curves, got 1"),
    (lambda path: plot_cost_curves([], [], path, "t"), "plot_cost_curves: curves must hold at least one curve"),
    (lambda path: plot_differences(["a"], [1e-9], -1, path, "t"), "plot_differences: threshold must be a positive number, got -1"),
    (lambda path: plot_search([[0.1]], [[0.5], [0.6]], ["first"], path, "t"),
     "plot_search: accuracies must hold the 1 rounds, got 2"),
    (lambda path: plot_search([[0.1, 0.2]], [[0.5]], ["first"], path, "t"),
     "plot_search: accuracies must hold one number per learning rate"),
    (lambda path: plot_digits(np.zeros((784, 2)), np.zeros((1, 3)), np.zeros((1, 3)), path, "t"),
     r"plot_digits: Y must be a 1 x 2 matrix, got \(1, 3\)"),
])
def test_bad_plot_input_is_refused_and_nothing_is_written(tmp_path, draw, message):
    with pytest.raises(ValueError, match=f"^{message}$"):
        draw(tmp_path / "plot.png")
    assert list(tmp_path.iterdir()) == []


def test_a_diverged_cost_curve_is_still_drawn(tmp_path):
    plot_costs([1.0, float("nan"), float("inf")], tmp_path / "nan.png", "diverged")
    assert is_png(tmp_path / "nan.png")

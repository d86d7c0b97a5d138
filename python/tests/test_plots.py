import numpy as np
import pytest

from dlfp.plots import plot_averages, plot_cost_curves, plot_costs, plot_data, plot_differences, plot_digits, plot_search

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


def test_search_and_difference_plots_are_pngs(tmp_path):
    plot_search([[0.01, 0.1], [0.03]], [[0.9, 0.95], [0.97]], ["round 1", "round 2"], tmp_path / "search.png", "search")
    plot_differences(["a", "b"], [1e-9, 0.5], 1e-7, tmp_path / "differences.png", "checks")
    assert is_png(tmp_path / "search.png") and is_png(tmp_path / "differences.png")


# Each plot refuses bad input before it writes anything, not even the folder of its file (the messages
# are tables/bad_input.json's).
@pytest.mark.parametrize("draw", [
    lambda path: plot_costs([], path, "t"),
    lambda path: plot_cost_curves([[1.0], [2.0]], ["gd"], path, "t"),
    lambda path: plot_averages(np.array([[1.0, 2.0]]), [np.array([[1.0]])], ["beta 0.5"], path, "t"),
    lambda path: plot_differences(["a"], [1e-9], -1, path, "t"),
    lambda path: plot_search([[0.1]], [[0.5], [0.6]], ["first"], path, "t"),
    lambda path: plot_digits(np.zeros((10, 2)), np.zeros((1, 2)), np.zeros((1, 2)), path, "t"),
])
def test_a_refused_plot_writes_nothing(tmp_path, draw):
    with pytest.raises(ValueError):
        draw(tmp_path / "plots" / "plot.png")
    assert list(tmp_path.iterdir()) == []


def test_a_diverged_cost_curve_is_still_drawn(tmp_path):
    plot_costs([1.0, float("nan"), float("inf")], tmp_path / "nan.png", "diverged")
    assert is_png(tmp_path / "nan.png")


def test_data_plot_is_a_png_and_leaves_nothing_else(tmp_path):
    X = np.array([[0.0, 1.0, 2.0, 0.5], [1.0, 0.0, 2.0, 0.5]])
    plot_data(X, np.array([[0.0, 2.0, 1.0, 2.0]]), tmp_path / "sub" / "data.png", "three classes")
    assert is_png(tmp_path / "sub" / "data.png") and [p.name for p in (tmp_path / "sub").iterdir()] == ["data.png"]


def test_data_plot_refuses_before_writing(tmp_path):
    with pytest.raises(ValueError, match="^plot_data: Y must hold integer labels in 0..9$"):
        plot_data(np.zeros((2, 2)), np.array([[0.0, 10.0]]), tmp_path / "sub" / "data.png", "t")
    assert not (tmp_path / "sub").exists()


def test_an_averages_plot_is_a_png(tmp_path):
    values = np.array([[3.0, 1.0, 2.0]])
    plot_averages(values, [values / 2, np.array([[1.0, 1.5, 1.6]])], ["half", "beta 0.9"], tmp_path / "a.png", "averages")
    assert is_png(tmp_path / "a.png")

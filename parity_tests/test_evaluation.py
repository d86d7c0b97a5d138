"""The evaluation metrics (classification_metrics, accuracy_interval, beta_quantile, format_metrics) and the
run record (format_run) in all three languages: the ratios of counts bit for bit, the beta quantiles within their
tolerance, the text the same."""
import numpy as np
import pytest

from agreement import assert_agree, record
from helpers import each

RATIOS = ("accuracy", "kappa", "precision", "recall", "specificity", "f1", "balanced_accuracy")
COUNTS = {
    "three_classes": np.array([[50.0, 2, 0], [3, 40, 7], [0, 1, 60]]),
    # Class 1 never predicted: its precision is 0 / 0 (nan); kappa 0.
    "never_predicted": np.array([[5.0, 0], [3, 0]]),
    # One class only: chance agreement is 1, kappa 0 / 0.
    "one_class": np.array([[4.0, 0], [0, 0]]),
    "ten_classes": np.random.default_rng(7).integers(0, 30, (10, 10)).astype(float) + 60 * np.eye(10),
}
# (correct, total): every end, the middle, and counts up to MNIST's full 10,000 test digits.
INTERVALS = [(c, t) for t in (1, 2, 7, 80, 143, 320, 1000, 10000)
             for c in sorted({0, 1, t // 2, 9 * t // 10, t - 1, t})]


@pytest.mark.parametrize("name", COUNTS)
def test_classification_metrics_agree(langs, name):
    out = each(langs, "classification_metrics", COUNTS[name])
    for field in RATIOS:
        assert_agree(f"classification_metrics[{name}].{field}",
                     {lang: np.reshape(np.asarray(v[field], dtype=float), (1, -1)) for lang, v in out.items()}, "exact")
    assert_agree(f"classification_metrics[{name}].interval", {lang: v["interval"] for lang, v in out.items()},
                 "beta_quantile")
    texts = {lang: langs[lang].call("format_metrics", v) for lang, v in out.items()}
    texts = {lang: text if isinstance(text, str) else text[0] for lang, text in texts.items()}
    assert texts["r"] == texts["python"] and texts["octave"] == texts["python"], texts


def test_accuracy_intervals_agree(langs):
    for correct, total in INTERVALS:
        assert_agree(f"accuracy_interval({correct}, {total})", each(langs, "accuracy_interval", correct, total),
                     "beta_quantile")


def test_beta_quantiles_agree(langs):
    for p, a, b in [(0.025, 0.5, 0.5), (0.975, 30.5, 2), (1e-8, 2, 3), (0.9, 9000, 1001), (0.3, 1, 5), (0, 2, 3),
                    (1, 2, 3)]:
        out = {lang: np.reshape(np.asarray(v, dtype=float), (1, 1)) for lang, v in
               each(langs, "beta_quantile", p, a, b).items()}
        assert_agree(f"beta_quantile({p}, {a}, {b})", out, "beta_quantile")


# format_run's arguments: a file in a folder, text class names, held-out examples; numbers as names, one
# renamed; a count of classes.
RUNS = {
    "names_held_out": ("/some/folder/iris.csv", np.zeros((4, 105)), ["setosa", "versicolor", "virginica"], 45,
                       [4, 100, 3], ["relu", "softmax"]),
    "numbers": ("labels.csv", np.zeros((2, 7)), ["0", "2"], 3, [2, 9, 9, 1], ["relu", "relu", "sigmoid"]),
    "count": ("digits.csv", np.zeros((784, 5)), 10, 0, [784, 128, 64, 10], ["relu", "relu", "softmax"]),
}


@pytest.mark.parametrize("name", RUNS)
def test_the_run_record_is_the_same_text(langs, name):
    texts = {lang: langs[lang].call("format_run", *RUNS[name]) for lang in langs}
    texts = {lang: text if isinstance(text, str) else text[0] for lang, text in texts.items()}
    for lang in ("r", "octave"):
        record(f"format_run[{name}]", f"python-{lang}", None, None, "identical text", texts[lang] == texts["python"])
    assert texts["r"] == texts["python"] and texts["octave"] == texts["python"], texts

"""The evaluation metrics (classification_metrics, accuracy_interval, beta_quantile, format_metrics) in all
three languages: the ratios of counts bit for bit, the beta quantiles within their tolerance, the text the
same."""
import numpy as np
import pytest

from agreement import assert_agree
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

import numpy as np

from dlfp.data import read_dataset, split_train_test
from dlfp.evaluation import (accuracy, accuracy_interval, beta_quantile, classification_metrics, confusion_matrix,
                             cost_rises, format_confusion_matrix, format_metrics, format_run, predict_labels)
from dlfp.rng import rng_seed


def test_sigmoid_tie_predicts_zero():
    parameters = {"W1": np.zeros((1, 2)), "b1": np.zeros((1, 1))}
    np.testing.assert_array_equal(predict_labels(np.ones((2, 3)), parameters, ["sigmoid"]), [[0, 0, 0]])
    parameters["b1"][0, 0] = 1e-12
    np.testing.assert_array_equal(predict_labels(np.ones((2, 3)), parameters, ["sigmoid"]), [[1, 1, 1]])


def test_softmax_predicts_the_first_most_probable_class():
    parameters = {"W1": np.array([[1.0], [2.0], [2.0]]), "b1": np.zeros((3, 1))}
    np.testing.assert_array_equal(predict_labels(np.array([[1.0, -1.0]]), parameters, ["softmax"]), [[1, 0]])


def test_accuracy_and_confusion_matrix():
    Y = np.array([[0.0, 1.0, 2.0, 2.0, 1.0]])
    Y_hat = np.array([[0.0, 2.0, 2.0, 2.0, 1.0]])
    assert accuracy(Y, Y_hat) == 0.8
    C = confusion_matrix(Y, Y_hat, 3)
    np.testing.assert_array_equal(C, [[1, 0, 0], [0, 1, 1], [0, 0, 2]])
    assert format_confusion_matrix(C).splitlines()[1:] == [
        "           0     1     2", "     0     1     0     0", "     1     0     1     1", "     2     0     0     2"]


def test_metrics_agree_with_scikit_learn():
    from sklearn.metrics import balanced_accuracy_score, cohen_kappa_score, precision_recall_fscore_support
    rng = np.random.default_rng(5)
    for n_classes, m in [(2, 40), (3, 200), (10, 1000)]:
        Y = rng.integers(0, n_classes, (1, m)).astype(float)
        # Right about two times in three, so that no statistic is 0 or 1 by construction.
        Y_hat = np.where(rng.random((1, m)) < 0.65, Y, rng.integers(0, n_classes, (1, m))).astype(float)
        metrics = classification_metrics(confusion_matrix(Y, Y_hat, n_classes))
        y, y_hat, labels = Y[0], Y_hat[0], list(range(n_classes))
        precision, recall, f1, _ = precision_recall_fscore_support(y, y_hat, labels=labels, zero_division=np.nan)
        specificity = [precision_recall_fscore_support(y != k, y_hat != k, average="binary")[1] for k in labels]
        for name, expected in [("precision", precision), ("recall", recall), ("f1", f1), ("specificity", specificity),
                               ("balanced_accuracy", (recall + np.array(specificity)) / 2)]:
            assert metrics[name].shape == (1, n_classes)
            np.testing.assert_allclose(metrics[name][0], expected, rtol=1e-14, err_msg=name)
        np.testing.assert_allclose(metrics["kappa"], cohen_kappa_score(y, y_hat), rtol=1e-14)
        assert metrics["accuracy"] == accuracy(Y, Y_hat)
        if n_classes == 2:
            np.testing.assert_allclose(metrics["balanced_accuracy"][0], balanced_accuracy_score(y, y_hat), rtol=1e-14)


def test_metrics_of_a_model_the_project_did_not_make():
    """scikit-learn's own classifier on its iris data: the metrics of its predictions."""
    from sklearn.datasets import load_iris
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import cohen_kappa_score, f1_score
    X, y = load_iris(return_X_y=True)
    y_hat = LogisticRegression(max_iter=1000).fit(X[::2], y[::2]).predict(X)
    metrics = classification_metrics(confusion_matrix(y.reshape(1, -1).astype(float),
                                                      y_hat.reshape(1, -1).astype(float), 3))
    np.testing.assert_allclose(metrics["f1"][0], f1_score(y, y_hat, average=None), rtol=1e-14)
    np.testing.assert_allclose(metrics["kappa"], cohen_kappa_score(y, y_hat), rtol=1e-14)


def test_undefined_ratios_are_nan():
    # Class 1 is never predicted: its precision is 0 / 0; no class is more likely than chance, so kappa is 0.
    metrics = classification_metrics(np.array([[5.0, 0.0], [3.0, 0.0]]))
    assert np.isnan(metrics["precision"][0, 1]) and metrics["f1"][0, 1] == 0 and metrics["kappa"] == 0
    # One class only: chance agreement is 1 and kappa is 0 / 0.
    assert np.isnan(classification_metrics(np.array([[4.0, 0.0], [0.0, 0.0]]))["kappa"])
    lines = format_metrics(metrics).splitlines()
    assert lines[-1] == "     1         nan      0.0000      1.0000      0.0000             0.5000"


def test_accuracy_interval_is_clopper_pearson():
    # scipy's beta.ppf (Boost's inverse incomplete beta) gives the Clopper-Pearson bounds to the last bits;
    # its binomtest(...).proportion_ci(method="exact") finds them by root-finding, to about 1e-11.
    from scipy.stats import beta
    for correct, total in [(985, 1000), (1, 1000), (5, 8), (9011, 10000), (160, 320)]:
        expected = [[beta.ppf(0.025, correct, total - correct + 1), beta.ppf(0.975, correct + 1, total - correct)]]
        np.testing.assert_allclose(accuracy_interval(correct, total), expected, rtol=1e-12, atol=0)
    np.testing.assert_allclose(accuracy_interval(0, 7), [[0, 1 - 0.025 ** (1 / 7)]], rtol=1e-14)
    assert accuracy_interval(0, 7)[0, 0] == 0 and accuracy_interval(7, 7)[0, 1] == 1


def test_beta_quantile():
    from scipy.stats import beta
    assert beta_quantile(0, 2, 3) == 0 and beta_quantile(1, 2, 3) == 1
    assert abs(beta_quantile(0.5, 4, 4) - 0.5) < 1e-14  # symmetric: the median is the middle
    # Beta(1, b): F(x) = 1 - (1 - x)^b, so the quantile is 1 - (1 - p)^(1 / b).
    np.testing.assert_allclose(beta_quantile(0.3, 1, 5), 1 - 0.7 ** 0.2, rtol=1e-14)
    for p, a, b in [(0.025, 0.5, 0.5), (0.975, 30.5, 2), (1e-8, 2, 3), (0.9, 9000, 1001)]:
        np.testing.assert_allclose(beta_quantile(p, a, b), beta.ppf(p, a, b), rtol=1e-12)


def test_format_metrics_lines():
    metrics = classification_metrics(np.array([[50.0, 2, 0], [3, 40, 7], [0, 1, 60]]))
    lines = format_metrics(metrics).splitlines()
    low, high = metrics["interval"][0]
    assert lines[0] == f"accuracy 95 % confidence interval: {low:.4f} to {high:.4f}"
    assert lines[1] == f"kappa: {metrics['kappa']:.4f}"
    assert lines[2] == " class   precision      recall specificity          f1  balanced accuracy"
    assert lines[3].split() == ["0"] + [f"{metrics[name][0, 0]:.4f}" for name in
                                        ("precision", "recall", "specificity", "f1", "balanced_accuracy")]
    assert len(lines) == 6


def test_cost_rises_by_hand():
    # 2 -> 2.5 rises by a quarter of 2, 1 -> 1.5 by half of 1: the largest is the relative one.
    assert cost_rises([3, 2, 2.5, 1, 1.5]) == (2, 0.5)
    assert cost_rises([4.0, 2.0, 1.0]) == (0, 0.0)
    assert cost_rises([1.0, 1.0]) == (0, 0.0)
    assert cost_rises(np.array([[1.0], [1.25], [1.0]])) == (1, 0.25)


def test_cost_rises_of_nothing_one_cost_and_non_finite_costs():
    assert cost_rises([]) == cost_rises(None) == cost_rises(3.0) == (0, 0.0)
    # A nan neither rises nor is risen from; a rise to inf is infinite.
    assert cost_rises([1.0, np.nan, 2.0, 3.0]) == (1, 0.5)
    assert cost_rises([1.0, np.inf]) == (1, np.inf)


def test_cost_rises_reads_trains_costs():
    from dlfp.rng import rng_seed
    from dlfp.training import train, train_config
    X = np.array([[0.0, 1.0, 2.0, 3.0], [1.0, 0.0, 1.0, 0.0]])
    Y = np.array([[0.0, 1.0, 1.0, 0.0]])
    _, costs, _ = train(X, Y, [2, 1], ["sigmoid"], rng_seed(1), train_config(learning_rate=50.0, iterations=30,
                                                                              print_every=0))
    count, largest = cost_rises(costs)
    steps = np.diff(costs)
    assert count == int(np.sum(steps > 0)) > 0
    assert largest == max(steps[k] / costs[k] for k in range(len(steps)) if steps[k] > 0)


def test_format_run_records_the_file_the_classes_the_split_and_the_network(tmp_path):
    path = tmp_path / "flowers.csv"
    path.write_text("x1,x2,x3,Species\n1,2,3,b\n4,5,6,a\n7,8,9,c\n1,1,1,a\n2,2,2,b\n")
    X, Y, classes = read_dataset(str(path), "Species")
    X_train, _, X_test, _, _ = split_train_test(X, Y, 0.4, rng_seed(1))
    text = format_run(str(path), X_train, classes, X_test.shape[1], [3, 5, 3], ["relu", "softmax"])
    assert text.splitlines() == ["data: 'flowers.csv', 5 examples of 3 features",
                                 "classes: 0 = 'a', 1 = 'b', 2 = 'c'",
                                 "held out: 2 of 5 examples, not trained on",
                                 "network: 3-5-3, relu/softmax"]


def test_format_run_names_classes_by_number_and_lists_several_networks():
    X = np.zeros((2, 7))
    assert format_run("moons.csv", X, 2, 0, [2, 9, 9, 1], ["relu", "relu", "sigmoid"]).splitlines() == [
        "data: 'moons.csv', 7 examples of 2 features", "classes: 0, 1", "network: 2-9-9-1, relu/relu/sigmoid"]
    # A class named by another number shows both; a class named by its own number, the number alone.
    assert format_run("a.csv", X, ["0", "2"], 0, [2, 1], ["sigmoid"]).splitlines()[1] == "classes: 0, 1 = '2'"
    text = format_run("a.csv", X, 3, 3, [[2, 4, 1], [2, 3, 3]], [["tanh", "sigmoid"], ["relu", "softmax"]])
    assert text.splitlines()[-2:] == ["held out: 3 of 10 examples, not trained on",
                                      "networks: 2-4-1, tanh/sigmoid; 2-3-3, relu/softmax"]

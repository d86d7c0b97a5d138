import numpy as np

from dlfp.evaluation import accuracy, confusion_matrix, format_confusion_matrix, predict_labels


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

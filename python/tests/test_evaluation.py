import numpy as np
import pytest

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


def test_accuracy_and_confusion_matrix_refuse_mismatched_or_bad_labels():
    with pytest.raises(ValueError, match=r"^accuracy: Y and Y_hat must have the same shape, got \(1, 2\) and \(1, 3\)$"):
        accuracy(np.zeros((1, 2)), np.zeros((1, 3)))
    with pytest.raises(ValueError, match=r"^confusion_matrix: labels must be integers in 0\.\.1$"):
        confusion_matrix(np.array([[0.0, 0.5]]), np.array([[0.0, 1.0]]), 2)


def test_predict_labels_refuses_bad_input_under_its_own_name():
    with pytest.raises(ValueError, match="^predict_labels: X must have 2 rows to match W1, got 3$"):
        predict_labels(np.ones((3, 2)), {"W1": np.ones((1, 2)), "b1": np.zeros((1, 1))}, ["sigmoid"])


def test_evaluation_refuses_labels_it_cannot_compare():
    with pytest.raises(ValueError, match="^accuracy: Y_hat must hold only finite numbers$"):
        accuracy(np.zeros((1, 2)), np.array([[0.0, np.nan]]))
    with pytest.raises(ValueError, match=r"^confusion_matrix: Y and Y_hat must be 1 x m matrices of the same shape, "
                                         r"got \(1, 2\) and \(2, 1\)$"):
        confusion_matrix(np.zeros((1, 2)), np.zeros((2, 1)), 2)
    with pytest.raises(ValueError, match="^confusion_matrix: n_classes must be a positive integer, got 1.5$"):
        confusion_matrix(np.zeros((1, 2)), np.zeros((1, 2)), 1.5)


def test_a_confusion_matrix_is_square():
    with pytest.raises(ValueError, match="^format_confusion_matrix: counts must be a square matrix$"):
        format_confusion_matrix(np.zeros((2, 3)))

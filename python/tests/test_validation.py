import numpy as np
import pytest

from dlfp.initialization import initialize_parameters
from dlfp.optimizers import initialize_optimizer
from dlfp.rng import rng_seed
from dlfp.validation import check_network, check_state, output_classes

PARAMETERS, _ = initialize_parameters([2, 4, 3], rng_seed(1), "he")


def test_output_classes_counts_two_for_a_sigmoid_unit_and_one_per_output_row_otherwise():
    assert output_classes(PARAMETERS, ["relu", "softmax"]) == 3
    assert output_classes({"W1": np.ones((1, 2)), "b1": np.zeros((1, 1))}, ["sigmoid"]) == 2


@pytest.mark.parametrize("optimizer", ["gd", "momentum", "rmsprop", "adam"])
def test_check_state_takes_every_optimisers_initial_state(optimizer):
    check_state("f", PARAMETERS, initialize_optimizer(PARAMETERS, optimizer))


@pytest.mark.parametrize("state,message", [
    ({}, "f: state must come from initialize_optimizer"),
    ([1], "f: state must come from initialize_optimizer"),
    ({"optimizer": "sgd"}, "f: state must come from initialize_optimizer"),
    ({k: v for k, v in initialize_optimizer(PARAMETERS, "adam").items() if k not in ("sdW1", "vdb2")},
     "f: state must hold sdW1, vdb2"),
    (initialize_optimizer({"W1": PARAMETERS["W1"]}, "momentum"), "f: state must hold vdb1, vdW2, vdb2"),
])
def test_check_state_refuses_a_state_that_lacks_what_its_steps_need(state, message):
    with pytest.raises(ValueError, match=f"^{message}$"):
        check_state("f", PARAMETERS, state)


@pytest.mark.parametrize("args,message", [
    ((np.ones((3, 4)), np.zeros((1, 4))), "f: X must have 2 rows to match W1, got 3"),
    ((np.ones((2, 4)), np.array([[0, 1, 2, 3]])), r"f: Y must hold integer labels in 0\.\.2"),
    ((np.ones((2, 4)), np.zeros((1, 3))), r"f: Y must be a 1 x 4 matrix, got 1 x 3"),
])
def test_check_network_checks_the_layers_and_the_labels_under_the_callers_name(args, message):
    with pytest.raises(ValueError, match=f"^{message}$"):
        check_network("f", *args, PARAMETERS, ["relu", "softmax"], initialize_optimizer(PARAMETERS))


def test_check_network_takes_a_whole_network_and_checks_its_state():
    check_network("f", np.ones((2, 4)), np.array([[0, 1, 2, 2]]), PARAMETERS, ["relu", "softmax"],
                  initialize_optimizer(PARAMETERS, "rmsprop"))
    with pytest.raises(ValueError, match="^f: state must come from initialize_optimizer$"):
        check_network("f", np.ones((2, 4)), np.array([[0, 1, 2, 2]]), PARAMETERS, ["relu", "softmax"], {})

"""Parameter updates: gradient descent, momentum, RMSProp and Adam behind one contract,
update_parameters(parameters, grads, learning_rate, state) -> (parameters, state),
and learning-rate decay."""
import math

import numpy as np

from .validation import _is_number, check_count, check_matrix, check_positive, check_state, value_text

OPTIMIZERS = ("gd", "momentum", "rmsprop", "adam")
DECAYS = ("none", "inverse", "exponential")


def exponential_average(values, beta):
    """The exponentially weighted average of a series, the moving average that momentum, RMSProp
    and Adam keep of the gradient: v_0 = 0, v_t = beta v_(t-1) + (1 - beta) values_t for
    t = 1..n, about the last 1 / (1 - beta) values. Starting at 0 pulls the first averages towards
    0; the bias correction v_t / (1 - beta^t) (Adam's) removes the pull. values is 1 x n, beta in
    [0, 1). Returns (averages, corrected), each 1 x n."""
    check_matrix("exponential_average", "values", values)
    if values.shape[0] != 1:
        raise ValueError(f"exponential_average: values must have 1 row, got {values.shape[0]}")
    if not (_is_number(beta) and 0 <= beta < 1):
        raise ValueError(f"exponential_average: beta must be in [0, 1), got {value_text(beta)}")
    n = values.shape[1]
    averages, corrected = np.zeros((1, n)), np.zeros((1, n))
    v = 0.0
    for t in range(1, n + 1):
        v = beta * v + (1 - beta) * float(values[0, t - 1])
        averages[0, t - 1] = v
        corrected[0, t - 1] = v / (1 - math.pow(beta, t))
    return averages, corrected


def initialize_optimizer(parameters, optimizer="gd", beta1=0.9, beta2=0.999, epsilon=1e-8):
    """The optimiser's state before the first step: its name and settings, the step count t = 0,
    and zero moving averages of the gradient (vdW1, vdb1, ... for momentum and Adam) and of its
    square (sdW1, sdb1, ... for RMSProp and Adam). beta1 weighs the gradient's average,
    beta2 its square's; epsilon keeps the RMSProp and Adam steps finite."""
    check_optimizer("initialize_optimizer", optimizer, beta1, beta2, epsilon)
    state = {"optimizer": optimizer, "beta1": float(beta1), "beta2": float(beta2), "epsilon": float(epsilon), "t": 0}
    for name, value in parameters.items():
        if optimizer in ("momentum", "adam"):
            state[f"vd{name}"] = np.zeros_like(value, dtype=float)
        if optimizer in ("rmsprop", "adam"):
            state[f"sd{name}"] = np.zeros_like(value, dtype=float)
    return state


def check_optimizer(caller, optimizer, beta1, beta2, epsilon):
    """Refuse an unknown optimizer, beta1 or beta2 outside [0, 1) and an epsilon that is not a positive
    number; the message starts with caller."""
    if optimizer not in OPTIMIZERS:
        raise ValueError(f"{caller}: optimizer must be one of gd, momentum, rmsprop, adam, got {value_text(optimizer)}")
    for name, value in (("beta1", beta1), ("beta2", beta2)):
        if not (_is_number(value) and 0 <= value < 1):
            raise ValueError(f"{caller}: {name} must be in [0, 1), got {value_text(value)}")
    if not (_is_number(epsilon) and 0 < epsilon < float("inf")):
        raise ValueError(f"{caller}: epsilon must be a positive number, got {value_text(epsilon)}")


def update_parameters(parameters, grads, learning_rate, state):
    """One step of the state's optimiser, for every parameter P with gradient g = dP; t = t + 1.

    gd:       P = P - learning_rate g
    momentum: v = beta1 v + (1 - beta1) g;  P = P - learning_rate v
    rmsprop:  s = beta2 s + (1 - beta2) g^2;  P = P - learning_rate g / (sqrt(s) + epsilon)
    adam:     v and s as above; P = P - learning_rate vc / (sqrt(sc) + epsilon) with the
              bias corrections vc = v / (1 - beta1^t), sc = s / (1 - beta2^t)
    Returns (parameters, state), both new.
    """
    check_positive("update_parameters", "learning_rate", learning_rate)
    check_state("update_parameters", parameters, state)
    check_grads("update_parameters", parameters, grads)
    return update_step(parameters, grads, learning_rate, state)


def check_grads(caller, parameters, grads):
    """grads must hold dP, of P's shape, for every parameter P."""
    missing = [f"d{name}" for name in parameters if f"d{name}" not in grads]
    if missing:
        raise ValueError(f"{caller}: grads must hold {', '.join(missing)}")
    for name, P in parameters.items():
        if np.shape(grads[f"d{name}"]) != P.shape:
            raise ValueError(f"{caller}: d{name} must be {P.shape[0]} x {P.shape[1]} to match {name}")


def update_step(parameters, grads, learning_rate, state):
    """update_parameters' arithmetic without its argument checks, for callers that have
    checked their arguments once (train runs thousands of steps on the same shapes)."""
    optimizer = state["optimizer"]
    beta1, beta2, epsilon = state["beta1"], state["beta2"], state["epsilon"]
    state = dict(state)
    t = state["t"] = state["t"] + 1
    new = {}
    for name, P in parameters.items():
        g = grads[f"d{name}"]
        if optimizer == "gd":
            new[name] = P - learning_rate * g
            continue
        if optimizer in ("momentum", "adam"):
            v = state[f"vd{name}"] = beta1 * state[f"vd{name}"] + (1 - beta1) * g
        if optimizer in ("rmsprop", "adam"):
            s = state[f"sd{name}"] = beta2 * state[f"sd{name}"] + (1 - beta2) * (g * g)
        if optimizer == "momentum":
            new[name] = P - learning_rate * v
        elif optimizer == "rmsprop":
            new[name] = P - learning_rate * g / (np.sqrt(s) + epsilon)
        else:
            corrected_v = v / (1 - math.pow(beta1, t))
            corrected_s = s / (1 - math.pow(beta2, t))
            new[name] = P - learning_rate * corrected_v / (np.sqrt(corrected_s) + epsilon)
    return new, state


def decay_learning_rate(learning_rate, epoch, decay="none", decay_rate=0):
    """The learning rate for epoch 0, 1, ...:
    none: learning_rate; inverse: learning_rate / (1 + decay_rate epoch) (decay_rate >= 0);
    exponential: learning_rate decay_rate^epoch (0 < decay_rate <= 1)."""
    check_positive("decay_learning_rate", "learning_rate", learning_rate)
    check_count("decay_learning_rate", "epoch", epoch)
    if decay not in DECAYS:
        raise ValueError(f"decay_learning_rate: decay must be one of none, inverse, exponential, "
                         f"got {value_text(decay)}")
    check_decay_rate("decay_learning_rate", decay, decay_rate)
    return decayed_rate(learning_rate, epoch, decay, decay_rate)


def decayed_rate(learning_rate, epoch, decay, decay_rate):
    """decay_learning_rate's arithmetic without its argument checks (train checks them once, then
    decays the rate every epoch)."""
    if decay == "inverse":
        return learning_rate / (1 + decay_rate * epoch)
    if decay == "exponential":
        return learning_rate * math.pow(decay_rate, epoch)
    return learning_rate


def check_decay_rate(caller, decay, decay_rate):
    """Refuse a decay_rate that does not suit decay (any for "none")."""
    number = _is_number(decay_rate)
    if decay == "inverse" and not (number and 0 <= decay_rate < float("inf")):
        raise ValueError(f"{caller}: decay_rate must be a non-negative number for inverse decay, "
                         f"got {value_text(decay_rate)}")
    if decay == "exponential" and not (number and 0 < decay_rate <= 1):
        raise ValueError(f"{caller}: decay_rate must be in (0, 1] for exponential decay, got {value_text(decay_rate)}")

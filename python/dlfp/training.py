"""The training loop: batch gradient descent."""
from .backward import backward_propagation
from .cost import compute_cost
from .data import check_labels
from .forward import forward_propagation
from .initialization import initialize_parameters
from .optimizers import update_parameters
from .validation import check_matrix, check_positive


def train(X, Y, layer_dims, activations, rng, learning_rate=0.1, iterations=1000, init="default", print_every=0):
    """Initialise, then repeat forward, cost, backward, update.

    costs[i] is the cost before update i (i = 0..iterations-1). Every print_every
    iterations (and at the last) prints "iteration i: cost c". Returns
    (parameters, costs, rng).
    """
    check_matrix("train", "X", X)
    check_positive("train", "learning_rate", learning_rate)
    check_positive("train", "iterations", iterations, integer=True)
    if layer_dims[0] != X.shape[0]:
        raise ValueError(f"train: layer_dims[0] must equal the {X.shape[0]} rows of X, got {layer_dims[0]}")
    n_classes = 2 if activations[-1] == "sigmoid" else layer_dims[-1]
    check_labels("train", Y, X.shape[1], n_classes)
    parameters, rng = initialize_parameters(layer_dims, rng, init)
    costs = []
    for i in range(int(iterations)):
        AL, cache = forward_propagation(X, parameters, activations)
        costs.append(compute_cost(cache[f"Z{len(activations)}"], Y, activations[-1]))
        if print_every and (i % print_every == 0 or i == iterations - 1):
            print(f"iteration {i}: cost {costs[-1]:.10g}", flush=True)
        grads = backward_propagation(Y, parameters, cache, activations)
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters, costs, rng

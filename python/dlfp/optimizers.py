"""Parameter updates."""


def update_parameters(parameters, grads, learning_rate):
    """Gradient descent: W <- W - learning_rate dW, b <- b - learning_rate db."""
    return {name: value - learning_rate * grads[f"d{name}"] for name, value in parameters.items()}

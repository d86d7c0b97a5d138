# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Chapter 2: a network with one hidden layer
#
# Logistic regression draws a straight line; the two moons need a curve. A hidden layer of four tanh
# units in front of the sigmoid output gives one:
#
# $$Z^{[1]} = W^{[1]} X + b^{[1]}, \quad A^{[1]} = \tanh(Z^{[1]}), \quad A^{[2]} = \sigma(W^{[2]} A^{[1]} + b^{[2]}).$$
#
# Backpropagation runs the chain rule backwards, layer by layer:
#
# $$dZ^{[2]} = A^{[2]} - Y, \quad dZ^{[1]} = W^{[2]T} dZ^{[2]} \odot (1 - A^{[1]2}), \quad dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}.$$
#
# The same network is trained in Python, R and Octave; the last cell checks that they agree.

# %% tags=["parameters"]
# `make notebooks` replaces this cell with the chapter's settings from tables/chapters.json.
import json
settings = next(c for c in json.load(open("../tables/chapters.json")) if c["key"] == "ch2")["defaults"]

# %%
import os
from IPython.display import Image

import dlfp

data, iterations, learning_rate, seed = settings["data"], settings["iterations"], settings["learning_rate"], settings["seed"]
data = os.path.join("..", data)
out = os.path.join("..", "build", "notebooks")
os.makedirs(out, exist_ok=True)

# %% [markdown]
# ## Python
#
# The moons (two interleaved half circles with noise), a 2-4-1 network with tanh hidden units and a
# sigmoid output, trained by gradient descent from small random weights.

# %%
X, Y = dlfp.load_dataset(data, n_classes=2)
activations = ["tanh", "sigmoid"]
config = dlfp.train_config(learning_rate=learning_rate, iterations=iterations, print_every=max(iterations // 5, 1))
parameters, costs_python, _ = dlfp.train(X, Y, [2, 4, 1], activations, dlfp.rng_seed(seed), config)
labels_python = dlfp.predict_labels(X, parameters, activations)
print(f"train accuracy: {dlfp.accuracy(Y, labels_python):.4f}")
dlfp.plot_decision_boundary(X, Y, parameters, activations, os.path.join(out, "ch2_boundary_python.png"),
                            "Chapter 2: 4 tanh units (Python)")
Image(os.path.join(out, "ch2_boundary_python.png"))

# %% [markdown]
# ## R

# %%
# %load_ext rpy2.ipython

# %%
# %%R -i data,iterations,learning_rate,seed,out -o costs_r,labels_r
suppressPackageStartupMessages(library(dlfp, lib.loc = "../build/rlib"))
dataset <- load_dataset(data, n_classes = 2)
activations <- c("tanh", "sigmoid")
config <- train_config(learning_rate = learning_rate, iterations = iterations, print_every = max(iterations %/% 5, 1))
fit <- train(dataset$X, dataset$Y, c(2, 4, 1), activations, rng_seed(seed), config)
labels_r <- predict_labels(dataset$X, fit$parameters, activations)
costs_r <- fit$costs
cat(sprintf("train accuracy: %.4f\n", accuracy(dataset$Y, labels_r)))
plot_decision_boundary(dataset$X, dataset$Y, fit$parameters, activations, file.path(out, "ch2_boundary_r.png"),
                       "Chapter 2: 4 tanh units (R)")

# %%
Image(os.path.join(out, "ch2_boundary_r.png"))

# %% [markdown]
# ## Octave

# %%
# %load_ext oct2py.ipython

# %%
# %%octave -i data,iterations,learning_rate,seed,out -o costs_octave,labels_octave
addpath ("../octave/scripts");
add_dlfp_paths ();
[X, Y] = load_dataset (data, 2);
activations = {"tanh", "sigmoid"};
config = train_config ("learning_rate", learning_rate, "iterations", iterations,
                       "print_every", max (floor (iterations / 5), 1));
[parameters, costs_octave] = train (X, Y, [2, 4, 1], activations, rng_seed (seed), config);
labels_octave = predict_labels (X, parameters, activations);
printf ("train accuracy: %.4f\n", accuracy (Y, labels_octave));
plot_decision_boundary (X, Y, parameters, activations, fullfile (out, "ch2_boundary_octave.png"),
                        "Chapter 2: 4 tanh units (Octave)");

# %%
Image(os.path.join(out, "ch2_boundary_octave.png"))

# %% [markdown]
# ## The three side by side
#
# The costs agree within the parity harness's `training` tolerance and every predicted label is the
# same; the tolerances come from the harness's own table.

# %%
import sys
import numpy as np
sys.path.insert(0, os.path.join("..", "parity_tests"))
from agreement import assert_agree

costs = {"python": costs_python, "r": costs_r, "octave": costs_octave}
labels = {"python": labels_python, "r": labels_r, "octave": labels_octave}
assert_agree("costs", {language: np.ravel(value) for language, value in costs.items()}, "training")
assert_agree("labels", {language: np.ravel(value) for language, value in labels.items()}, "exact")
print("final cost: " + ", ".join(f"{language} {np.ravel(value)[-1]:.10f}" for language, value in costs.items()))

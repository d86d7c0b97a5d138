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
# # Chapter 3: an L-layer deep network
#
# The forward and backward passes of chapter 2 become loops over layers, so the same code trains any
# depth with any activation per layer. For $l = 1, \dots, L$:
#
# $$Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}, \quad A^{[l]} = g^{[l]}(Z^{[l]}),$$
#
# and backwards $dZ^{[l]} = dA^{[l]} \odot g^{[l]\prime}(Z^{[l]})$, $dA^{[l-1]} = W^{[l]T} dZ^{[l]}$. Relu hidden
# units, $g(z) = \max(0, z)$, start from He's initialisation, $W^{[l]} \sim N(0, 2 / n^{[l-1]})$. Here a
# 2-9-9-1 network on the moons, in Python, R and Octave; the last cell checks that they agree.

# %% tags=["parameters"]
# `make notebooks` replaces this cell with the chapter's settings from tables/chapters.json.
import json
settings = next(c for c in json.load(open("../tables/chapters.json")) if c["key"] == "ch3")["defaults"]

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
# The moons again, now through two hidden layers of nine relu units and He's initialisation.

# %%
X, Y = dlfp.load_dataset(data, n_classes=2)
activations = ["relu", "relu", "sigmoid"]
config = dlfp.train_config(learning_rate=learning_rate, iterations=iterations, init="he",
                           print_every=max(iterations // 5, 1))
parameters, costs_python, _ = dlfp.train(X, Y, [2, 9, 9, 1], activations, dlfp.rng_seed(seed), config)
labels_python = dlfp.predict_labels(X, parameters, activations)
print(f"train accuracy: {dlfp.accuracy(Y, labels_python):.4f}")
dlfp.plot_decision_boundary(X, Y, parameters, activations, os.path.join(out, "ch3_boundary_python.png"),
                            "Chapter 3: 2-9-9-1 relu (Python)")
Image(os.path.join(out, "ch3_boundary_python.png"))

# %% [markdown]
# ## R

# %%
# %load_ext rpy2.ipython

# %%
# %%R -i data,iterations,learning_rate,seed,out -o costs_r,labels_r
suppressPackageStartupMessages(library(dlfp, lib.loc = "../build/rlib"))
dataset <- load_dataset(data, n_classes = 2)
activations <- c("relu", "relu", "sigmoid")
config <- train_config(learning_rate = learning_rate, iterations = iterations, init = "he",
                       print_every = max(iterations %/% 5, 1))
fit <- train(dataset$X, dataset$Y, c(2, 9, 9, 1), activations, rng_seed(seed), config)
labels_r <- predict_labels(dataset$X, fit$parameters, activations)
costs_r <- fit$costs
cat(sprintf("train accuracy: %.4f\n", accuracy(dataset$Y, labels_r)))
plot_decision_boundary(dataset$X, dataset$Y, fit$parameters, activations, file.path(out, "ch3_boundary_r.png"),
                       "Chapter 3: 2-9-9-1 relu (R)")

# %%
Image(os.path.join(out, "ch3_boundary_r.png"))

# %% [markdown]
# ## Octave

# %%
# %load_ext oct2py.ipython

# %%
# %%octave -i data,iterations,learning_rate,seed,out -o costs_octave,labels_octave
addpath ("../octave/scripts");
add_dlfp_paths ();
[X, Y] = load_dataset (data, 2);
activations = {"relu", "relu", "sigmoid"};
config = train_config ("learning_rate", learning_rate, "iterations", iterations, "init", "he",
                       "print_every", max (floor (iterations / 5), 1));
[parameters, costs_octave] = train (X, Y, [2, 9, 9, 1], activations, rng_seed (seed), config);
labels_octave = predict_labels (X, parameters, activations);
printf ("train accuracy: %.4f\n", accuracy (Y, labels_octave));
plot_decision_boundary (X, Y, parameters, activations, fullfile (out, "ch3_boundary_octave.png"),
                        "Chapter 3: 2-9-9-1 relu (Octave)");

# %%
Image(os.path.join(out, "ch3_boundary_octave.png"))

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

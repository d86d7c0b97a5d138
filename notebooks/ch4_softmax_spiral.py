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
# # Chapter 4: softmax on the spiral
#
# With $K$ classes the output layer has $K$ units and softmax turns their values into probabilities,
#
# $$a_k = \frac{e^{z_k}}{\sum_{j=1}^{K} e^{z_j}}, \qquad J = -\frac{1}{m} \sum_{i=1}^{m} \sum_{k=1}^{K} y_{ki} \log(a_{ki}),$$
#
# with one-hot labels $Y$; the gradient at the output is again $dZ^{[L]} = A^{[L]} - Y$. The CS231n spiral's
# three arms are separated by 100 relu hidden units, in Python, R and Octave; the last cell checks that
# they agree.

# %% tags=["parameters"]
# `make notebooks` replaces this cell with the chapter's settings from tables/chapters.json.
import json
settings = next(c for c in json.load(open("../tables/chapters.json")) if c["key"] == "ch4")["defaults"]

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
# The spiral (three arms of 100 points each), a 2-100-3 network with relu hidden units and a softmax
# output, trained by gradient descent; the confusion matrix counts which arm each point is given.

# %%
X, Y = dlfp.load_dataset(data, n_classes=3)
activations = ["relu", "softmax"]
config = dlfp.train_config(learning_rate=learning_rate, iterations=iterations, print_every=max(iterations // 5, 1))
parameters, costs_python, _ = dlfp.train(X, Y, [2, 100, 3], activations, dlfp.rng_seed(seed), config)
labels_python = dlfp.predict_labels(X, parameters, activations)
print(f"train accuracy: {dlfp.accuracy(Y, labels_python):.4f}")
print(dlfp.format_confusion_matrix(dlfp.confusion_matrix(Y, labels_python, 3)))
dlfp.plot_decision_boundary(X, Y, parameters, activations, os.path.join(out, "ch4_boundary_python.png"),
                            "Chapter 4: 2-100-3 relu, softmax (Python)")
Image(os.path.join(out, "ch4_boundary_python.png"))

# %% [markdown]
# ## R

# %%
# %load_ext rpy2.ipython

# %%
# %%R -i data,iterations,learning_rate,seed,out -o costs_r,labels_r
suppressPackageStartupMessages(library(dlfp, lib.loc = "../build/rlib"))
dataset <- load_dataset(data, n_classes = 3)
activations <- c("relu", "softmax")
config <- train_config(learning_rate = learning_rate, iterations = iterations, print_every = max(iterations %/% 5, 1))
fit <- train(dataset$X, dataset$Y, c(2, 100, 3), activations, rng_seed(seed), config)
labels_r <- predict_labels(dataset$X, fit$parameters, activations)
costs_r <- fit$costs
cat(sprintf("train accuracy: %.4f\n", accuracy(dataset$Y, labels_r)))
cat(format_confusion_matrix(confusion_matrix(dataset$Y, labels_r, 3)), "\n")
plot_decision_boundary(dataset$X, dataset$Y, fit$parameters, activations, file.path(out, "ch4_boundary_r.png"),
                       "Chapter 4: 2-100-3 relu, softmax (R)")

# %%
Image(os.path.join(out, "ch4_boundary_r.png"))

# %% [markdown]
# ## Octave

# %%
# %load_ext oct2py.ipython

# %%
# %%octave -i data,iterations,learning_rate,seed,out -o costs_octave,labels_octave
addpath ("../octave/scripts");
add_dlfp_paths ();
[X, Y] = load_dataset (data, 3);
activations = {"relu", "softmax"};
config = train_config ("learning_rate", learning_rate, "iterations", iterations,
                       "print_every", max (floor (iterations / 5), 1));
[parameters, costs_octave] = train (X, Y, [2, 100, 3], activations, rng_seed (seed), config);
labels_octave = predict_labels (X, parameters, activations);
printf ("train accuracy: %.4f\n", accuracy (Y, labels_octave));
printf ("%s\n", format_confusion_matrix (confusion_matrix (Y, labels_octave, 3)));
plot_decision_boundary (X, Y, parameters, activations, fullfile (out, "ch4_boundary_octave.png"),
                        "Chapter 4: 2-100-3 relu, softmax (Octave)");

# %%
Image(os.path.join(out, "ch4_boundary_octave.png"))

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

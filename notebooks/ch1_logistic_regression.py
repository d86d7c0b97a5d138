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
# # Chapter 1: logistic regression as a neural network
#
# One sigmoid unit is logistic regression. For examples $X$ (features $\times$ examples) and labels
# $Y \in \{0, 1\}$, the unit computes
#
# $$A = \sigma(W X + b), \qquad J = -\frac{1}{m} \sum_i \left( y_i \log(a_i) + (1 - y_i) \log(1 - a_i) \right),$$
#
# and gradient descent follows $dW = \frac{1}{m} (A - Y) X^T$, $db = \frac{1}{m} \sum_i (a_i - y_i)$.
# The same steps follow in Python, R and Octave, each through its own dlfp library, and the last cell
# checks that the three agree.

# %% tags=["parameters"]
# `make notebooks` replaces this cell with the chapter's settings from tables/chapters.json.
import json
settings = next(c for c in json.load(open("../tables/chapters.json")) if c["key"] == "ch1")["defaults"]

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
# Load the breast-cancer data, hold out a quarter for testing, standardise the features (each centred and
# divided by its standard deviation, both measured on the training examples and applied to the test
# examples too) and train from zero weights. The book scales each example to unit length instead; the
# chapter's script trains both ways from the same generator state and compares them in a table (README's
# chapter table states its figures at the defaults).

# %%
X, Y = dlfp.load_dataset(data, n_classes=2)
X_train, Y_train, X_test, Y_test, rng = dlfp.split_train_test(X, Y, 0.25, dlfp.rng_seed(seed))
stats = dlfp.standardize_fit(X_train)
X_train, X_test = dlfp.standardize_apply(X_train, stats), dlfp.standardize_apply(X_test, stats)
config = dlfp.train_config(learning_rate=learning_rate, iterations=iterations, init="zeros",
                           print_every=max(iterations // 5, 1))
parameters, costs_python, rng = dlfp.train(X_train, Y_train, [X.shape[0], 1], ["sigmoid"], rng, config)
labels_python = dlfp.predict_labels(X_test, parameters, ["sigmoid"])
print(f"test accuracy: {dlfp.accuracy(Y_test, labels_python):.4f}")
print(dlfp.format_confusion_matrix(dlfp.confusion_matrix(Y_test, labels_python, 2)))
dlfp.plot_costs(costs_python, os.path.join(out, "ch1_cost_python.png"), "Chapter 1 (Python)")
Image(os.path.join(out, "ch1_cost_python.png"))

# %% [markdown]
# ## R
#
# The same steps in R: `%%R` cells run in an R session inside this notebook (rpy2), with `-i` passing
# values in and `-o` passing results out.

# %%
# %load_ext rpy2.ipython

# %%
# %%R -i data,iterations,learning_rate,seed,out -o costs_r,labels_r
suppressPackageStartupMessages(library(dlfp, lib.loc = "../build/rlib"))
dataset <- load_dataset(data, n_classes = 2)
split <- split_train_test(dataset$X, dataset$Y, 0.25, rng_seed(seed))
stats <- standardize_fit(split$X_train)
X_train <- standardize_apply(split$X_train, stats)
X_test <- standardize_apply(split$X_test, stats)
config <- train_config(learning_rate = learning_rate, iterations = iterations, init = "zeros",
                       print_every = max(iterations %/% 5, 1))
fit <- train(X_train, split$Y_train, c(nrow(X_train), 1), c("sigmoid"), split$rng, config)
labels_r <- predict_labels(X_test, fit$parameters, c("sigmoid"))
costs_r <- fit$costs
cat(sprintf("test accuracy: %.4f\n", accuracy(split$Y_test, labels_r)))
cat(format_confusion_matrix(confusion_matrix(split$Y_test, labels_r, 2)), "\n")
plot_costs(costs_r, file.path(out, "ch1_cost_r.png"), "Chapter 1 (R)")

# %%
Image(os.path.join(out, "ch1_cost_r.png"))

# %% [markdown]
# ## Octave
#
# And in Octave: `%%octave` cells run in an Octave session (oct2py).

# %%
# %load_ext oct2py.ipython

# %%
# %%octave -i data,iterations,learning_rate,seed,out -o costs_octave,labels_octave
addpath ("../octave/scripts");
add_dlfp_paths ();
[X, Y] = load_dataset (data, 2);
[X_train, Y_train, X_test, Y_test, rng] = split_train_test (X, Y, 0.25, rng_seed (seed));
stats = standardize_fit (X_train);
X_train = standardize_apply (X_train, stats);
X_test = standardize_apply (X_test, stats);
config = train_config ("learning_rate", learning_rate, "iterations", iterations, "init", "zeros",
                       "print_every", max (floor (iterations / 5), 1));
[parameters, costs_octave, rng] = train (X_train, Y_train, [rows(X), 1], {"sigmoid"}, rng, config);
labels_octave = predict_labels (X_test, parameters, {"sigmoid"});
printf ("test accuracy: %.4f\n", accuracy (Y_test, labels_octave));
printf ("%s\n", format_confusion_matrix (confusion_matrix (Y_test, labels_octave, 2)));
plot_costs (costs_octave, fullfile (out, "ch1_cost_octave.png"), "Chapter 1 (Octave)");

# %%
Image(os.path.join(out, "ch1_cost_octave.png"))

# %% [markdown]
# ## The three side by side
#
# The costs agree within the parity harness's `training` tolerance and the predicted labels are
# identical; the tolerances come from the harness's own table.

# %%
import sys
sys.path.insert(0, os.path.join("..", "parity_tests"))
from agreement import assert_agree
import numpy as np

costs = {"python": costs_python, "r": costs_r, "octave": costs_octave}
labels = {"python": labels_python, "r": labels_r, "octave": labels_octave}
assert_agree("costs", {language: np.ravel(value) for language, value in costs.items()}, "training")
assert_agree("test labels", {language: np.ravel(value) for language, value in labels.items()}, "exact")
print("final cost: " + ", ".join(f"{language} {np.ravel(value)[-1]:.10f}" for language, value in costs.items()))

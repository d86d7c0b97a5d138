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
# # Chapter 5: MNIST with softmax and mini-batches
#
# Each 28 x 28 digit is a column of 784 pixels scaled to $[0, 1]$; a 784-128-64-10 network with relu hidden
# units and a softmax output learns the ten digits. Instead of one gradient step per pass over all
# examples, mini-batch gradient descent reshuffles the examples every epoch and takes one step per batch of
# $b$ examples:
#
# $$W^{[l]} := W^{[l]} - \alpha \, dW^{[l]}_{\{t\}}, \qquad t = 1, \dots, \lceil m / b \rceil.$$
#
# The same network and batches in Python, R and Octave (one portable generator shuffles them all alike).

# %% tags=["parameters"]
# `make notebooks` replaces this cell with the chapter's settings from tables/chapters.json.
import json
settings = next(c for c in json.load(open("../tables/chapters.json")) if c["key"] == "ch5")["defaults"]

# %%
import os
from IPython.display import Image

import dlfp

out = os.path.join("..", "build", "notebooks")
os.makedirs(out, exist_ok=True)

data, test_data = os.path.join("..", settings["data"]), os.path.join("..", settings["test_data"])
epochs, learning_rate, batch_size, seed = (settings["iterations"], settings["learning_rate"], settings["batch_size"],
                                           settings["seed"])

# %% [markdown]
# ## Python

# %%
X, Y = dlfp.load_digits(data)
X_test, Y_test = dlfp.load_digits(test_data)
print(f"{X.shape[1]} training digits, {X_test.shape[1]} test digits")
activations = ["relu", "relu", "softmax"]
config = dlfp.train_config(learning_rate=learning_rate, iterations=epochs, init="he", print_every=1,
                           batch_size=batch_size)
parameters, costs_python, _ = dlfp.train(X, Y, [784, 128, 64, 10], activations, dlfp.rng_seed(seed), config)
labels_python = dlfp.predict_labels(X_test, parameters, activations)
print(f"test accuracy: {dlfp.accuracy(Y_test, labels_python):.4f}")
dlfp.plot_digits(X_test, Y_test, labels_python, os.path.join(out, "ch5_digits_python.png"), "Chapter 5 (Python)")
Image(os.path.join(out, "ch5_digits_python.png"))

# %% [markdown]
# ## R

# %%
# %load_ext rpy2.ipython

# %%
# %%R -i data,test_data,epochs,learning_rate,batch_size,seed,out -o costs_r,labels_r
suppressPackageStartupMessages(library(dlfp, lib.loc = "../build/rlib"))
train_set <- load_digits(data)
test_set <- load_digits(test_data)
activations <- c("relu", "relu", "softmax")
config <- train_config(learning_rate = learning_rate, iterations = epochs, init = "he", print_every = 1,
                       batch_size = batch_size)
fit <- train(train_set$X, train_set$Y, c(784, 128, 64, 10), activations, rng_seed(seed), config)
labels_r <- predict_labels(test_set$X, fit$parameters, activations)
costs_r <- fit$costs
cat(sprintf("test accuracy: %.4f\n", accuracy(test_set$Y, labels_r)))
plot_digits(test_set$X, test_set$Y, labels_r, file.path(out, "ch5_digits_r.png"), "Chapter 5 (R)")

# %%
Image(os.path.join(out, "ch5_digits_r.png"))

# %% [markdown]
# ## Octave

# %%
# %load_ext oct2py.ipython

# %%
# %%octave -i data,test_data,epochs,learning_rate,batch_size,seed,out -o costs_octave,labels_octave
addpath ("../octave/scripts");
add_dlfp_paths ();
[X, Y] = load_digits (data);
[X_test, Y_test] = load_digits (test_data);
activations = {"relu", "relu", "softmax"};
config = train_config ("learning_rate", learning_rate, "iterations", epochs, "init", "he", "print_every", 1,
                       "batch_size", batch_size);
[parameters, costs_octave] = train (X, Y, [784, 128, 64, 10], activations, rng_seed (seed), config);
labels_octave = predict_labels (X_test, parameters, activations);
printf ("test accuracy: %.4f\n", accuracy (Y_test, labels_octave));
plot_digits (X_test, Y_test, labels_octave, fullfile (out, "ch5_digits_octave.png"), "Chapter 5 (Octave)");

# %%
Image(os.path.join(out, "ch5_digits_octave.png"))

# %% [markdown]
# ## The three side by side
#
# The tolerances come from the parity harness's own table.

# %%
import sys
import numpy as np
sys.path.insert(0, os.path.join("..", "parity_tests"))
from agreement import assert_agree

assert_agree("costs per epoch", {language: np.ravel(value) for language, value in {"python": costs_python, "r": costs_r, "octave": costs_octave}.items()}, "training")
assert_agree("test labels", {language: np.ravel(value) for language, value in {"python": labels_python, "r": labels_r, "octave": labels_octave}.items()}, "exact")

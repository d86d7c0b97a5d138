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
# # Chapter 8: gradient checking
#
# Backpropagation is easy to get subtly wrong. Gradient checking compares each of its derivatives with a
# centred difference of the cost,
#
# $$d\theta^{approx}_i = \frac{J(\theta + \varepsilon e_i) - J(\theta - \varepsilon e_i)}{2 \varepsilon}, \qquad
# \text{difference} = \frac{\lVert d\theta^{approx} - d\theta \rVert_2}{\lVert d\theta^{approx} \rVert_2 + \lVert d\theta \rVert_2},$$
#
# and a difference below $10^{-7}$ passes. Below, a 2-3-3 softmax network on the spiral is checked after a
# little training, then checked again with a planted bug (the output layer's gradients $dW^{[2]}$, $db^{[2]}$ of the wrong sign), in
# Python, R and Octave.

# %% tags=["parameters"]
# `make notebooks` replaces this cell with the chapter's settings from tables/chapters.json.
import json
settings = next(c for c in json.load(open("../tables/chapters.json")) if c["key"] == "ch8")["defaults"]

# %%
import os
from IPython.display import Image

import dlfp

out = os.path.join("..", "build", "notebooks")
os.makedirs(out, exist_ok=True)

data, iterations, learning_rate, seed = (os.path.join("..", settings["data"]), settings["iterations"],
                                         settings["learning_rate"], settings["seed"])

# %% [markdown]
# ## Python

# %%
X, Y = dlfp.load_dataset(data, n_classes=3)
activations = ["relu", "softmax"]
config = dlfp.train_config(learning_rate=learning_rate, iterations=iterations, init="he")
parameters, _, _ = dlfp.train(X, Y, [2, 3, 3], activations, dlfp.rng_seed(seed), config)
difference, worst, _ = dlfp.gradient_check(X, Y, parameters, activations)
_, cache = dlfp.forward_propagation(X, parameters, activations)
grads = dlfp.backward_propagation(Y, parameters, cache, activations)
grads["dW2"], grads["db2"] = -grads["dW2"], -grads["db2"]
planted, planted_worst, _ = dlfp.gradient_check(X, Y, parameters, activations, grads=grads)
differences_python = [difference, planted]
print(f"backpropagation: {difference:.3e}; with the planted bug: {planted:.3e}, largest gap in {planted_worst}")
labels = ["backpropagation", "dW2 and db2 of the wrong sign"]
dlfp.plot_differences(labels, differences_python, 1e-7, os.path.join(out, "ch8_differences_python.png"),
                      "Chapter 8 (Python)")
Image(os.path.join(out, "ch8_differences_python.png"))

# %% [markdown]
# ## R

# %%
# %load_ext rpy2.ipython

# %%
# %%R -i data,iterations,learning_rate,seed,out,labels -o differences_r
suppressPackageStartupMessages(library(dlfp, lib.loc = "../build/rlib"))
dataset <- load_dataset(data, n_classes = 3)
activations <- c("relu", "softmax")
config <- train_config(learning_rate = learning_rate, iterations = iterations, init = "he")
fit <- train(dataset$X, dataset$Y, c(2, 3, 3), activations, rng_seed(seed), config)
check <- gradient_check(dataset$X, dataset$Y, fit$parameters, activations)
cache <- forward_propagation(dataset$X, fit$parameters, activations)$cache
grads <- backward_propagation(dataset$Y, fit$parameters, cache, activations)
grads$dW2 <- -grads$dW2
grads$db2 <- -grads$db2
planted <- gradient_check(dataset$X, dataset$Y, fit$parameters, activations, grads = grads)
differences_r <- c(check$difference, planted$difference)
cat(sprintf("backpropagation: %.3e; with the planted bug: %.3e, largest gap in %s\n", check$difference,
            planted$difference, planted$worst))
plot_differences(labels, differences_r, 1e-7, file.path(out, "ch8_differences_r.png"), "Chapter 8 (R)")

# %%
Image(os.path.join(out, "ch8_differences_r.png"))

# %% [markdown]
# ## Octave

# %%
# %load_ext oct2py.ipython

# %%
# %%octave -i data,iterations,learning_rate,seed,out,labels -o differences_octave
addpath ("../octave/scripts");
add_dlfp_paths ();
[X, Y] = load_dataset (data, 3);
activations = {"relu", "softmax"};
config = train_config ("learning_rate", learning_rate, "iterations", iterations, "init", "he");
parameters = train (X, Y, [2, 3, 3], activations, rng_seed (seed), config);
difference = gradient_check (X, Y, parameters, activations);
[~, cache] = forward_propagation (X, parameters, activations);
grads = backward_propagation (Y, parameters, cache, activations);
grads.dW2 = -grads.dW2;
grads.db2 = -grads.db2;
[planted, planted_worst] = gradient_check (X, Y, parameters, activations, "grads", grads);
differences_octave = [difference, planted];
printf ("backpropagation: %.3e; with the planted bug: %.3e, largest gap in %s\n", difference, planted,
        planted_worst);
plot_differences (labels, differences_octave, 1e-7, fullfile (out, "ch8_differences_octave.png"),
                  "Chapter 8 (Octave)");

# %%
Image(os.path.join(out, "ch8_differences_octave.png"))

# %% [markdown]
# ## The three side by side
#
# The tolerances come from the parity harness's own table.

# %%
import sys
import numpy as np
sys.path.insert(0, os.path.join("..", "parity_tests"))
from agreement import assert_agree

assert_agree("relative differences", {language: np.ravel(value) for language, value in {"python": differences_python, "r": differences_r, "octave": differences_octave}.items()}, "finite_difference")

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
# # Chapter 6: initialisation, L2 regularisation and dropout
#
# A big network trained on few examples learns their noise. Three remedies, each one change to the same
# training: He's initialisation $W^{[l]} \sim N(0, 2 / n^{[l-1]})$ (Xavier's: $1 / n^{[l-1]}$) instead of
# $N(0, 1) \times 0.01$; L2 regularisation, which adds to the cost and to each $dW^{[l]}$
#
# $$J_{L2} = J + \frac{\lambda}{2m} \sum_l \lVert W^{[l]} \rVert_F^2, \qquad dW^{[l]} \mathrel{+}= \frac{\lambda}{m} W^{[l]};$$
#
# and (inverted) dropout, which keeps each hidden unit with probability $p$ during training,
# $A^{[l]} := A^{[l]} \odot D^{[l]} / p$ with $D^{[l]}$ drawn anew every step. The lecture's 2-20-3-1 relu network on 20 % of
# the noisy moons (80 points), in Python, R and Octave.
# %% tags=["parameters"]
# `make notebooks` replaces this cell with the chapter's settings from tables/chapters.json.
import json
settings = next(c for c in json.load(open("../tables/chapters.json")) if c["key"] == "ch6")["defaults"]

# %%
import os
from IPython.display import Image

import dlfp

out = os.path.join("..", "build", "notebooks")
os.makedirs(out, exist_ok=True)

data, iterations, learning_rate, seed = (os.path.join("..", settings["data"]), settings["iterations"],
                                         settings["learning_rate"], settings["seed"])
# (name, initialisation, L2 lambda, dropout keep probability): the notebook's variants, for all three languages.
variants = [("default", "default", 0.0, 1.0), ("he", "he", 0.0, 1.0), ("l2", "he", 0.7, 1.0), ("dropout", "he", 0.0, 0.75)]
names, inits, lambds, keep_probs = (list(column) for column in zip(*variants))

# %% [markdown]
# ## Python

# %%
import numpy as np

X, Y = dlfp.load_dataset(data, n_classes=2)
X_train, Y_train, X_test, Y_test, rng = dlfp.split_train_test(X, Y, 0.8, dlfp.rng_seed(seed))
activations = ["relu", "relu", "sigmoid"]
curves, accuracies_python = [], np.zeros((len(names), 2))
for k, name in enumerate(names):
    config = dlfp.train_config(learning_rate=learning_rate, iterations=iterations, init=inits[k], lambd=lambds[k],
                               keep_prob=keep_probs[k], print_every=0)
    parameters, costs, _ = dlfp.train(X_train, Y_train, [2, 20, 3, 1], activations, rng, config)
    curves.append(costs)
    accuracies_python[k] = [dlfp.accuracy(Y_train, dlfp.predict_labels(X_train, parameters, activations)),
                            dlfp.accuracy(Y_test, dlfp.predict_labels(X_test, parameters, activations))]
    print(f"{name:<10} train {accuracies_python[k, 0]:.4f}  test {accuracies_python[k, 1]:.4f}")
final_costs_python = [costs[-1] for costs in curves]
dlfp.plot_cost_curves(curves, names, os.path.join(out, "ch6_cost_python.png"), "Chapter 6 (Python)")
Image(os.path.join(out, "ch6_cost_python.png"))

# %% [markdown]
# ## R

# %%
# %load_ext rpy2.ipython

# %%
# %%R -i data,iterations,learning_rate,seed,out,names,inits,lambds,keep_probs -o accuracies_r,final_costs_r
suppressPackageStartupMessages(library(dlfp, lib.loc = "../build/rlib"))
dataset <- load_dataset(data, n_classes = 2)
split <- split_train_test(dataset$X, dataset$Y, 0.8, rng_seed(seed))
activations <- c("relu", "relu", "sigmoid")
curves <- list()
accuracies_r <- matrix(0, length(names), 2)
for (k in seq_along(names)) {
  config <- train_config(learning_rate = learning_rate, iterations = iterations, init = inits[k], lambd = lambds[k],
                         keep_prob = keep_probs[k], print_every = 0)
  fit <- train(split$X_train, split$Y_train, c(2, 20, 3, 1), activations, split$rng, config)
  curves[[k]] <- fit$costs
  accuracies_r[k, ] <- c(accuracy(split$Y_train, predict_labels(split$X_train, fit$parameters, activations)),
                         accuracy(split$Y_test, predict_labels(split$X_test, fit$parameters, activations)))
  cat(sprintf("%-10s train %.4f  test %.4f\n", names[k], accuracies_r[k, 1], accuracies_r[k, 2]))
}
final_costs_r <- vapply(curves, function(costs) costs[length(costs)], 0)
plot_cost_curves(curves, names, file.path(out, "ch6_cost_r.png"), "Chapter 6 (R)")

# %%
Image(os.path.join(out, "ch6_cost_r.png"))

# %% [markdown]
# ## Octave

# %%
# %load_ext oct2py.ipython

# %%
# %%octave -i data,iterations,learning_rate,seed,out,names,inits,lambds,keep_probs -o accuracies_octave,final_costs_octave
addpath ("../octave/scripts");
add_dlfp_paths ();
[X, Y] = load_dataset (data, 2);
[X_train, Y_train, X_test, Y_test, rng] = split_train_test (X, Y, 0.8, rng_seed (seed));
activations = {"relu", "relu", "sigmoid"};
curves = cell (1, numel (names));
accuracies_octave = zeros (numel (names), 2);
for k = 1:numel (names)
  config = train_config ("learning_rate", learning_rate, "iterations", iterations, "init", inits{k},
                         "lambd", lambds(k), "keep_prob", keep_probs(k), "print_every", 0);
  [parameters, curves{k}] = train (X_train, Y_train, [2, 20, 3, 1], activations, rng, config);
  accuracies_octave(k, :) = [accuracy(Y_train, predict_labels (X_train, parameters, activations)),
                             accuracy(Y_test, predict_labels (X_test, parameters, activations))];
  printf ("%-10s train %.4f  test %.4f\n", names{k}, accuracies_octave(k, 1), accuracies_octave(k, 2));
endfor
final_costs_octave = cellfun (@(costs) costs(end), curves);
plot_cost_curves (curves, names, fullfile (out, "ch6_cost_octave.png"), "Chapter 6 (Octave)");

# %%
Image(os.path.join(out, "ch6_cost_octave.png"))

# %% [markdown]
# ## The three side by side
#
# The tolerances come from the parity harness's own table. The three languages agree on every variant for
# the chapter's 5000 iterations; run longer, the dropout and L2 runs amplify a last-bit difference in numpy's
# matrix products until Python parts from R and Octave (README, "Why the three languages agree", gives the
# measurements), so beyond 5000 iterations only the other variants are compared.

# %%
import sys
sys.path.insert(0, os.path.join("..", "parity_tests"))
from agreement import assert_agree

compared = [k for k, name in enumerate(names) if iterations <= 5000 or name not in ("l2", "dropout")]
accuracies = {"python": accuracies_python, "r": accuracies_r, "octave": accuracies_octave}
final_costs = {"python": final_costs_python, "r": final_costs_r, "octave": final_costs_octave}
assert_agree("train and test accuracy", {language: np.asarray(value)[compared] for language, value in accuracies.items()},
             "exact")
assert_agree("final costs", {language: np.ravel(value)[compared] for language, value in final_costs.items()}, "training")
print("compared: " + ", ".join(names[k] for k in compared))

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
# # Chapter 7: gradient descent optimisation
#
# Momentum, RMSProp and Adam build on exponentially weighted averages of the gradients,
# $v_t = \beta v_{t-1} + (1 - \beta) g_t$, corrected for their start at zero by $v_t / (1 - \beta^t)$. Adam keeps
# two, of $g$ and of $g^2$:
#
# $$v := \beta_1 v + (1 - \beta_1) dW, \quad s := \beta_2 s + (1 - \beta_2) dW^2, \quad
# W := W - \alpha \frac{v / (1 - \beta_1^t)}{\sqrt{s / (1 - \beta_2^t)} + \varepsilon},$$
#
# and learning-rate decay shrinks $\alpha$ every epoch: $\alpha_0 / (1 + r \cdot \text{epoch})$ (inverse) or
# $\alpha_0 \cdot r^{\text{epoch}}$ (exponential).
# The same 784-64-10 network and mini-batches with each optimiser, in Python, R and Octave.
# %% tags=["parameters"]
# `make notebooks` replaces this cell with the chapter's settings from tables/chapters.json.
import json
settings = next(c for c in json.load(open("../tables/chapters.json")) if c["key"] == "ch7")["defaults"]

# %%
import os
from IPython.display import Image

import numpy as np

import dlfp

out = os.path.join("..", "build", "notebooks")
os.makedirs(out, exist_ok=True)

data, test_data = os.path.join("..", settings["data"]), os.path.join("..", settings["test_data"])
epochs, learning_rate, batch_size, seed = (settings["iterations"], settings["learning_rate"], settings["batch_size"],
                                           settings["seed"])
# (name, optimiser, learning-rate decay, learning rate (0: the chapter's)): the notebook's variants, for all three
# languages. At the chapter's small rate Adam leaves gradient descent and momentum behind; at rate 3 gradient
# descent stops learning while momentum's averaged steps still train.
variants = [("gd", "gd", "none", 0), ("momentum", "momentum", "none", 0), ("adam", "adam", "none", 0),
            ("adam+inverse", "adam", "inverse", 0), ("adam+exponential", "adam", "exponential", 0),
            ("gd-fast", "gd", "none", 3), ("momentum-fast", "momentum", "none", 3)]
names, optimizers, decays, rates = (list(column) for column in zip(*variants))
rates = [rate or learning_rate for rate in rates]
decay_rates = [0.5 if decay == "inverse" else 0.9 for decay in decays]

# %% [markdown]
# ## Exponentially weighted averages
#
# The lecture builds the optimisers on one idea: an average that forgets the past geometrically. Averaged
# over 200 noisy "days" ($10 + 5 \sin(2 \pi t / 200)$ plus noise from the portable generator), $\beta = 0.9$
# follows the season closely and $\beta = 0.98$ smooths more but lags; without bias correction the
# $\beta = 0.98$ average starts near zero, since $v_0 = 0$, and needs some 50 days to catch up.
# `exponential_average(values, beta)` returns both the raw averages and the corrected ones. The series is made
# once here and handed to R and Octave, which average it with their own `exponential_average`.

# %%
days = 200
z, _ = dlfp.rng_normal(dlfp.rng_seed(seed), 1, days)
t = np.arange(1, days + 1).reshape(1, days)
values = 10 + 5 * np.sin(2 * np.pi * t / days) + 2 * z
betas = [0.9, 0.98]
averages_python = [dlfp.exponential_average(values, beta) for beta in betas]
dlfp.plot_averages(values, [corrected for _, corrected in averages_python] + [averages_python[-1][0]],
                   ["beta 0.9", "beta 0.98", "beta 0.98 uncorrected"], os.path.join(out, "ch7_averages_python.png"),
                   "Exponentially weighted averages (Python)")
Image(os.path.join(out, "ch7_averages_python.png"))

# %%
# %load_ext rpy2.ipython
# %load_ext oct2py.ipython

# %%
# %%R -i values,betas,out -o averages_r
suppressPackageStartupMessages(library(dlfp, lib.loc = "../build/rlib"))
averages_r <- lapply(betas, function(beta) exponential_average(values, beta))
plot_averages(values, list(averages_r[[1]]$corrected, averages_r[[2]]$corrected, averages_r[[2]]$averages),
              c("beta 0.9", "beta 0.98", "beta 0.98 uncorrected"), file.path(out, "ch7_averages_r.png"),
              "Exponentially weighted averages (R)")
averages_r <- rbind(averages_r[[1]]$corrected, averages_r[[2]]$corrected, averages_r[[2]]$averages)

# %%
Image(os.path.join(out, "ch7_averages_r.png"))

# %%
# %%octave -i values,betas,out -o averages_octave
addpath ("../octave/scripts");
add_dlfp_paths ();
[raw_1, corrected_1] = exponential_average (values, betas(1));
[raw_2, corrected_2] = exponential_average (values, betas(2));
plot_averages (values, {corrected_1, corrected_2, raw_2}, {"beta 0.9", "beta 0.98", "beta 0.98 uncorrected"},
               fullfile (out, "ch7_averages_octave.png"), "Exponentially weighted averages (Octave)");
averages_octave = [corrected_1; corrected_2; raw_2];

# %%
Image(os.path.join(out, "ch7_averages_octave.png"))

# %% [markdown]
# ## Python

# %%
X, Y = dlfp.load_digits(data)
X_test, Y_test = dlfp.load_digits(test_data)
activations = ["relu", "softmax"]
curves, test_accuracy_python = [], []
for name, optimizer, decay, rate, decay_rate in zip(names, optimizers, decays, rates, decay_rates):
    config = dlfp.train_config(learning_rate=rate, iterations=epochs, init="he", batch_size=batch_size,
                               optimizer=optimizer, decay=decay, decay_rate=decay_rate, print_every=0)
    parameters, costs, _ = dlfp.train(X, Y, [784, 64, 10], activations, dlfp.rng_seed(seed), config)
    curves.append(costs)
    test_accuracy_python.append(dlfp.accuracy(Y_test, dlfp.predict_labels(X_test, parameters, activations)))
    print(f"{name:<18} rate {rate:<5g} final cost {costs[-1]:.6f}  test {test_accuracy_python[-1]:.4f}")
final_costs_python = [costs[-1] for costs in curves]
dlfp.plot_cost_curves(curves, names, os.path.join(out, "ch7_cost_python.png"), "Chapter 7 (Python)", xlabel="epoch")
Image(os.path.join(out, "ch7_cost_python.png"))

# %% [markdown]
# ## R

# %%
# %%R -i data,test_data,epochs,batch_size,seed,out,names,optimizers,decays,rates,decay_rates -o test_accuracy_r,final_costs_r
train_set <- load_digits(data)
test_set <- load_digits(test_data)
activations <- c("relu", "softmax")
curves <- list()
test_accuracy_r <- numeric(length(names))
for (k in seq_along(names)) {
  config <- train_config(learning_rate = rates[k], iterations = epochs, init = "he", batch_size = batch_size,
                         optimizer = optimizers[k], decay = decays[k], decay_rate = decay_rates[k], print_every = 0)
  fit <- train(train_set$X, train_set$Y, c(784, 64, 10), activations, rng_seed(seed), config)
  curves[[k]] <- fit$costs
  test_accuracy_r[k] <- accuracy(test_set$Y, predict_labels(test_set$X, fit$parameters, activations))
  cat(sprintf("%-18s rate %-5g final cost %.6f  test %.4f\n", names[k], rates[k], fit$costs[length(fit$costs)], test_accuracy_r[k]))
}
final_costs_r <- vapply(curves, function(costs) costs[length(costs)], 0)
plot_cost_curves(curves, names, file.path(out, "ch7_cost_r.png"), "Chapter 7 (R)", xlabel = "epoch")

# %%
Image(os.path.join(out, "ch7_cost_r.png"))

# %% [markdown]
# ## Octave

# %%
# %%octave -i data,test_data,epochs,batch_size,seed,out,names,optimizers,decays,rates,decay_rates -o test_accuracy_octave,final_costs_octave
[X, Y] = load_digits (data);
[X_test, Y_test] = load_digits (test_data);
activations = {"relu", "softmax"};
curves = cell (1, numel (names));
test_accuracy_octave = zeros (1, numel (names));
for k = 1:numel (names)
  config = train_config ("learning_rate", rates(k), "iterations", epochs, "init", "he", "batch_size", batch_size,
                         "optimizer", optimizers{k}, "decay", decays{k}, "decay_rate", decay_rates(k), "print_every", 0);
  [parameters, curves{k}] = train (X, Y, [784, 64, 10], activations, rng_seed (seed), config);
  test_accuracy_octave(k) = accuracy (Y_test, predict_labels (X_test, parameters, activations));
  printf ("%-18s rate %-5g final cost %.6f  test %.4f\n", names{k}, rates(k), curves{k}(end), test_accuracy_octave(k));
endfor
final_costs_octave = cellfun (@(costs) costs(end), curves);
plot_cost_curves (curves, names, fullfile (out, "ch7_cost_octave.png"), "Chapter 7 (Octave)", "epoch");

# %%
Image(os.path.join(out, "ch7_cost_octave.png"))

# %% [markdown]
# ## The three side by side
#
# The tolerances come from the parity harness's own table.

# %%
import sys
import numpy as np
sys.path.insert(0, os.path.join("..", "parity_tests"))
from agreement import assert_agree

assert_agree("test accuracy", {language: np.ravel(value) for language, value in {"python": test_accuracy_python, "r": test_accuracy_r, "octave": test_accuracy_octave}.items()}, "exact")
assert_agree("final costs", {language: np.ravel(value) for language, value in {"python": final_costs_python, "r": final_costs_r, "octave": final_costs_octave}.items()}, "training")
averages_python = np.vstack([averages_python[0][1], averages_python[1][1], averages_python[1][0]])
assert_agree("exponentially weighted averages", {"python": averages_python, "r": np.asarray(averages_r), "octave": np.asarray(averages_octave)}, "elementwise")

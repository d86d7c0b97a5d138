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
# # Hyper-parameter tuning: random search
#
# The learning rate, the hidden layer's size, L2's $\lambda$, dropout's keep probability, the mini-batch size and
# Adam's $\beta_1, \beta_2$ are not learned by gradient descent. Random search draws candidates from ranges
# (the learning rate and $\lambda$ on a log scale, $\alpha = 10^{u}$ with $u$ uniform), trains each for a few
# epochs, and keeps the one with the best validation accuracy. Each trial starts from its own seed, so
# the three languages train identical networks.
# %% tags=["parameters"]
# `make notebooks` replaces this cell with the chapter's settings from tables/chapters.json.
import json
settings = next(c for c in json.load(open("../tables/chapters.json")) if c["key"] == "tune")["defaults"]

# %%
import os
from IPython.display import Image

import dlfp

out = os.path.join("..", "build", "notebooks")
os.makedirs(out, exist_ok=True)

data, trials, epochs, seed = (os.path.join("..", settings["data"]), settings["trials"], settings["iterations"],
                              settings["seed"])
space = {"learning_rate": [1e-3, 1e-1], "hidden": [5, 100], "lambd": [1e-4, 1e-1], "keep_prob": [0.7, 1.0],
         "batch_size": [16, 128], "beta1": [0.8, 0.99], "beta2": [0.99, 0.9999]}

# %% [markdown]
# ## Python
#
# The spiral, 70 % for training and 30 % for validation; `trials` candidates, each a 2-h-3 network trained
# with Adam. The search reports each finished trial on standard error; here it goes to the cell's output.

# %%
import contextlib
import sys

X, Y = dlfp.load_dataset(data, n_classes=3)
X_train, Y_train, X_val, Y_val, rng = dlfp.split_train_test(X, Y, 0.3, dlfp.rng_seed(seed))
candidates, rng = dlfp.sample_candidates(space, trials, rng)
with contextlib.redirect_stderr(sys.stdout):
    results_python = dlfp.random_search(X_train, Y_train, X_val, Y_val, candidates, 1, epochs, seed)
print(dlfp.format_trials(candidates, results_python, 1))
print(f"best: trial {dlfp.best_trial(results_python) + 1}")
dlfp.plot_search([candidates["learning_rate"]], [results_python[0]], ["trials"],
                 os.path.join(out, "tune_search_python.png"), "Validation accuracy against learning rate (Python)")
Image(os.path.join(out, "tune_search_python.png"))

# %% [markdown]
# ## R

# %%
# %load_ext rpy2.ipython

# %%
# %%R -i data,trials,epochs,seed,out -o results_r
suppressPackageStartupMessages(library(dlfp, lib.loc = "../build/rlib"))
space <- list(learning_rate = c(1e-3, 1e-1), hidden = c(5, 100), lambd = c(1e-4, 1e-1), keep_prob = c(0.7, 1.0),
              batch_size = c(16, 128), beta1 = c(0.8, 0.99), beta2 = c(0.99, 0.9999))
dataset <- load_dataset(data, n_classes = 3)
split <- split_train_test(dataset$X, dataset$Y, 0.3, rng_seed(seed))
draw <- sample_candidates(space, trials, split$rng)
results_r <- random_search(split$X_train, split$Y_train, split$X_test, split$Y_test, draw$candidates, 1, epochs, seed)
cat(format_trials(draw$candidates, results_r, 1), "\n", sep = "")
cat(sprintf("best: trial %d\n", as.integer(best_trial(results_r) + 1)))
plot_search(list(draw$candidates$learning_rate), list(results_r[1, ]), c("trials"),
            file.path(out, "tune_search_r.png"), "Validation accuracy against learning rate (R)")

# %%
Image(os.path.join(out, "tune_search_r.png"))

# %% [markdown]
# ## Octave

# %%
# %load_ext oct2py.ipython

# %%
# %%octave -i data,trials,epochs,seed,out -o results_octave
addpath ("../octave/scripts");
add_dlfp_paths ();
space = struct ("learning_rate", [1e-3, 1e-1], "hidden", [5, 100], "lambd", [1e-4, 1e-1], "keep_prob", [0.7, 1],
                "batch_size", [16, 128], "beta1", [0.8, 0.99], "beta2", [0.99, 0.9999]);
[X, Y] = load_dataset (data, 3);
[X_train, Y_train, X_val, Y_val, rng] = split_train_test (X, Y, 0.3, rng_seed (seed));
candidates = sample_candidates (space, trials, rng);
results_octave = random_search (X_train, Y_train, X_val, Y_val, candidates, 1, epochs, seed);
printf ("%s\n", format_trials (candidates, results_octave, 1));
printf ("best: trial %d\n", best_trial (results_octave) + 1);
plot_search ({candidates.learning_rate}, {results_octave(1, :)}, {"trials"}, fullfile (out, "tune_search_octave.png"),
             "Validation accuracy against learning rate (Octave)");

# %%
Image(os.path.join(out, "tune_search_octave.png"))

# %% [markdown]
# ## The three side by side
#
# The tolerances come from the parity harness's own table.

# %%
import sys
import numpy as np
sys.path.insert(0, os.path.join("..", "parity_tests"))
from agreement import assert_agree

assert_agree("trial results", {language: np.ravel(value) for language, value in {"python": results_python, "r": results_r, "octave": results_octave}.items()}, "training")

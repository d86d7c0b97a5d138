"""Hyper-parameter tuning (the lectures' last part): random search, then a finer search around the best."""
import os

import numpy as np

from dlfp.cli import run_script
from dlfp.data import check_classes, prepare_split, read_dataset
from dlfp.evaluation import format_run
from dlfp.plots import plot_search
from dlfp.rng import rng_seed
from dlfp.models import save_model
from dlfp.tuning import (best_trial, candidate, format_trials, narrow_space, random_search, sample_candidates,
                         train_trial)
from dlfp.validation import value_text

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HIDDEN_LAYERS = 1
# The first round's ranges; the second round searches around the first round's best.
SPACE = {"learning_rate": [1e-3, 1e-1], "hidden": [5, 100], "lambd": [1e-4, 1e-1], "keep_prob": [0.7, 1.0],
         "batch_size": [16, 128], "beta1": [0.8, 0.99], "beta2": [0.99, 0.9999]}


def describe(values):
    return (f"learning_rate {values['learning_rate']:.3e}, hidden {int(values['hidden'])}, lambd {values['lambd']:.3e}, "
            f"keep_prob {values['keep_prob']:.3f}, batch_size {int(values['batch_size'])}, beta1 {values['beta1']:.4f}, "
            f"beta2 {values['beta2']:.5f}")


def main(options):
    if options["test_fraction"] == 0:
        raise ValueError(f"--test-fraction must be above 0 (the trials are compared on held-out examples), "
                         f"got {value_text(options['test_fraction'])}")
    X, Y, classes = read_dataset(options["data"], options["label_column"])
    check_classes(options["data"], classes, "softmax")
    X_train, Y_train, X_val, Y_val, stats, rng = prepare_split(X, Y, options["test_fraction"], options["standardize"],
                                                               rng_seed(options["seed"]))
    n = options["trials"]
    # Two classes: one sigmoid output (run_trial).
    outputs = len(classes) if len(classes) > 2 else 1
    print(f"random search for a {X.shape[0]}-h-{outputs} relu network: {X_train.shape[1]} training points, "
          f"{X_val.shape[1]} validation points, 2 rounds of {n} trials of {options['iterations']} epochs with Adam")
    client = None
    if options["scheduler"] is not None:
        from dask.distributed import Client
        client = Client(options["scheduler"])
    space, first, all_candidates, all_results = SPACE, 0, [], []
    for round_number in (1, 2):
        candidates, rng = sample_candidates(space, n, rng)
        results = random_search(X_train, Y_train, X_val, Y_val, candidates, HIDDEN_LAYERS, options["iterations"],
                                options["seed"] + first, workers=options["workers"], client=client)
        print(f"round {round_number}")
        print(format_trials(candidates, results, first + 1))
        best = best_trial(results)
        print(f"best of round {round_number}: trial {first + best + 1}, validation accuracy {results[0][best]:.4f}")
        all_candidates.append(candidates)
        all_results.append(results)
        space, first = narrow_space(SPACE, candidate(candidates, best)), first + n
    best = best_trial(np.hstack(all_results))
    print(f"best: trial {best + 1}: {describe(candidate(all_candidates[best // n], best % n))}")
    # The best trial's network.
    print(format_run(options["data"], X_train, classes, X_val.shape[1],
                     [X.shape[0]] + [int(candidate(all_candidates[best // n], best % n)["hidden"])] * HIDDEN_LAYERS
                     + [outputs], ["relu"] * HIDDEN_LAYERS + ["softmax" if outputs > 1 else "sigmoid"]))
    plot_search([c["learning_rate"] for c in all_candidates], [r[0] for r in all_results], ["round 1", "round 2"],
                os.path.join(options["out"], "tune_search_python.png"),
                "Validation accuracy against learning rate (Python)")
    if options["save_model"] is not None:
        # The best trial's network, trained again from its seed.
        parameters, activations = train_trial(X_train, Y_train, candidate(all_candidates[best // n], best % n),
                                              HIDDEN_LAYERS, options["iterations"], options["seed"] + best)
        save_model(options["save_model"], parameters, activations, stats=stats, classes=classes, scaling="none")
        print(f"model saved to {options['save_model']}")


if __name__ == "__main__":
    # --workers and --scheduler are Python's alone: R and Octave run the trials one after another.
    run_script(main, "tune", REPO, extra_defaults={"workers": os.cpu_count() or 1, "scheduler": None})

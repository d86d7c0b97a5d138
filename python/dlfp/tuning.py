"""Hyper-parameter tuning: random search over ranges, then a finer search around the best candidate."""
import math

import numpy as np

from .evaluation import accuracy, predict_labels
from .rng import rng_seed, rng_uniform
from .training import train, train_config
from .validation import _is_number, check_count, check_positive, value_text

# Sampled in this order, each from n uniforms of the portable generator:
# log scale for learning_rate and lambd, 1 - beta on a log scale for beta1 and beta2,
# whole numbers for hidden, powers of two for batch_size, uniform for keep_prob.
SPACE = ("learning_rate", "hidden", "lambd", "keep_prob", "batch_size", "beta1", "beta2")


def check_space(caller, space):
    """Refuse a search space without a [low, high] range (low <= high) that suits each hyper-parameter."""
    for name in SPACE:
        bounds = space.get(name) if isinstance(space, dict) else None
        values = np.ravel(bounds) if bounds is not None else np.array([])
        if values.size != 2 or not all(_is_number(v) and math.isfinite(v) for v in values) or values[0] > values[1]:
            raise ValueError(f"{caller}: space must give {name} as [low, high] with low <= high")
        low, high = float(values[0]), float(values[1])
        ok = {"learning_rate": low > 0,
              "hidden": low >= 1 and low == int(low) and high == int(high),
              "lambd": low > 0 or high == 0,
              "keep_prob": low > 0 and high <= 1,
              "batch_size": low >= 1 and math.log2(low) == int(math.log2(low)) and math.log2(high) == int(math.log2(high)),
              "beta1": low >= 0 and high < 1,
              "beta2": low >= 0 and high < 1}[name]
        if not ok:
            rule = {"learning_rate": "positive", "hidden": "whole numbers from 1", "lambd": "positive, or both 0",
                    "keep_prob": "in (0, 1]", "batch_size": "powers of two", "beta1": "in [0, 1)",
                    "beta2": "in [0, 1)"}[name]
            raise ValueError(f"{caller}: the {name} range must be {rule}, got {value_text(values)}")


def check_candidates(caller, name, candidates, single=False):
    """Refuse anything but a dict with a row of finite numbers for every name in SPACE, all of one
    length n >= 1 (n = 1 if single: one candidate). Returns n."""
    sizes = set()
    for key in SPACE:
        value = candidates.get(key) if isinstance(candidates, dict) else None
        values = np.ravel(np.asarray(value, dtype=object)) if value is not None else np.array([])
        finite = all(_is_number(v) and math.isfinite(v) for v in values)
        sizes.add(values.size if finite else 0)
    n = sizes.pop() if len(sizes) == 1 else 0
    if n < 1 or (single and n != 1):
        each = "one number each" if single else "the same number of numbers each"
        raise ValueError(f"{caller}: {name} must hold learning_rate, hidden, lambd, keep_prob, batch_size, beta1 "
                         f"and beta2, {each}")
    return n


def _log_uniform(u, low, high):
    # Scalar glibc log and exp (math), as R and Octave compute them, so all three agree bit for bit.
    return np.array([[math.exp(math.log(low) + x * (math.log(high) - math.log(low))) for x in u[0]]])


def sample_candidates(space, n, rng):
    """n candidates drawn from the ranges of space (a dict of [low, high] for every name in SPACE).
    Returns (candidates, rng): candidates maps each name to a 1 x n row of values."""
    check_space("sample_candidates", space)
    if not (_is_number(n) and 1 <= n < math.inf and n == int(n)):
        raise ValueError(f"sample_candidates: n must be a positive integer, got {value_text(n)}")
    candidates = {}
    for name in SPACE:
        low, high = (float(v) for v in np.ravel(space[name]))
        u, rng = rng_uniform(rng, 1, int(n))
        if name in ("learning_rate", "lambd"):
            values = u * 0 if high == 0 else _log_uniform(u, low, high)
        elif name == "hidden":
            values = np.floor(low + u * (high - low + 1))
        elif name == "batch_size":
            a, b = math.log2(low), math.log2(high)
            values = 2 ** np.floor(a + u * (b - a + 1))
        elif name == "keep_prob":
            values = low + u * (high - low)
        else:
            values = 1 - _log_uniform(u, 1 - high, 1 - low)
        candidates[name] = values
    return candidates, rng


def narrow_space(space, best):
    """The second, finer round's ranges: around the best candidate's values (a dict of numbers), within space:
    learning_rate and lambd x/÷ 3, hidden x/÷ 2, batch_size x/÷ 2, keep_prob ± 0.1, 1 - beta x/÷ 3."""
    check_space("narrow_space", space)
    check_candidates("narrow_space", "best", best, single=True)
    narrow = {}
    for name in SPACE:
        low, high = (float(v) for v in np.ravel(space[name]))
        value = float(np.ravel(best[name])[0])
        if name in ("learning_rate", "lambd"):
            new = (value / 3, value * 3)
        elif name == "hidden":
            new = (math.floor(value / 2), math.ceil(value * 2))
        elif name == "batch_size":
            new = (value / 2, value * 2)
        elif name == "keep_prob":
            new = (value - 0.1, value + 0.1)
        else:
            new = (1 - (1 - value) * 3, 1 - (1 - value) / 3)
        narrow[name] = [max(low, new[0]), min(high, new[1])]
    return narrow


def run_trial(X_train, Y_train, X_val, Y_val, candidate, hidden_layers, epochs, seed):
    """Train a relu network with hidden_layers layers of candidate["hidden"] units (softmax output for
    more than two classes, sigmoid for two), He initialisation and Adam with the candidate's settings,
    for epochs epochs from rng_seed(seed). Returns [validation accuracy, final training cost]."""
    check_candidates("run_trial", "candidate", candidate, single=True)
    check_count("run_trial", "hidden_layers", hidden_layers)
    check_positive("run_trial", "epochs", epochs, integer=True)
    parameters, activations, costs = _trial_network(X_train, Y_train, candidate, hidden_layers, epochs, seed,
                                                    int(max(Y_train.max(), Y_val.max())) + 1)
    return [accuracy(Y_val, predict_labels(X_val, parameters, activations)), costs[-1]]


def train_trial(X_train, Y_train, candidate, hidden_layers, epochs, seed):
    """The network of run_trial's trial, trained as run_trial trains it (the classes those of Y_train):
    returns (parameters, activations), for saving the best trial's network."""
    check_candidates("train_trial", "candidate", candidate, single=True)
    check_count("train_trial", "hidden_layers", hidden_layers)
    check_positive("train_trial", "epochs", epochs, integer=True)
    parameters, activations, _ = _trial_network(X_train, Y_train, candidate, hidden_layers, epochs, seed,
                                                int(Y_train.max()) + 1)
    return parameters, activations


def _trial_network(X_train, Y_train, candidate, hidden_layers, epochs, seed, n_classes):
    value = {name: float(np.ravel(candidate[name])[0]) for name in SPACE}
    output = "sigmoid" if n_classes <= 2 else "softmax"
    dims = [X_train.shape[0]] + [int(value["hidden"])] * int(hidden_layers) + [1 if output == "sigmoid" else n_classes]
    activations = ["relu"] * int(hidden_layers) + [output]
    config = train_config(learning_rate=value["learning_rate"], iterations=int(epochs), init="he",
                          batch_size=int(value["batch_size"]), optimizer="adam", beta1=value["beta1"],
                          beta2=value["beta2"], lambd=value["lambd"], keep_prob=value["keep_prob"])
    parameters, costs, _ = train(X_train, Y_train, dims, activations, rng_seed(int(seed)), config)
    return parameters, activations, costs


def candidate(candidates, k):
    """Candidate k (0-based) of sample_candidates' rows, as a dict of numbers."""
    n = check_candidates("candidate", "candidates", candidates)
    if not (_is_number(k) and 0 <= k < n and k == int(k)):
        raise ValueError(f"candidate: k must be an integer in 0..{n - 1}, got {value_text(k)}")
    k = int(k)
    return {name: float(np.ravel(candidates[name])[k]) for name in SPACE}


def random_search(X_train, Y_train, X_val, Y_val, candidates, hidden_layers, epochs, seed, workers=1, client=None):
    """run_trial for every candidate, candidate k from rng_seed(seed + k), so that a trial's result does
    not depend on where or in which order it runs. Trials run one after another (workers = 1), in
    workers local processes, or on a dask.distributed client; each with one BLAS thread, since
    OpenBLAS's threads may change how a product is summed. Progress goes to standard error.
    Returns a 2 x n matrix: validation accuracy and final training cost per candidate."""
    n = check_candidates("random_search", "candidates", candidates)
    check_count("random_search", "hidden_layers", hidden_layers)
    check_positive("random_search", "epochs", epochs, integer=True)
    check_positive("random_search", "workers", workers, integer=True)
    jobs = [(X_train, Y_train, X_val, Y_val, candidate(candidates, k), hidden_layers, epochs, seed + k) for k in range(n)]
    if client is not None:
        futures = client.map(_single_threaded_trial, jobs, pure=False)
        results = [None] * n
        for done, (future, result) in enumerate(_as_completed_with_results(futures), start=1):
            results[futures.index(future)] = result
            _progress(done, n)
    elif workers > 1:
        from concurrent.futures import ProcessPoolExecutor, as_completed
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(_single_threaded_trial, job): k for k, job in enumerate(jobs)}
            results = [None] * n
            for done, future in enumerate(as_completed(futures), start=1):
                results[futures[future]] = future.result()
                _progress(done, n)
    else:
        results = []
        for k, job in enumerate(jobs):
            results.append(_single_threaded_trial(job))
            _progress(k + 1, n)
    return np.array(results, dtype=float).T


def best_trial(results):
    """The index (0-based) of the best trial in random_search's results: the highest validation
    accuracy, then the lowest cost, then the first."""
    if not isinstance(results, np.ndarray) or results.ndim != 2 or results.shape[0] != 2 or results.shape[1] < 1:
        raise ValueError("best_trial: results must be a 2 x n matrix of accuracies and costs, n >= 1")
    accuracies, costs = results
    best = 0
    for k in range(1, accuracies.size):
        if accuracies[k] > accuracies[best] or (accuracies[k] == accuracies[best] and costs[k] < costs[best]):
            best = k
    return best


def format_trials(candidates, results, first):
    """The trials as a text table, numbered from first, laid out the same way in every language."""
    n = check_candidates("format_trials", "candidates", candidates)
    if not isinstance(results, np.ndarray) or results.shape != (2, n):
        raise ValueError(f"format_trials: results must be a 2 x {n} matrix, one column per candidate")
    first = check_count("format_trials", "first", first)
    lines = [f"{'trial':>5}{'learning_rate':>15}{'hidden':>8}{'lambd':>11}{'keep_prob':>11}{'batch_size':>12}"
             f"{'beta1':>8}{'beta2':>9}{'val_acc':>9}{'cost':>10}"]
    for k in range(n):
        c = candidate(candidates, k)
        lines.append(f"{first + k:>5}{c['learning_rate']:>15.3e}{int(c['hidden']):>8}{c['lambd']:>11.3e}"
                     f"{c['keep_prob']:>11.3f}{int(c['batch_size']):>12}{c['beta1']:>8.4f}{c['beta2']:>9.5f}"
                     f"{results[0][k]:>9.4f}{results[1][k]:>10.4g}")
    return "\n".join(lines)


def _single_threaded_trial(job):
    from threadpoolctl import threadpool_limits
    with threadpool_limits(limits=1, user_api="blas"):
        return run_trial(*job)


def _as_completed_with_results(futures):
    from dask.distributed import as_completed
    return as_completed(futures, with_results=True)


def _progress(done, n):
    import sys
    print(f"trial {done}/{n} done", file=sys.stderr, flush=True)

"""Python side of `make bench`: prints one JSON line of median seconds and the BLAS numpy uses."""
import json
import statistics
import sys
import time

import os

from threadpoolctl import threadpool_info, threadpool_limits

from dlfp.data import load_dataset, load_digits, split_train_test
from dlfp.initialization import initialize_parameters
from dlfp.optimizers import initialize_optimizer
from dlfp.rng import rng_seed
from dlfp.training import train, train_config, train_epoch


def median_seconds(work, repetitions):
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def paired(first, second, pairs, calls):
    """Median seconds per call of each, timed alternately (calls in a row) so that both see the same
    load, and the median of the pairs' ratios second / first."""
    in_a_row = lambda work: lambda: [work() for _ in range(calls)]  # noqa: E731
    times = [(median_seconds(in_a_row(first), 1) / calls, median_seconds(in_a_row(second), 1) / calls)
             for _ in range(pairs)]
    return (statistics.median(a for a, _ in times), statistics.median(b for _, b in times),
            statistics.median(b / a for a, b in times))


def blas_threads(limit, work):
    """work, run with numpy's BLAS limited to limit threads."""
    def run():
        with threadpool_limits(limits=limit, user_api="blas"):
            work()
    return run


def main(repo, repetitions):
    X, Y = load_digits(f"{repo}/data/mnist_train.csv")
    activations = ["relu", "relu", "softmax"]
    parameters, rng = initialize_parameters([784, 128, 64, 10], rng_seed(1), "he")
    state = initialize_optimizer(parameters)
    epoch = lambda batch_size: lambda: train_epoch(X, Y, parameters, activations, state, rng, 0.1,  # noqa: E731
                                                   batch_size=batch_size)

    S, T = load_dataset(f"{repo}/data/spiral.csv", 3)
    config = train_config(learning_rate=0.6, iterations=10000, init="default")
    spiral = lambda: train(S, T, [2, 100, 3], ["relu", "softmax"], rng_seed(1), config)  # noqa: E731
    # One epoch of the spiral in batches of 32 with Adam, without and with dropout and L2.
    parameters_s, rng_s = initialize_parameters([2, 100, 3], rng_seed(1), "he")
    state_s = initialize_optimizer(parameters_s, "adam")
    spiral_epoch = lambda lambd, keep_prob: lambda: train_epoch(  # noqa: E731
        S, T, parameters_s, ["relu", "softmax"], state_s, rng_s, 0.01, batch_size=32, lambd=lambd, keep_prob=keep_prob)
    plain, regularised, ratio = paired(spiral_epoch(0, 1), spiral_epoch(0.1, 0.8), 10 * repetitions, 5)
    # Chapter 6's network (2-100-100-1 on 80 moons, 100 iterations) with numpy's default BLAS threads (one per core)
    # and with one, alternately in this process: the effect of run_script's one thread, under the same load.
    M, L = load_dataset(f"{repo}/data/moons.csv", 2)
    M_train, L_train, _, _, rng_m = split_train_test(M, L, 0.8, rng_seed(1))
    ch6 = lambda: train(M_train, L_train, [2, 100, 100, 1], ["relu", "relu", "sigmoid"], rng_m,  # noqa: E731
                        train_config(learning_rate=0.3, iterations=100, init="he"))
    one, default, threads_ratio = paired(blas_threads(1, ch6), blas_threads(os.cpu_count(), ch6), 5 * repetitions, 1)
    blas = [f"{i['internal_api']} {i['version']} ({i.get('architecture')}, {i['num_threads']} threads)"
            for i in threadpool_info() if i["user_api"] == "blas"]
    print(json.dumps({"mnist_epoch_seconds": median_seconds(epoch(None), 5 * repetitions),
                      "mnist_minibatch_epoch_seconds": median_seconds(epoch(256), 5 * repetitions),
                      "spiral_train_seconds": median_seconds(spiral, repetitions),
                      "spiral_epoch_seconds": plain, "spiral_dropout_l2_epoch_seconds": regularised,
                      "dropout_l2_ratio": ratio, "blas": "; ".join(blas),
                      "ch6_one_thread_seconds": one, "ch6_default_threads_seconds": default,
                      "ch6_default_over_one_thread": threads_ratio}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))

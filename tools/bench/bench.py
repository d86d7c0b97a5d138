"""Python side of `make bench`: prints one JSON line of median seconds and the BLAS numpy uses."""
import json
import statistics
import sys
import time

from threadpoolctl import threadpool_info

from dlfp.data import load_dataset, load_digits
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


def main(repo, repetitions):
    X, Y = load_digits(f"{repo}/data/mnist_train.csv")
    activations = ["relu", "relu", "softmax"]
    parameters, rng = initialize_parameters([784, 128, 64, 10], rng_seed(1), "he")
    state = initialize_optimizer(parameters)
    epoch = lambda batch_size: lambda: train_epoch(X, Y, parameters, activations, state, rng, 0.1,  # noqa: E731
                                                   batch_size=batch_size)

    S, T = load_dataset(f"{repo}/data/spiral.csv", 3)
    config = train_config(learning_rate=1.0, iterations=10000, init="default")
    spiral = lambda: train(S, T, [2, 100, 3], ["relu", "softmax"], rng_seed(1), config)  # noqa: E731
    blas = [f"{i['internal_api']} {i['version']} ({i.get('architecture')}, {i['num_threads']} threads)"
            for i in threadpool_info() if i["user_api"] == "blas"]
    print(json.dumps({"mnist_epoch_seconds": median_seconds(epoch(None), 5 * repetitions),
                      "mnist_minibatch_epoch_seconds": median_seconds(epoch(256), 5 * repetitions),
                      "spiral_train_seconds": median_seconds(spiral, repetitions), "blas": "; ".join(blas)}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))

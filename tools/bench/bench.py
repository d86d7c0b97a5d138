"""Python side of `make bench`: prints one JSON line of median seconds and the BLAS numpy uses."""
import json
import statistics
import sys
import time

from threadpoolctl import threadpool_info

from dlfp.backward import backward_propagation
from dlfp.data import load_dataset
from dlfp.forward import forward_propagation
from dlfp.initialization import initialize_parameters
from dlfp.optimizers import update_parameters
from dlfp.rng import rng_seed
from dlfp.training import train


def median_seconds(work, repetitions):
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(repo, repetitions):
    X, Y = load_dataset(f"{repo}/data/mnist_train.csv", 10)
    X = X / 255
    activations = ["relu", "relu", "softmax"]
    parameters, _ = initialize_parameters([784, 128, 64, 10], rng_seed(1), "he")

    def epoch():
        _, cache = forward_propagation(X, parameters, activations)
        update_parameters(parameters, backward_propagation(Y, parameters, cache, activations), 0.1)

    S, T = load_dataset(f"{repo}/data/spiral.csv", 3)
    spiral = lambda: train(S, T, [2, 100, 3], ["relu", "softmax"], rng_seed(1), learning_rate=1.0,  # noqa: E731
                           iterations=10000, init="default")
    blas = [f"{i['internal_api']} {i['version']} ({i.get('architecture')}, {i['num_threads']} threads)"
            for i in threadpool_info() if i["user_api"] == "blas"]
    print(json.dumps({"mnist_epoch_seconds": median_seconds(epoch, 5 * repetitions),
                      "spiral_train_seconds": median_seconds(spiral, repetitions), "blas": "; ".join(blas)}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))

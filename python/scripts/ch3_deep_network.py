"""Chapter 3: an L-layer network (relu hidden layers, sigmoid output), on the moons."""
import os

from dlfp.cli import run_script
from dlfp.experiments import run_experiment

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(options):
    run_experiment(options, 2, [9, 9], ["relu", "relu", "sigmoid"], "he", 250, "ch3", "Chapter 3: 2-9-9-1 relu")


if __name__ == "__main__":
    run_script(main, "ch3", REPO)

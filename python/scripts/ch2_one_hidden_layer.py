"""Chapter 2: a network with one hidden layer of tanh units and a sigmoid output, on the moons."""
import os

from dlfp.cli import run_script
from dlfp.experiments import run_experiment

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(options):
    run_experiment(options, 2, [4], ["tanh", "sigmoid"], "default", 1000, "ch2", "Chapter 2: 4 tanh units")


if __name__ == "__main__":
    run_script(main, "ch2", REPO)

"""Chapter 4: softmax classification of the CS231n spiral (2-100-3, relu hidden units)."""
import os

from dlfp.cli import run_script
from dlfp.experiments import run_experiment

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(options):
    run_experiment(options, 3, [100], ["relu", "softmax"], "default", 1000, "ch4",
                   "Chapter 4: 2-100-3 relu, softmax")


if __name__ == "__main__":
    run_script(main, "ch4", REPO)

"""Chapter 4: softmax classification of the CS231n spiral (2-100-3, relu hidden units)."""
import os

from dlfp.cli import run_script
from dlfp.experiments import run_experiment
from dlfp.training import train_config

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NETWORK = {"chapter": "ch4", "title": "Chapter 4: {shape} relu, softmax", "activations": ["relu", "softmax"]}


def main(options):
    config = train_config(learning_rate=options["learning_rate"], iterations=options["iterations"],
                          print_every=1000)
    run_experiment(options, NETWORK, config)


if __name__ == "__main__":
    run_script(main, "ch4", REPO)

"""Chapter 3: an L-layer network (relu hidden layers, sigmoid output), on the moons."""
import os

from dlfp.cli import run_script
from dlfp.experiments import run_experiment
from dlfp.training import train_config

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NETWORK = {"chapter": "ch3", "title": "Chapter 3: {shape} relu", "activations": ["relu", "sigmoid"]}


def main(options):
    config = train_config(learning_rate=options["learning_rate"], iterations=options["iterations"], init="he",
                          print_every=250)
    run_experiment(options, NETWORK, config)


if __name__ == "__main__":
    run_script(main, "ch3", REPO)

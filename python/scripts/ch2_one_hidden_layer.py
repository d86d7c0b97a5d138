"""Chapter 2: a network with one hidden layer of tanh units and a sigmoid output, on the moons."""
import os

from dlfp.cli import run_script
from dlfp.experiments import run_experiment
from dlfp.training import train_config

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NETWORK = {"chapter": "ch2", "title": "Chapter 2: {shape} tanh", "activations": ["tanh", "sigmoid"]}


def main(options):
    config = train_config(learning_rate=options["learning_rate"], iterations=options["iterations"],
                          print_every=1000)
    run_experiment(options, NETWORK, config)


if __name__ == "__main__":
    run_script(main, "ch2", REPO)

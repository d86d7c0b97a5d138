1;
## Chapter 2: a network with one hidden layer of tanh units and a sigmoid output,
## on the moons.  Run from any folder:
##   octave-cli octave/scripts/ch2_one_hidden_layer.m [--help] [options]
## Prints the same lines as the Python and R scripts and writes
## build/ch2_cost_octave.png and build/ch2_boundary_octave.png.

## Without this Octave 7.3 prints "error: ignoring const
## execution_exception& while preparing to exit" at exit.
history_save (false);

function main (options)
  network = struct ("chapter", "ch2", "title", "Chapter 2: {shape} tanh", "activations", {{"tanh", "sigmoid"}});
  config = train_config ("learning_rate", options.learning_rate, "iterations", options.iterations,
                         "print_every", 1000);
  run_experiment (options, network, config);
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "ch2", repo);

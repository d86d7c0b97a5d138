1;
## Chapter 3: an L-layer network (relu hidden layers, sigmoid output), on the
## moons.  Run from any folder:
##   octave-cli octave/scripts/ch3_deep_network.m [--help] [options]
## Prints the same lines as the Python and R scripts and writes
## build/ch3_cost_octave.png and build/ch3_boundary_octave.png.

## Without this Octave 7.3 prints "error: ignoring const
## execution_exception& while preparing to exit" at exit.
history_save (false);

function main (options)
  network = struct ("chapter", "ch3", "title", "Chapter 3: {shape} relu", "activations", {{"relu", "sigmoid"}});
  config = train_config ("learning_rate", options.learning_rate, "iterations", options.iterations, "init", "he",
                         "print_every", 250);
  run_experiment (options, network, config);
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "ch3", repo);

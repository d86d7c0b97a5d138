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
  run_experiment (options, 2, [4], {"tanh", "sigmoid"}, "default", 1000, "ch2", "Chapter 2: 4 tanh units");
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "ch2", repo);

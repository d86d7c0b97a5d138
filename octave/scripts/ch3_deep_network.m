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
  run_experiment (options, 2, [9, 9], {"relu", "relu", "sigmoid"}, "he", 250, "ch3", "Chapter 3: 2-9-9-1 relu");
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "ch3", repo);

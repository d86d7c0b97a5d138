1;
## Chapter 4: softmax classification of the CS231n spiral (2-100-3, relu hidden
## units).  Run from any folder:
##   octave-cli octave/scripts/ch4_softmax_spiral.m [--help] [options]
## Prints the same lines as the Python and R scripts and writes
## build/ch4_cost_octave.png and build/ch4_boundary_octave.png.

## Without this Octave 7.3 prints "error: ignoring const
## execution_exception& while preparing to exit" at exit.
history_save (false);

function main (options)
  run_experiment (options, 3, [100], {"relu", "softmax"}, "default", 1000, "ch4", "Chapter 4: 2-100-3 relu, softmax");
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "ch4", repo);

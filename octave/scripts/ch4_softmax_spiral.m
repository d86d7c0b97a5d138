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
  network = struct ("chapter", "ch4", "title", "Chapter 4: {shape} relu, softmax", "activations", {{"relu", "softmax"}});
  config = train_config ("learning_rate", options.learning_rate, "iterations", options.iterations,
                         "print_every", 1000);
  run_experiment (options, network, config);
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "ch4", repo);

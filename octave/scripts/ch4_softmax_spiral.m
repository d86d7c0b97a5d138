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
  n_classes = 3;
  [X, Y] = load_dataset (options.data, n_classes);
  hidden = [100];
  activations = {"relu", "softmax"};
  [parameters, costs] = train (X, Y, [rows(X), hidden, n_classes], activations, rng_seed (options.seed),
                               "learning_rate", options.learning_rate,
                               "iterations", options.iterations,
                               "init", "default", "print_every", 1000);
  Y_hat = predict_labels (X, parameters, activations);
  printf ("train accuracy: %.4f\n", accuracy (Y, Y_hat));
  printf ("%s\n", format_confusion_matrix (confusion_matrix (Y, Y_hat, n_classes)));
  plot_costs (costs, fullfile (options.out, "ch4_cost_octave.png"),
              "Chapter 4: softmax on the spiral (Octave)");
  plot_decision_boundary (X, Y, parameters, activations, fullfile (options.out, "ch4_boundary_octave.png"),
                          "Chapter 4: 2-100-3 relu, softmax (Octave)");
endfunction

octave_folder = fileparts (fileparts (make_absolute_filename (mfilename ("fullpath"))));
for entry = dir (octave_folder).'
  if (entry.isdir && ! any (strcmp (entry.name, {".", "..", "scripts"})))
    addpath (fullfile (octave_folder, entry.name));
  endif
endfor

defaults = struct ("data", "data/spiral.csv", "iterations", 10000, "learning_rate", 1.0,
                   "seed", 1, "out", "build");
run_script (@main, "ch4_softmax_spiral",
            "Chapter 4: softmax on the CS231n spiral, 2-100-3 with relu hidden units.",
            defaults, fileparts (octave_folder));

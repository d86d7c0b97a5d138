## Octave side of `make bench`: prints one JSON line of median seconds and the BLAS Octave uses.
1;
history_save (false);

function s = median_seconds (work, repetitions)
  times = zeros (1, repetitions);
  for i = 1:repetitions
    start = tic ();
    work ();
    times(i) = toc (start);
  endfor
  s = median (times);
endfunction

args = argv ();
repo = args{1};
repetitions = str2double (args{2});
addpath (fullfile (repo, "octave", "scripts"));
add_dlfp_paths ();
[X, Y] = load_digits (fullfile (repo, "data", "mnist_train.csv"));
activations = {"relu", "relu", "softmax"};
[parameters, rng] = initialize_parameters ([784, 128, 64, 10], rng_seed (1), "he");
state = initialize_optimizer (parameters);
mnist = median_seconds (@() train_epoch (X, Y, parameters, activations, state, rng, 0.1), 5 * repetitions);
minibatch = median_seconds (@() train_epoch (X, Y, parameters, activations, state, rng, 0.1, 256), ...
                            5 * repetitions);
[S, T] = load_dataset (fullfile (repo, "data", "spiral.csv"), 3);
config = train_config ("learning_rate", 1.0, "iterations", 10000, "init", "default");
spiral = median_seconds (@() train (S, T, [2, 100, 3], {"relu", "softmax"}, rng_seed (1), config), repetitions);
printf (["{\"mnist_epoch_seconds\": %.17g, \"mnist_minibatch_epoch_seconds\": %.17g, ", ...
         "\"spiral_train_seconds\": %.17g, \"blas\": \"%s\"}\n"], mnist, minibatch, spiral, strtrim (strrep (version ("-blas"), "\"", "'")));

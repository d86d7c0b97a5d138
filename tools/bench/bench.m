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

## Median seconds per call of each, timed alternately (CALLS in a row) so
## that both see the same load, and the median of the pairs' ratios second /
## first.
function [first_s, second_s, ratio] = paired (first, second, pairs, calls)
  times = zeros (2, pairs);
  for i = 1:pairs
    times(:, i) = [median_seconds(@() in_a_row(first, calls), 1);
                   median_seconds(@() in_a_row(second, calls), 1)] / calls;
  endfor
  first_s = median (times(1, :));
  second_s = median (times(2, :));
  ratio = median (times(2, :) ./ times(1, :));
endfunction

function in_a_row (work, calls)
  for k = 1:calls
    work ();
  endfor
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
config = train_config ("learning_rate", 0.6, "iterations", 10000, "init", "default");
spiral = median_seconds (@() train (S, T, [2, 100, 3], {"relu", "softmax"}, rng_seed (1), config), repetitions);
## One epoch of the spiral in batches of 32 with Adam, without and with dropout and L2.
[parameters_s, rng_s] = initialize_parameters ([2, 100, 3], rng_seed (1), "he");
state_s = initialize_optimizer (parameters_s, "adam");
spiral_epoch = @(lambd, keep_prob) @() train_epoch (S, T, parameters_s, {"relu", "softmax"}, state_s, rng_s, ...
                                                    0.01, 32, lambd, keep_prob);
[plain, regularised, ratio] = paired (spiral_epoch (0, 1), spiral_epoch (0.1, 0.8), 10 * repetitions, 5);
printf (["{\"mnist_epoch_seconds\": %.17g, \"mnist_minibatch_epoch_seconds\": %.17g, ", ...
         "\"spiral_train_seconds\": %.17g, \"spiral_epoch_seconds\": %.17g, ", ...
         "\"spiral_dropout_l2_epoch_seconds\": %.17g, \"dropout_l2_ratio\": %.17g, \"blas\": \"%s\"}\n"], ...
        mnist, minibatch, spiral, plain, regularised, ratio, strtrim (strrep ([version("-blas") " OPENBLAS_NUM_THREADS " getenv("OPENBLAS_NUM_THREADS")], "\"", "'")));

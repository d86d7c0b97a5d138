## [parameters, costs, rng] = train (X, Y, layer_dims, activations, rng)
## [parameters, costs, rng] = train (..., "learning_rate", 0.1, "iterations", 1000, "init", "default", "print_every", 0,
##                                   "batch_size", [], "optimizer", "gd", "beta1", 0.9, "beta2", 0.999, "epsilon", 1e-8,
##                                   "lambd", 0, "keep_prob", 1, "decay", "none", "decay_rate", 0)
##
## Initialise (initialize_parameters with INIT, initialize_optimizer with
## OPTIMIZER, BETA1, BETA2, EPSILON), then run ITERATIONS epochs (train_epoch
## with BATCH_SIZE, LAMBD, KEEP_PROB) with the optimiser's state carried
## across them and the learning rate decay_learning_rate (LEARNING_RATE,
## epoch, DECAY, DECAY_RATE).  Without BATCH_SIZE an epoch is one full-batch
## step.  COSTS(i + 1) is epoch i's cost (a row): its batches' costs weighted
## by their share of the m examples (the cost before the step for a full
## batch).  Every PRINT_EVERY epochs (and at the last) prints
## "iteration i: cost c" ("epoch i: ..." with mini-batches); 0 prints nothing.

function [parameters, costs, rng] = train (X, Y, layer_dims, activations, rng, varargin)
  if (nargin < 5)
    print_usage ();
  endif
  options = struct ("learning_rate", 0.1, "iterations", 1000, "init", "default", "print_every", 0, ...
                    "batch_size", [], "optimizer", "gd", "beta1", 0.9, "beta2", 0.999, "epsilon", 1e-8, ...
                    "lambd", 0, "keep_prob", 1, "decay", "none", "decay_rate", 0);
  options = read_options (options, varargin);
  check_matrix ("train", "X", X);
  layer_dims = check_init ("train", layer_dims, options.init);
  check_positive ("train", "learning_rate", options.learning_rate);
  check_positive ("train", "iterations", options.iterations, true);
  every = check_count ("train", "print_every", options.print_every);
  batch_size = options.batch_size;
  if (! isempty (batch_size))
    check_positive ("train", "batch_size", batch_size, true);
  endif
  check_lambd ("train", options.lambd);
  check_keep_prob ("train", options.keep_prob);
  check_optimizer ("train", options.optimizer, options.beta1, options.beta2, options.epsilon);
  decay = options.decay;
  if (! (ischar (decay) && any (strcmp (decay, {"none", "inverse", "exponential"}))))
    error ("train: decay must be one of none, inverse, exponential, got %s", value_repr (decay));
  endif
  check_decay_rate ("train", decay, options.decay_rate);
  if (layer_dims(1) != rows (X))
    error ("train: layer_dims[0] must equal the %d rows of X, got %s", rows (X), ...
           value_repr (layer_dims(1)));
  endif
  ## Only the initial weights, shuffling and dropout draw from the generator.
  if (! strcmp (options.init, "zeros") || ! isempty (batch_size) || options.keep_prob < 1)
    check_rng ("train", rng);
  endif
  [parameters, rng] = initialize_parameters (layer_dims, rng, options.init);
  state = initialize_optimizer (parameters, options.optimizer, options.beta1, options.beta2, options.epsilon);
  check_network ("train", X, Y, parameters, activations, state);
  m = columns (X);
  if (isempty (batch_size))
    label = "iteration";
    sizes = m;
  else
    label = "epoch";
    sizes = min (batch_size, m - (0:batch_size:m - 1));
  endif
  iterations = options.iterations;
  costs = zeros (1, iterations);
  for i = 0:iterations - 1
    rate = options.learning_rate;
    if (! strcmp (decay, "none"))
      rate = decayed_rate (rate, i, decay, options.decay_rate);
    endif
    [parameters, state, batch_costs, rng] = run_epoch (X, Y, parameters, activations, state, rng, rate, ...
                                                       batch_size, options.lambd, options.keep_prob);
    ## A loop, not sum (), to add in Python's order.
    cost = 0;
    for k = 1:numel (batch_costs)
      cost = cost + sizes(k) / m * batch_costs(k);
    endfor
    costs(i + 1) = cost;
    if (every && (mod (i, every) == 0 || i == iterations - 1))
      printf ("%s %d: cost %.10g\n", label, i, cost);
      fflush (stdout);
    endif
  endfor
endfunction

function options = read_options (options, args)
  ## Name/value pairs whose names are fields of OPTIONS.
  if (mod (numel (args), 2))
    error ("train: options must come as name/value pairs");
  endif
  for k = 1:2:numel (args)
    name = args{k};
    if (! (ischar (name) && isfield (options, name)))
      error ("train: unknown option %s", value_repr (name));
    endif
    options.(name) = args{k + 1};
  endfor
endfunction

%!function path = data_file (name)
%!  path = fullfile (fileparts (fileparts (fileparts (which ("train")))), "data", name);
%!endfunction

%!test
%! [X, Y] = load_dataset (data_file ("spiral.csv"), 3);
%! out = evalc (['[~, costs] = train (X, Y, [2, 20, 3], {"relu", "softmax"}, rng_seed (1), ', ...
%!               '"learning_rate", 1, "iterations", 300, "init", "he", "print_every", 100);']);
%! assert (size (costs), [1, 300]);
%! assert (costs(end) < 0.8 * costs(1));
%! lines = strsplit (strtrim (out), "\n");
%! assert (regexprep (lines, ":.*", ""), {"iteration 0", "iteration 100", "iteration 200", "iteration 299"});
%! assert (lines{1}, sprintf ("iteration 0: cost %.10g", costs(1)));

%!test
%! [X, Y] = load_dataset (data_file ("cancer.csv"), 2);
%! [parameters, costs, s] = train (X / 1000, Y, [30, 1], {"sigmoid"}, rng_seed (1), ...
%!                                 "learning_rate", 0.5, "iterations", 2, "init", "zeros");
%! ## 569 terms log(2) summed left to right (numpy sums pairwise: 1e-15).
%! assert (costs(1), log (2), 4e-15);
%! assert (s, rng_seed (1));
%! assert (size (parameters.W1), [1, 30]);

## Two steps by hand equal train's.
%!test
%! X = [1, -2, 0.5; 0.3, 0.8, -1];
%! Y = [1, 0, 1];
%! [parameters, costs] = train (X, Y, [2, 1], {"sigmoid"}, rng_seed (1), "iterations", 2, "init", "zeros");
%! p = struct ("W1", zeros (1, 2), "b1", 0);
%! state = initialize_optimizer (p);
%! for i = 1:2
%!   [~, cache] = forward_propagation (X, p, {"sigmoid"});
%!   assert (costs(i), compute_cost (cache.Z1, Y, "sigmoid"));
%!   [p, state] = update_parameters (p, backward_propagation (Y, p, cache, {"sigmoid"}), 0.1, state);
%! endfor
%! assert (parameters, p);

## The epoch cost weighs each batch by its size.
%!test
%! [X, Y] = load_dataset (data_file ("spiral.csv"), 3);
%! out = evalc (['[parameters, costs, rng] = train (X, Y, [2, 8, 3], {"relu", "softmax"}, rng_seed (1), ', ...
%!               '"learning_rate", 0.5, "iterations", 2, "init", "he", "batch_size", 128, ', ...
%!               '"optimizer", "adam", "print_every", 1);']);
%! [p, r] = initialize_parameters ([2, 8, 3], rng_seed (1), "he");
%! state = initialize_optimizer (p, "adam");
%! for i = 1:2
%!   [p, state, batch_costs, r] = train_epoch (X, Y, p, {"relu", "softmax"}, state, r, 0.5, 128);
%!   assert (costs(i) == 128 / 300 * batch_costs(1) + 128 / 300 * batch_costs(2) + 44 / 300 * batch_costs(3));
%! endfor
%! assert (isequal (parameters.W2, p.W2));
%! assert (rng, r);
%! assert (strsplit (strtrim (out), "\n"), {sprintf("epoch 0: cost %.10g", costs(1)), ...
%!                                          sprintf("epoch 1: cost %.10g", costs(2))});

## The learning rate decays once per epoch.
%!test
%! [X, Y] = load_dataset (data_file ("spiral.csv"), 3);
%! decayed = train (X, Y, [2, 8, 3], {"relu", "softmax"}, rng_seed (1), "learning_rate", 0.5, ...
%!                  "iterations", 3, "decay", "inverse", "decay_rate", 1);
%! p = initialize_parameters ([2, 8, 3], rng_seed (1));
%! state = initialize_optimizer (p);
%! for rate = [0.5, 0.25, 0.5 / 3]
%!   [p, state] = train_epoch (X, Y, p, {"relu", "softmax"}, state, [], rate);
%! endfor
%! assert (isequal (decayed.W1, p.W1));

%!error <^train: learning_rate must be a positive number, got 0$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "learning_rate", 0)
%!error <^train: iterations must be a positive integer, got 2\.5$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "iterations", 2.5)
%!error <^train: X must hold only finite numbers$> train ([1, NaN], 0, [2, 1], {"sigmoid"}, rng_seed (1))
%!error <^train: layer_dims\[0\] must equal the 2 rows of X, got 3$> train (ones (2, 3), zeros (1, 3), [3, 1], {"sigmoid"}, rng_seed (1))
%!error <^train: Y must hold integer labels in 0\.\.1$> train (ones (2, 3), [0, 2, 1], [2, 1], {"sigmoid"}, rng_seed (1))
%!error <^train: Y must hold integer labels in 0\.\.2$> train (ones (2, 3), [0, 3, 1], [2, 3], {"softmax"}, rng_seed (1))
%!error <^train: Y must be a 1 x 3 matrix, got \(3, 1\)$> train (ones (2, 3), zeros (3, 1), [2, 1], {"sigmoid"}, rng_seed (1))
%!error <^train: batch_size must be a positive integer, got 0$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "batch_size", 0)
%!error <^train: keep_prob must be in \(0, 1\], got 0$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "keep_prob", 0)
%!error <^train: lambd must be a non-negative number, got -0.1$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "lambd", -0.1)
%!error <^train: optimizer must be one of gd, momentum, rmsprop, adam, got 'sgd'$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "optimizer", "sgd")
%!error <^train: decay must be one of none, inverse, exponential, got 'step'$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "decay", "step")
%!error <^train: decay_rate must be in \(0, 1\] for exponential decay, got 0$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "decay", "exponential")
%!error <^train: beta1 must be in \[0, 1\), got 1$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "optimizer", "adam", "beta1", 1)
%!error <^train: beta2 must be in \[0, 1\), got 1\.5$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "beta2", 1.5)
%!error <^train: unknown option 'epochs'$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "epochs", 3)
%!error <^train: options must come as name/value pairs$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "iterations")
%!error <^train: init must be one of zeros, default, he, xavier, got 'glorot'$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "init", "glorot")
%!error <^train: layer_dims must hold at least two positive integers, got \[2\]$> train (ones (2, 3), zeros (1, 3), 2, {"sigmoid"}, rng_seed (1))
%!error <^train: print_every must be a non-negative integer, got -1$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "print_every", -1)
%!error <^train: rng must be a generator state from rng_seed$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, struct ("x1", 5, "x2", 0))
%!error <^train: rng must be a generator state from rng_seed$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, [], "init", "zeros", "keep_prob", 0.5)
## Without a draw any rng will do.
%!test
%! [~, ~, s] = train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, [], "init", "zeros", "iterations", 1);
%! assert (s, []);
%!error <Invalid call> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"})
%!error <^train: activations must name 2 layers, got 1$> train (ones (2, 3), zeros (1, 3), [2, 4, 1], {"sigmoid"}, rng_seed (1))
%!error <^train: activation must be one of sigmoid, tanh, relu, softmax, got 'elu'$> train (ones (2, 3), zeros (1, 3), [2, 4, 1], {"elu", "sigmoid"}, rng_seed (1))

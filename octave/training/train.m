## [parameters, costs, rng] = train (X, Y, layer_dims, activations, rng)
## [parameters, costs, rng] = train (X, Y, layer_dims, activations, rng, config)
## [parameters, costs, rng] = train (X, Y, layer_dims, activations, rng, "config", config)
##
## Initialise (initialize_parameters with CONFIG.init, initialize_optimizer
## with CONFIG.optimizer, beta1, beta2, epsilon), then run CONFIG.iterations
## epochs (train_epoch with CONFIG.batch_size, lambd, keep_prob) with the
## optimiser's state carried across them and the learning rate
## decay_learning_rate (learning_rate, epoch, decay, decay_rate).  CONFIG
## comes from train_config (without it, train_config ()'s defaults); a
## config changed by field assignment is checked again.  Without a batch_size
## an epoch is one full-batch step.  COSTS(i + 1) is epoch i's cost (a row):
## its batches' costs weighted by their share of the m examples (the cost
## before the step for a full batch).  Every print_every epochs (and at the
## last) prints "iteration i: cost c" ("epoch i: ..." with mini-batches); 0
## prints nothing.

function [parameters, costs, rng] = train (X, Y, layer_dims, activations, rng, varargin)
  if (nargin < 5)
    print_usage ();
  endif
  ## [] (Python's None) gives the defaults, as no config does.
  config = optional_arguments ("train", {"config"}, {[]}, varargin);
  if (isempty (config))
    config = train_config ();
  elseif (! (isstruct (config) && isscalar (config)))
    error ("train: config must come from train_config");
  else
    config = train_config (config);
  endif
  check_matrix ("train", "X", X);
  layer_dims = check_layer_dims ("train", layer_dims);
  if (layer_dims(1) != rows (X))
    error ("train: the first of layer_dims must equal the %d rows of X, got %s", rows (X), ...
           value_text (layer_dims(1)));
  endif
  batch_size = config.batch_size;
  ## Only the initial weights, shuffling and dropout draw from the generator.
  if (! strcmp (config.init, "zeros") || ! isempty (batch_size) || config.keep_prob < 1)
    check_rng ("train", rng);
  endif
  [parameters, rng] = initialize_parameters (layer_dims, rng, config.init);
  state = initialize_optimizer (parameters, config.optimizer, config.beta1, config.beta2, config.epsilon);
  check_network ("train", X, Y, parameters, activations, state);
  m = columns (X);
  if (isempty (batch_size))
    label = "iteration";
    sizes = m;
  else
    label = "epoch";
    sizes = min (batch_size, m - (0:batch_size:m - 1));
  endif
  iterations = config.iterations;
  every = config.print_every;
  costs = zeros (1, iterations);
  for i = 0:iterations - 1
    rate = config.learning_rate;
    if (! strcmp (config.decay, "none"))
      rate = decayed_rate (rate, i, config.decay, config.decay_rate);
    endif
    [parameters, state, batch_costs, rng] = run_epoch (X, Y, parameters, activations, state, rng, rate, ...
                                                       batch_size, config.lambd, config.keep_prob);
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

%!function path = data_file (name)
%!  path = fullfile (fileparts (fileparts (fileparts (which ("train")))), "data", name);
%!endfunction

%!test
%! [X, Y] = load_dataset (data_file ("spiral.csv"), 3);
%! config = train_config ("learning_rate", 1, "iterations", 300, "init", "he", "print_every", 100);
%! out = evalc ('[~, costs] = train (X, Y, [2, 20, 3], {"relu", "softmax"}, rng_seed (1), config);');
%! assert (size (costs), [1, 300]);
%! assert (costs(end) < 0.8 * costs(1));
%! lines = strsplit (strtrim (out), "\n");
%! assert (regexprep (lines, ":.*", ""), {"iteration 0", "iteration 100", "iteration 200", "iteration 299"});
%! assert (lines{1}, sprintf ("iteration 0: cost %.10g", costs(1)));

%!test
%! [X, Y] = load_dataset (data_file ("cancer.csv"), 2);
%! [parameters, costs, s] = train (X / 1000, Y, [30, 1], {"sigmoid"}, rng_seed (1), ...
%!                                 train_config ("learning_rate", 0.5, "iterations", 2, "init", "zeros"));
%! ## 569 terms log(2) summed left to right (numpy sums pairwise: 1e-15).
%! assert (costs(1), log (2), 4e-15);
%! assert (s, rng_seed (1));
%! assert (size (parameters.W1), [1, 30]);

## Two steps by hand equal train's.
%!test
%! X = [1, -2, 0.5; 0.3, 0.8, -1];
%! Y = [1, 0, 1];
%! config = train_config ("iterations", 2, "init", "zeros");
%! [parameters, costs] = train (X, Y, [2, 1], {"sigmoid"}, rng_seed (1), config);
%! p = struct ("W1", zeros (1, 2), "b1", 0);
%! state = initialize_optimizer (p);
%! for i = 1:2
%!   [~, cache] = forward_propagation (X, p, {"sigmoid"});
%!   assert (costs(i), compute_cost (cache.Z1, Y, "sigmoid"));
%!   [p, state] = update_parameters (p, backward_propagation (Y, p, cache, {"sigmoid"}), 0.1, state);
%! endfor
%! assert (parameters, p);

## Without a config, train_config ()'s defaults.
%!test
%! X = [1, -2, 0.5; 0.3, 0.8, -1];
%! Y = [1, 0, 1];
%! [p, costs] = train (X, Y, [2, 3, 1], {"tanh", "sigmoid"}, rng_seed (1));
%! [q, same] = train (X, Y, [2, 3, 1], {"tanh", "sigmoid"}, rng_seed (1), train_config ());
%! assert (size (costs), [1, 1000]);
%! assert (isequal (p, q) && isequal (costs, same));

## The epoch cost weighs each batch by its size.
%!test
%! [X, Y] = load_dataset (data_file ("spiral.csv"), 3);
%! config = train_config ("learning_rate", 0.5, "iterations", 2, "init", "he", "batch_size", 128, ...
%!                        "optimizer", "adam", "print_every", 1);
%! out = evalc ('[parameters, costs, rng] = train (X, Y, [2, 8, 3], {"relu", "softmax"}, rng_seed (1), config);');
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
%! decayed = train (X, Y, [2, 8, 3], {"relu", "softmax"}, rng_seed (1), ...
%!                  train_config ("learning_rate", 0.5, "iterations", 3, "decay", "inverse", "decay_rate", 1));
%! p = initialize_parameters ([2, 8, 3], rng_seed (1));
%! state = initialize_optimizer (p);
%! for rate = [0.5, 0.25, 0.5 / 3]
%!   [p, state] = train_epoch (X, Y, p, {"relu", "softmax"}, state, [], rate);
%! endfor
%! assert (isequal (decayed.W1, p.W1));

## A config's batch_size set to [] by field assignment means full batches; zeros, full batches and
## no dropout draw nothing, so any rng will do.
%!test
%! config = train_config ("init", "zeros", "iterations", 1, "batch_size", 2);
%! config.batch_size = [];
%! [~, costs, s] = train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, [], config);
%! assert (size (costs), [1, 1]);
%! assert (s, []);

%!test
%! config = train_config ();
%! config.lambd = -0.1;
%! fail ('train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), config)', ...
%!       "^train_config: lambd must be a non-negative number, got -0.1$");
%!error <Invalid call> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"})

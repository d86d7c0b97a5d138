## [parameters, state, costs, rng] = train_epoch (X, Y, parameters, activations, state, rng, learning_rate)
## [...] = train_epoch (..., learning_rate, batch_size, lambd, keep_prob)
## [...] = train_epoch (..., learning_rate, "keep_prob", keep_prob, "batch_size", batch_size, ...)
## [...] = train_epoch (..., learning_rate, batch_size, "keep_prob", keep_prob, ...)
##
## Optional arguments go positionally in this order, then as "name", value
## pairs in any order (optional_arguments); those left out take their defaults.
##
## One pass over the data: for each batch (all of X, unshuffled, when
## BATCH_SIZE is [], the default; else random_mini_batches), draw dropout
## masks if KEEP_PROB < 1 (default 1), then forward, cost and backward with
## the L2 weight LAMBD (default 0), and one step of the optimiser in STATE
## (initialize_optimizer).  COSTS(k) is batch k's cost before its step (a row).

function [parameters, state, costs, rng] = train_epoch (X, Y, parameters, activations, state, rng, learning_rate, varargin)
  if (nargin < 7)
    print_usage ();
  endif
  [batch_size, lambd, keep_prob] = optional_arguments ("train_epoch", ...
      {"batch_size", "lambd", "keep_prob"}, {[], 0, 1}, varargin);
  check_positive ("train_epoch", "learning_rate", learning_rate);
  check_lambd ("train_epoch", lambd);
  check_keep_prob ("train_epoch", keep_prob);
  if (! isempty (batch_size))
    check_positive ("train_epoch", "batch_size", batch_size, true);
  endif
  ## Only shuffling and dropout draw from the generator.
  if (! isempty (batch_size) || keep_prob < 1)
    check_rng ("train_epoch", rng);
  endif
  check_network ("train_epoch", X, Y, parameters, activations, state);
  [parameters, state, costs, rng] = run_epoch (X, Y, parameters, activations, state, rng, learning_rate, ...
                                               batch_size, lambd, keep_prob);
endfunction

%!function path = data_file (name)
%!  path = fullfile (fileparts (fileparts (fileparts (which ("train_epoch")))), "data", name);
%!endfunction

## An epoch takes one step per batch: replayed by hand, shuffle, then masks,
## forward, cost, backward and step per batch.
%!test
%! [X, Y] = load_dataset (data_file ("spiral.csv"), 3);
%! activations = {"relu", "softmax"};
%! [parameters, rng] = initialize_parameters ([2, 8, 3], rng_seed (1), "he");
%! state = initialize_optimizer (parameters, "momentum");
%! [new, state, costs, after] = train_epoch (X, Y, parameters, activations, state, rng, 0.5, ...
%!                                           "batch_size", 64, "keep_prob", 0.9);
%! assert (size (costs), [1, 5]);
%! assert (state.t, 5);
%! [X_batches, Y_batches, replay] = random_mini_batches (X, Y, 64, rng);
%! p = parameters;
%! s = initialize_optimizer (parameters, "momentum");
%! for k = 1:numel (X_batches)
%!   [masks, replay] = dropout_masks (p, columns (X_batches{k}), 0.9, replay);
%!   [~, cache] = forward_propagation (X_batches{k}, p, activations, masks);
%!   assert (costs(k), compute_cost (cache.Z2, Y_batches{k}, "softmax"));
%!   [p, s] = update_parameters (p, backward_propagation (Y_batches{k}, p, cache, activations), 0.5, s);
%! endfor
%! assert (isequal (new.W1, p.W1));
%! assert (after, replay);
%! positional = train_epoch (X, Y, parameters, activations, initialize_optimizer (parameters, "momentum"), ...
%!                           rng, 0.5, 64, 0, 0.9);
%! assert (isequal (positional, new));

## Without batch_size one full-batch step, no shuffle, no draw.
%!test
%! X = [1, -2, 0.5; 0.3, 0.8, -1];
%! Y = [1, 0, 1];
%! p = struct ("W1", [0.1, -0.2], "b1", 0);
%! [new, state, costs, rng] = train_epoch (X, Y, p, {"sigmoid"}, initialize_optimizer (p), rng_seed (1), 0.1, [], 0.5);
%! [~, cache] = forward_propagation (X, p, {"sigmoid"});
%! assert (costs, compute_cost (cache.Z1, Y, "sigmoid", p, 0.5));
%! assert (new, update_parameters (p, backward_propagation (Y, p, cache, {"sigmoid"}, 0.5), 0.1, initialize_optimizer (p)));
%! assert ({state.t, rng}, {1, rng_seed(1)});

%!error <Invalid call> train_epoch (1, 0, struct ("W1", 1, "b1", 0), {"sigmoid"}, initialize_optimizer (struct ()), [])

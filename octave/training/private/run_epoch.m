## [parameters, state, costs, rng] = run_epoch (X, Y, parameters, activations, state, rng, learning_rate, batch_size, lambd, keep_prob)
##
## train_epoch's work on arguments already checked: forward_pass,
## backward_pass and update_step instead of the functions that check their
## arguments on every call (train checks once, then runs thousands of these).

function [parameters, state, costs, rng] = run_epoch (X, Y, parameters, activations, state, rng, learning_rate,
                                                      batch_size, lambd, keep_prob)
  if (isempty (batch_size))
    X_batches = {X};
    Y_batches = {Y};
  else
    [X_batches, Y_batches, rng] = random_mini_batches (X, Y, batch_size, rng);
  endif
  Z_name = sprintf ("Z%d", numel (activations));
  output = activations{end};
  ## keep_prob = 1 draws no masks: skip dropout_masks' call and checks.
  masks = struct ();
  costs = zeros (1, numel (X_batches));
  for k = 1:numel (X_batches)
    X_batch = X_batches{k};
    Y_batch = Y_batches{k};
    if (keep_prob < 1)
      [masks, rng] = dropout_masks (parameters, columns (X_batch), keep_prob, rng);
    endif
    [~, cache] = forward_pass (X_batch, parameters, activations, masks);
    ## compute_cost's arithmetic.
    m = columns (Y_batch);
    costs(k) = sum (example_costs (cache.(Z_name), Y_batch, output), 2) / m;
    if (lambd > 0)
      costs(k) = costs(k) + l2_penalty (parameters, lambd, m);
    endif
    grads = backward_pass (Y_batch, parameters, cache, activations, lambd);
    [parameters, state] = update_step (parameters, grads, learning_rate, state);
  endfor
endfunction

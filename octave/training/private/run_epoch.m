## [parameters, state, costs, rng] = run_epoch (X, Y, parameters, activations, state, rng, learning_rate, batch_size, lambd, keep_prob)
##
## train_epoch's work on arguments already checked: the kernels (draw_masks,
## forward_pass, cross_entropy, l2_term, backward_pass, update_step) instead
## of the functions that check their arguments on every call (train checks
## once, then runs thousands of these).

function [parameters, state, costs, rng] = run_epoch (X, Y, parameters, activations, state, rng, learning_rate,
                                                      batch_size, lambd, keep_prob)
  if (isempty (batch_size))
    X_batches = {X};
    Y_batches = {Y};
  else
    [X_batches, Y_batches, rng] = random_mini_batches (X, Y, batch_size, rng);
  endif
  L = numel (activations);
  Z_name = sprintf ("Z%d", L);
  output = activations{end};
  ## keep_prob = 1 draws no masks: skip the call.
  masks = struct ();
  costs = zeros (1, numel (X_batches));
  for k = 1:numel (X_batches)
    X_batch = X_batches{k};
    Y_batch = Y_batches{k};
    m = columns (Y_batch);
    if (keep_prob < 1)
      [masks, rng] = draw_masks (parameters, L, m, keep_prob, rng);
    endif
    [~, cache] = forward_pass (X_batch, parameters, activations, masks);
    ## compute_cost's arithmetic.
    costs(k) = sum (cross_entropy (cache.(Z_name), Y_batch, output), 2) / m;
    if (lambd > 0)
      costs(k) = costs(k) + l2_term (parameters, L, lambd, m);
    endif
    grads = backward_pass (Y_batch, parameters, cache, activations, lambd);
    [parameters, state] = update_step (parameters, grads, learning_rate, state);
  endfor
endfunction

## [parameters, state] = update_step (parameters, grads, learning_rate, state)
##
## update_parameters' arithmetic without its argument checks, for callers
## that have checked their arguments once (train runs thousands of steps on
## the same shapes).

function [parameters, state] = update_step (parameters, grads, learning_rate, state)
  t = state.t + 1;
  state.t = t;
  ## One loop per optimiser over the fields as they come (for [P, name]): no
  ## fieldnames call and no branching per parameter.
  switch (state.optimizer)
    case "gd"
      for [P, name] = parameters
        parameters.(name) = P - learning_rate * grads.(["d" name]);
      endfor
    case "momentum"
      beta1 = state.beta1;
      for [P, name] = parameters
        v = beta1 * state.(["vd" name]) + (1 - beta1) * grads.(["d" name]);
        state.(["vd" name]) = v;
        parameters.(name) = P - learning_rate * v;
      endfor
    case "rmsprop"
      beta2 = state.beta2;
      epsilon = state.epsilon;
      for [P, name] = parameters
        g = grads.(["d" name]);
        s = beta2 * state.(["sd" name]) + (1 - beta2) * (g .* g);
        state.(["sd" name]) = s;
        parameters.(name) = P - learning_rate * g ./ (sqrt (s) + epsilon);
      endfor
    otherwise
      beta1 = state.beta1;
      beta2 = state.beta2;
      epsilon = state.epsilon;
      ## The bias corrections' divisors, the same for every parameter.
      v_scale = 1 - beta1 ^ t;
      s_scale = 1 - beta2 ^ t;
      for [P, name] = parameters
        g = grads.(["d" name]);
        v = beta1 * state.(["vd" name]) + (1 - beta1) * g;
        s = beta2 * state.(["sd" name]) + (1 - beta2) * (g .* g);
        state.(["vd" name]) = v;
        state.(["sd" name]) = s;
        corrected_v = v / v_scale;
        corrected_s = s / s_scale;
        parameters.(name) = P - learning_rate * corrected_v ./ (sqrt (corrected_s) + epsilon);
      endfor
  endswitch
endfunction

%!test
%! parameters = struct ("W1", [1, -2], "b1", 0.5);
%! grads = struct ("dW1", [0.5, 0.25], "db1", -1);
%! for optimizer = {"gd", "momentum", "rmsprop", "adam"}
%!   state = initialize_optimizer (parameters, optimizer{1});
%!   [p, s] = update_step (parameters, grads, 0.1, state);
%!   [p_checked, s_checked] = update_parameters (parameters, grads, 0.1, state);
%!   assert (isequal (p, p_checked) && isequal (s, s_checked));
%! endfor

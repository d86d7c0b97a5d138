## [parameters, state] = update_step (parameters, grads, learning_rate, state)
##
## update_parameters' arithmetic without its argument checks, for callers
## that have checked their arguments once (train runs thousands of steps on
## the same shapes).

function [parameters, state] = update_step (parameters, grads, learning_rate, state)
  names = fieldnames (parameters);
  optimizer = state.optimizer;
  averages = any (strcmp (optimizer, {"momentum", "adam"}));
  squares = any (strcmp (optimizer, {"rmsprop", "adam"}));
  beta1 = state.beta1;
  beta2 = state.beta2;
  epsilon = state.epsilon;
  t = state.t + 1;
  state.t = t;
  for k = 1:numel (names)
    name = names{k};
    P = parameters.(name);
    g = grads.(["d" name]);
    if (averages)
      v = beta1 * state.(["vd" name]) + (1 - beta1) * g;
      state.(["vd" name]) = v;
    endif
    if (squares)
      s = beta2 * state.(["sd" name]) + (1 - beta2) * (g .* g);
      state.(["sd" name]) = s;
    endif
    switch (optimizer)
      case "gd"
        parameters.(name) = P - learning_rate * g;
      case "momentum"
        parameters.(name) = P - learning_rate * v;
      case "rmsprop"
        parameters.(name) = P - learning_rate * g ./ (sqrt (s) + epsilon);
      otherwise
        corrected_v = v / (1 - beta1 ^ t);
        corrected_s = s / (1 - beta2 ^ t);
        parameters.(name) = P - learning_rate * corrected_v ./ (sqrt (corrected_s) + epsilon);
    endswitch
  endfor
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

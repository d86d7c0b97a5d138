## state = initialize_optimizer (parameters)
## state = initialize_optimizer (parameters, optimizer, beta1, beta2, epsilon)
## state = initialize_optimizer (parameters, "optimizer", optimizer, "beta2", beta2, ...)
## state = initialize_optimizer (parameters, optimizer, "beta2", beta2, ...)
##
## Optional arguments go positionally in this order, then as "name", value
## pairs in any order (optional_arguments); those left out take their defaults.
##
## The optimiser's state before the first step: its name OPTIMIZER ("gd",
## the default, "momentum", "rmsprop" or "adam") and settings, the step count
## t = 0, and zero moving averages of the gradient (vdW1, vdb1, ... for
## momentum and Adam) and of its square (sdW1, sdb1, ... for RMSProp and
## Adam).  BETA1 (default 0.9) weighs the gradient's average, BETA2 (0.999)
## its square's; EPSILON (1e-8) keeps the RMSProp and Adam steps finite.

function state = initialize_optimizer (parameters, varargin)
  if (nargin < 1)
    print_usage ();
  endif
  [optimizer, beta1, beta2, epsilon] = optional_arguments ("initialize_optimizer", ...
      {"optimizer", "beta1", "beta2", "epsilon"}, {"gd", 0.9, 0.999, 1e-8}, varargin);
  check_optimizer ("initialize_optimizer", optimizer, beta1, beta2, epsilon);
  state = struct ("optimizer", optimizer, "beta1", double (beta1), "beta2", double (beta2), ...
                  "epsilon", double (epsilon), "t", 0);
  averages = any (strcmp (optimizer, {"momentum", "adam"}));
  squares = any (strcmp (optimizer, {"rmsprop", "adam"}));
  for name = fieldnames (parameters).'
    if (averages)
      state.(["vd" name{1}]) = zeros (size (parameters.(name{1})));
    endif
    if (squares)
      state.(["sd" name{1}]) = zeros (size (parameters.(name{1})));
    endif
  endfor
endfunction

%!shared parameters
%! parameters = struct ("W1", [1, -2], "b1", 0.5);

## The state starts at zero with one average per parameter.
%!test
%! state = initialize_optimizer (parameters, "adam", "beta1", 0.8, "beta2", 0.99, "epsilon", 1e-6);
%! assert (fieldnames (state), {"optimizer"; "beta1"; "beta2"; "epsilon"; "t"; "vdW1"; "sdW1"; "vdb1"; "sdb1"});
%! assert ({state.optimizer, state.beta1, state.beta2, state.epsilon, state.t}, {"adam", 0.8, 0.99, 1e-6, 0});
%! assert (state.sdW1, [0, 0]);
%! assert (! isfield (initialize_optimizer (parameters, "momentum"), "sdW1"));
%! assert (! isfield (initialize_optimizer (parameters, "rmsprop"), "vdW1"));
%! assert (initialize_optimizer (parameters, "adam", 0.8, 0.99, 1e-6), state);
%! assert (initialize_optimizer (parameters), struct ("optimizer", "gd", "beta1", 0.9, "beta2", 0.999, "epsilon", 1e-8, "t", 0));

%!error <Invalid call> initialize_optimizer ()
%!error <Invalid call> initialize_optimizer (parameters, "adam", "beta1", 0.5, "gamma", 0.5)

## [parameters, costs, rng] = train (X, Y, layer_dims, activations, rng)
## [parameters, costs, rng] = train (..., "learning_rate", 0.1, "iterations", 1000, "init", "default", "print_every", 0)
##
## Batch gradient descent: initialise (initialize_parameters with INIT),
## then ITERATIONS times forward, cost, backward, update.  COSTS(i + 1) is
## the cost before update i (a row).  Every PRINT_EVERY iterations (and at
## the last) prints "iteration i: cost c"; 0 prints nothing.

function [parameters, costs, rng] = train (X, Y, layer_dims, activations, rng, varargin)
  if (nargin < 5)
    print_usage ();
  endif
  options = struct ("learning_rate", 0.1, "iterations", 1000, "init", "default", "print_every", 0);
  options = read_options (options, varargin);
  check_matrix ("train", "X", X);
  check_positive ("train", "learning_rate", options.learning_rate);
  check_positive ("train", "iterations", options.iterations, true);
  if (layer_dims(1) != rows (X))
    error ("train: layer_dims[0] must equal the %d rows of X, got %s", rows (X), ...
           value_repr (layer_dims(1)));
  endif
  n_classes = layer_dims(end);
  if (strcmp (activations{end}, "sigmoid"))
    n_classes = 2;
  endif
  check_labels ("train", Y, columns (X), n_classes);
  [parameters, rng] = initialize_parameters (layer_dims, rng, options.init);
  L = numel (activations);
  iterations = options.iterations;
  every = options.print_every;
  costs = zeros (1, iterations);
  for i = 0:iterations - 1
    [~, cache] = forward_propagation (X, parameters, activations);
    costs(i + 1) = compute_cost (cache.(sprintf ("Z%d", L)), Y, activations{end});
    if (every && (mod (i, every) == 0 || i == iterations - 1))
      printf ("iteration %d: cost %.10g\n", i, costs(i + 1));
      fflush (stdout);
    endif
    grads = backward_propagation (Y, parameters, cache, activations);
    parameters = update_parameters (parameters, grads, options.learning_rate);
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
%! for i = 1:2
%!   [~, cache] = forward_propagation (X, p, {"sigmoid"});
%!   assert (costs(i), compute_cost (cache.Z1, Y, "sigmoid"));
%!   p = update_parameters (p, backward_propagation (Y, p, cache, {"sigmoid"}), 0.1);
%! endfor
%! assert (parameters, p);

%!error <^train: learning_rate must be a positive number, got 0$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "learning_rate", 0)
%!error <^train: iterations must be a positive integer, got 2\.5$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "iterations", 2.5)
%!error <^train: X must hold only finite numbers$> train ([1, NaN], 0, [2, 1], {"sigmoid"}, rng_seed (1))
%!error <^train: layer_dims\[0\] must equal the 2 rows of X, got 3$> train (ones (2, 3), zeros (1, 3), [3, 1], {"sigmoid"}, rng_seed (1))
%!error <^train: Y must hold integer labels in 0\.\.1$> train (ones (2, 3), [0, 2, 1], [2, 1], {"sigmoid"}, rng_seed (1))
%!error <^train: Y must hold integer labels in 0\.\.2$> train (ones (2, 3), [0, 3, 1], [2, 3], {"softmax"}, rng_seed (1))
%!error <^train: Y must be a 1 x 3 matrix, got \(3, 1\)$> train (ones (2, 3), zeros (3, 1), [2, 1], {"sigmoid"}, rng_seed (1))
%!error <^train: unknown option 'epochs'$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "epochs", 3)
%!error <^train: options must come as name/value pairs$> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"}, rng_seed (1), "iterations")
%!error <Invalid call> train (ones (2, 3), zeros (1, 3), [2, 1], {"sigmoid"})

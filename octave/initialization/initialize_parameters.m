## [parameters, rng] = initialize_parameters (layer_dims, rng)
## [parameters, rng] = initialize_parameters (layer_dims, rng, init)
## [parameters, rng] = initialize_parameters (layer_dims, rng, "init", init)
##
## W1, b1, ..., WL, bL for layer sizes LAYER_DIMS = [n0, n1, ..., nL]: Wl is
## n_l x n_(l-1), bl is n_l x 1 (zeros).  INIT: "zeros" (W = 0), "default"
## (N(0,1) x 0.01), "he" (x sqrt(2/n_(l-1))), "xavier" (x sqrt(1/n_(l-1))).
## The normals come from the portable generator, layer by layer, each W
## filled column by column.

function [parameters, rng] = initialize_parameters (layer_dims, rng, varargin)
  if (nargin < 2)
    print_usage ();
  endif
  init = optional_arguments ("initialize_parameters", {"init"}, {"default"}, varargin);
  check_init ("initialize_parameters", init);
  layer_dims = check_layer_dims ("initialize_parameters", layer_dims);
  ## "zeros" draws nothing, so it takes any rng.
  if (! strcmp (init, "zeros"))
    check_rng ("initialize_parameters", rng);
  endif
  parameters = struct ();
  for l = 1:numel (layer_dims) - 1
    n = layer_dims(l + 1);
    n_prev = layer_dims(l);
    if (strcmp (init, "zeros"))
      W = zeros (n, n_prev);
    else
      [W, rng] = rng_normal (rng, n, n_prev);
      W = W * scale_of (init, n_prev);
    endif
    parameters.(sprintf ("W%d", l)) = W;
    parameters.(sprintf ("b%d", l)) = zeros (n, 1);
  endfor
endfunction

function scale = scale_of (init, n_prev)
  switch (init)
    case "default"
      scale = 0.01;
    case "he"
      scale = sqrt (2 / n_prev);
    case "xavier"
      scale = sqrt (1 / n_prev);
  endswitch
endfunction

%!test
%! scales = {"default", @(n) 0.01; "he", @(n) sqrt(2 / n); "xavier", @(n) sqrt(1 / n)};
%! for k = 1:rows (scales)
%!   [parameters, s] = initialize_parameters ([5, 3, 2], rng_seed (9), scales{k, 1});
%!   [Z, t] = rng_normal (rng_seed (9), 3, 5);
%!   assert (isequal (parameters.W1, Z * scales{k, 2}(5)));
%!   [Z2, t] = rng_normal (t, 2, 3);
%!   assert (isequal (parameters.W2, Z2 * scales{k, 2}(3)));
%!   assert (s, t);
%!   assert (fieldnames (parameters), {"W1"; "b1"; "W2"; "b2"});
%!   assert ({parameters.b1, parameters.b2}, {zeros(3, 1), zeros(2, 1)});
%! endfor

%!test
%! [p, s] = initialize_parameters ([4, 1], rng_seed (9), "zeros");
%! assert (s, rng_seed (9));
%! assert ({p.W1, p.b1}, {zeros(1, 4), 0});
%! assert (initialize_parameters ([4, 2], rng_seed (9)), ...
%!         initialize_parameters ([4, 2], rng_seed (9), "init", "default"));
%! assert (initialize_parameters ([4, 2], rng_seed (9), "he"), ...
%!         initialize_parameters ([4, 2], rng_seed (9), "init", "he"));

%!assert (initialize_parameters ([2, 1], [], "zeros"), struct ("W1", [0, 0], "b1", 0))
%!error <Invalid call> initialize_parameters ([2, 1], rng_seed (1), "he", 2)

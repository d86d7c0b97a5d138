## grads = backward_pass (Y, parameters, cache, activations, lambd)
##
## backward_propagation's arithmetic without its argument checks, for
## callers that have checked their arguments once (train runs thousands of
## steps on the same shapes).

function grads = backward_pass (Y, parameters, cache, activations, lambd)
  L = numel (activations);
  numbers = layer_numbers (L);
  here = numbers{L + 1};
  AL = cache.(["A" here]);
  m = columns (Y);
  if (strcmp (activations{end}, "softmax"))
    ## AL - one_hot(Y) without building the one-hot matrix: subtract 1 at
    ## each example's label.
    dZ = AL;
    dZ(sub2ind (size (AL), Y + 1, 1:m)) -= 1;
  else
    dZ = AL - Y;
  endif
  grads = struct ();
  for l = L:-1:1
    below = numbers{l};
    A_prev = cache.(["A" below]);
    has_D = isfield (cache, ["D" below]);
    if (has_D)
      D = cache.(["D" below]);
      A_dropped = A_prev .* D;
    else
      A_dropped = A_prev;
    endif
    W = parameters.(["W" here]);
    dW = dZ * A_dropped.' / m;
    if (lambd > 0)
      dW = dW + lambd / m * W;
    endif
    grads.(["dZ" here]) = dZ;
    grads.(["dW" here]) = dW;
    ## sum adds each row column after column, in doubles, as Python (cumsum) and R (rowsum) do.
    grads.(["db" here]) = sum (dZ, 2) / m;
    if (l > 1)
      dA = W.' * dZ;
      if (has_D)
        dA = dA .* D;
      endif
      grads.(["dA" below]) = dA;
      dZ = activate_backward (dA, cache.(["Z" below]), A_prev, activations{l - 1});
    endif
    here = below;
  endfor
endfunction

%!test
%! [parameters, rng] = initialize_parameters ([4, 6, 5, 3], rng_seed (3), "xavier");
%! X = rng_normal (rng, 4, 7);
%! Y = [0, 2, 1, 1, 0, 2, 2];
%! activations = {"relu", "tanh", "softmax"};
%! [~, cache] = forward_propagation (X, parameters, activations, dropout_masks (parameters, 7, 0.6, rng_seed (2)));
%! assert (isequal (backward_pass (Y, parameters, cache, activations, 0.3),
%!                  backward_propagation (Y, parameters, cache, activations, 0.3)));

%!test
%! ## The bias gradients add each row column after column, in doubles, as
%! ## Python and R add them (numpy's own sum adds pairwise, R's rowSums in long doubles).
%! [parameters, rng] = initialize_parameters ([3, 5, 1], rng_seed (3), "xavier");
%! [X, rng] = rng_normal (rng, 3, 1000);
%! Y = floor (2 * rng_uniform (rng, 1, 1000));
%! [~, cache] = forward_pass (X, parameters, {"tanh", "sigmoid"}, struct ());
%! grads = backward_pass (Y, parameters, cache, {"tanh", "sigmoid"}, 0);
%! for l = 1:2
%!   dZ = grads.(sprintf ("dZ%d", l));
%!   total = zeros (rows (dZ), 1);
%!   for j = 1:columns (dZ)
%!     total = total + dZ(:, j);
%!   endfor
%!   assert (isequal (grads.(sprintf ("db%d", l)), total / 1000));
%! endfor
%! reversed = zeros (5, 1);
%! for j = 1000:-1:1
%!   reversed = reversed + grads.dZ1(:, j);
%! endfor
%! assert (! isequal (grads.db1, reversed / 1000));

## Y_hat = predict_labels (X, parameters, activations)
##
## The 1 x m predicted labels: a sigmoid output a > 0.5 gives 1 (so a tie
## gives 0); a softmax output gives the most probable class, the first one
## on a tie (labels 0..K-1).

function Y_hat = predict_labels (X, parameters, activations)
  if (nargin != 3)
    print_usage ();
  endif
  try
    AL = forward_propagation (X, parameters, activations);
  catch err
    ## forward_propagation's checks, under this function's name.
    error (regexprep (err.message, "^forward_propagation:", "predict_labels:", "once"));
  end_try_catch
  if (strcmp (activations{end}, "softmax"))
    [~, index] = max (AL, [], 1);
    Y_hat = index - 1;
  else
    Y_hat = double (AL > 0.5);
  endif
endfunction

## A sigmoid output of exactly 0.5 predicts 0; anything above it predicts 1.
%!test
%! parameters = struct ("W1", zeros (1, 2), "b1", 0);
%! assert (predict_labels (ones (2, 3), parameters, {"sigmoid"}), [0, 0, 0]);
%! parameters.b1 = 1e-12;
%! assert (predict_labels (ones (2, 3), parameters, {"sigmoid"}), [1, 1, 1]);

## Softmax predicts the most probable class, the first one on a tie.
%!test
%! parameters = struct ("W1", [1; 2; 2], "b1", zeros (3, 1));
%! assert (predict_labels ([1, -1], parameters, {"softmax"}), [1, 0]);
%! parameters = struct ("W1", [0; 0; 1], "b1", zeros (3, 1));
%! assert (predict_labels ([1, -1, 0], parameters, {"softmax"}), [2, 0, 0]);
%!error <Invalid call> predict_labels (1, struct ("W1", 1, "b1", 0))


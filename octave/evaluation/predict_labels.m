## Y_hat = predict_labels (X, parameters, activations)
##
## The 1 x m predicted labels (0..K-1): the most probable class, where a
## class whose probability is within 1e-12 (relative) of the largest counts
## as tied with it and the lowest tied class wins, so that the last bits in
## which the three languages' probabilities differ cannot decide.  A sigmoid
## output a gives class 1 only when a exceeds 1 - a by more than that, so
## a = 0.5 gives 0; softmax gives the first of the classes tied for the
## largest probability.

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
  tie = 1e-12;
  if (strcmp (activations{end}, "softmax"))
    [~, index] = max (AL >= (1 - tie) * max (AL, [], 1), [], 1);
    Y_hat = index - 1;
  else
    Y_hat = double ((1 - tie) * AL > 1 - AL);
  endif
endfunction


## A sigmoid output of 0.5, or above it by less than the tie, predicts 0; above that, 1.
%!test
%! parameters = struct ("W1", zeros (1, 2), "b1", 0);
%! assert (predict_labels (ones (2, 3), parameters, {"sigmoid"}), [0, 0, 0]);
%! parameters.b1 = 1e-11;
%! assert (predict_labels (ones (2, 3), parameters, {"sigmoid"}), [1, 1, 1]);
%! ## Within the tie: class 0.
%! parameters.b1 = 1e-13;
%! assert (predict_labels (ones (2, 3), parameters, {"sigmoid"}), [0, 0, 0]);
%!test
%! ## Softmax rows equal to the last bits: the first wins.
%! parameters = struct ("W1", [0, 0; 1e-17, 0; 0, 0], "b1", [0; 1e-17; 0]);
%! assert (predict_labels (ones (2, 2), parameters, {"softmax"}), [0, 0]);

## Softmax predicts the most probable class, the first one on a tie.
%!test
%! parameters = struct ("W1", [1; 2; 2], "b1", zeros (3, 1));
%! assert (predict_labels ([1, -1], parameters, {"softmax"}), [1, 0]);
%! parameters = struct ("W1", [0; 0; 1], "b1", zeros (3, 1));
%! assert (predict_labels ([1, -1, 0], parameters, {"softmax"}), [2, 0, 0]);
%!error <Invalid call> predict_labels (1, struct ("W1", 1, "b1", 0))


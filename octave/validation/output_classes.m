## n_classes = output_classes (parameters, activations)
##
## The classes the output layer tells apart: 2 for a sigmoid unit, else one
## per row of W_L (L = numel (ACTIVATIONS)).

function n_classes = output_classes (parameters, activations)
  if (nargin != 2)
    print_usage ();
  endif
  if (strcmp (activations{end}, "sigmoid"))
    n_classes = 2;
  else
    n_classes = rows (parameters.(sprintf ("W%d", numel (activations))));
  endif
endfunction

%!assert (output_classes (initialize_parameters ([2, 4, 3], rng_seed (1), "he"), {"relu", "softmax"}), 3)
%!assert (output_classes (struct ("W1", ones (1, 2), "b1", 0), {"sigmoid"}), 2)
%!error <Invalid call> output_classes (struct ("W1", 1, "b1", 0))

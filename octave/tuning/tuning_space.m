## names = tuning_space ()
##
## The hyper-parameters, in the order they are sampled (Python's SPACE;
## Octave has no constants), each from n uniforms of the portable
## generator: log scale for learning_rate and lambd, 1 - beta on a log scale
## for beta1 and beta2, whole numbers for hidden, powers of two for
## batch_size, uniform for keep_prob.

function names = tuning_space ()
  names = {"learning_rate", "hidden", "lambd", "keep_prob", "batch_size", "beta1", "beta2"};
endfunction

%!assert (tuning_space (), {"learning_rate", "hidden", "lambd", "keep_prob", "batch_size", "beta1", "beta2"})

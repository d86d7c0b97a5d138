## rate = decay_learning_rate (learning_rate, epoch)
## rate = decay_learning_rate (learning_rate, epoch, decay, decay_rate)
## rate = decay_learning_rate (..., "decay", decay, "decay_rate", decay_rate)
##
## The learning rate for epoch 0, 1, ...: DECAY "none" (the default) keeps
## LEARNING_RATE; "inverse" gives LEARNING_RATE / (1 + DECAY_RATE epoch)
## (DECAY_RATE >= 0); "exponential" gives LEARNING_RATE DECAY_RATE^epoch
## (0 < DECAY_RATE <= 1).  DECAY_RATE defaults to 0.

function rate = decay_learning_rate (learning_rate, epoch, varargin)
  if (nargin < 2)
    print_usage ();
  endif
  [decay, decay_rate] = optional_arguments ("decay_learning_rate", {"decay", "decay_rate"}, ...
                                            {"none", 0}, varargin);
  check_positive ("decay_learning_rate", "learning_rate", learning_rate);
  check_count ("decay_learning_rate", "epoch", epoch);
  if (! (ischar (decay) && any (strcmp (decay, {"none", "inverse", "exponential"}))))
    error ("decay_learning_rate: decay must be one of none, inverse, exponential, got %s", ...
           value_repr (decay));
  endif
  check_decay_rate ("decay_learning_rate", decay, decay_rate);
  rate = decayed_rate (learning_rate, epoch, decay, decay_rate);
endfunction

%!assert (decay_learning_rate (0.5, 7), 0.5)
%!assert (decay_learning_rate (0.5, 7, "none", 0), 0.5)
%!assert (decay_learning_rate (0.5, 0, "inverse", 0.5), 0.5)
%!assert (decay_learning_rate (0.5, 2, "inverse", 0.5), 0.25)
%!assert (decay_learning_rate (0.5, 3, "exponential", 0.5), 0.0625)
%!assert (decay_learning_rate (0.5, 3, "decay", "exponential", "decay_rate", 0.5), 0.0625)
%!error <^decay_learning_rate: decay must be one of none, inverse, exponential, got 'step'$> decay_learning_rate (0.1, 1, "step")
%!error <^decay_learning_rate: decay_rate must be in \(0, 1\] for exponential decay, got 1.5$> decay_learning_rate (0.1, 1, "exponential", 1.5)
%!error <^decay_learning_rate: decay_rate must be a non-negative number for inverse decay, got -1$> decay_learning_rate (0.1, 1, "inverse", -1)
%!error <^decay_learning_rate: learning_rate must be a positive number, got 0$> decay_learning_rate (0, 3, "step")
%!error <^decay_learning_rate: epoch must be a non-negative integer, got -3$> decay_learning_rate (0.1, -3, "inverse", 0.5)
%!error <^decay_learning_rate: epoch must be a non-negative integer, got 1\.5$> decay_learning_rate (0.1, 1.5)
%!error <Invalid call> decay_learning_rate (0.1)

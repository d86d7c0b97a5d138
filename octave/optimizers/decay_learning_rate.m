## rate = decay_learning_rate (learning_rate, epoch)
## rate = decay_learning_rate (learning_rate, epoch, decay, decay_rate)
## rate = decay_learning_rate (learning_rate, epoch, "decay_rate", decay_rate, "decay", decay)
## rate = decay_learning_rate (learning_rate, epoch, decay, "decay_rate", decay_rate)
##
## Optional arguments go positionally in this order, then as "name", value
## pairs in any order (optional_arguments); those left out take their defaults.
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
           value_text (decay));
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
%!error <Invalid call> decay_learning_rate (0.1)

## config = train_config ()
## config = train_config ("name", value, ...)
## config = train_config (base, "name", value, ...)
##
## train's settings, checked: a struct with exactly the fields below, in this
## order, holding the defaults replaced by the fields of the struct BASE (a
## config to vary, as optimset (old, ...)) and then by the name/value pairs.
## A variant of a config: c = config; c.lambd = 0.5; train checks it again.
## An unknown field name is refused.
##
## LEARNING_RATE (0.1): the step size, decayed once per epoch by DECAY and
## DECAY_RATE (see decay_learning_rate).  ITERATIONS (1000): the number of
## epochs.  INIT ("default"): initialize_parameters' scheme.  PRINT_EVERY
## (0): print the cost every PRINT_EVERY epochs; 0 never.  BATCH_SIZE ([]):
## [] for one full-batch step per epoch, else shuffled mini-batches of this
## size.  OPTIMIZER ("gd"), BETA1 (0.9), BETA2 (0.999), EPSILON (1e-8):
## initialize_optimizer's.  LAMBD (0): the L2 weight.  KEEP_PROB (1): the
## dropout keep probability.  DECAY ("none"), DECAY_RATE (0).

function config = train_config (varargin)
  config = struct ("learning_rate", 0.1, "iterations", 1000, "init", "default", "print_every", 0, ...
                   "batch_size", [], "optimizer", "gd", "beta1", 0.9, "beta2", 0.999, "epsilon", 1e-8, ...
                   "lambd", 0, "keep_prob", 1, "decay", "none", "decay_rate", 0);
  pairs = varargin;
  if (! isempty (pairs) && isstruct (pairs{1}) && isscalar (pairs{1}))
    base = pairs{1};
    pairs = [reshape([fieldnames(base), struct2cell(base)].', 1, []), pairs(2:end)];
  endif
  if (mod (numel (pairs), 2))
    error ("train_config: fields must come as name/value pairs");
  endif
  for k = 1:2:numel (pairs)
    name = pairs{k};
    if (! (ischar (name) && isfield (config, name)))
      error ("train_config: unknown field %s", value_text (name));
    endif
    config.(name) = pairs{k + 1};
  endfor
  ## In the order of the fields, so that every language names the same first bad one.
  check_positive ("train_config", "learning_rate", config.learning_rate);
  check_positive ("train_config", "iterations", config.iterations, true);
  check_init ("train_config", config.init);
  check_count ("train_config", "print_every", config.print_every);
  if (! isempty (config.batch_size))
    check_positive ("train_config", "batch_size", config.batch_size, true);
  endif
  check_optimizer ("train_config", config.optimizer, config.beta1, config.beta2, config.epsilon);
  check_lambd ("train_config", config.lambd);
  check_keep_prob ("train_config", config.keep_prob);
  if (! (ischar (config.decay) && any (strcmp (config.decay, {"none", "inverse", "exponential"}))))
    error ("train_config: decay must be one of none, inverse, exponential, got %s", value_text (config.decay));
  endif
  check_decay_rate ("train_config", config.decay, config.decay_rate);
endfunction

%!test
%! config = train_config ();
%! assert (fieldnames (config).', {"learning_rate", "iterations", "init", "print_every", "batch_size", "optimizer", ...
%!                                 "beta1", "beta2", "epsilon", "lambd", "keep_prob", "decay", "decay_rate"});
%! assert (config.learning_rate, 0.1);
%! assert (config.batch_size, []);
%! assert (config.decay, "none");

## A base struct, then pairs; a partial base takes the defaults for the rest.
%!test
%! base = train_config ("optimizer", "adam", "batch_size", 64);
%! config = train_config (base, "lambd", 0.5);
%! assert ({config.optimizer, config.batch_size, config.lambd}, {"adam", 64, 0.5});
%! assert (train_config (struct ("lambd", 0.5)), train_config ("lambd", 0.5));
%! base.batch_size = [];
%! assert (train_config (base).batch_size, []);

%!error <^train_config: fields must come as name/value pairs$> train_config ("iterations")

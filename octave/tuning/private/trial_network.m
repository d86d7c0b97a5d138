## [parameters, activations, costs] = trial_network (X_train, Y_train, candidate, hidden_layers, epochs, seed, n_classes)
##
## The training that run_trial and train_trial share: a relu network of
## HIDDEN_LAYERS layers of CANDIDATE.hidden units (sigmoid output for two
## classes, softmax for more), He initialisation and Adam with the
## candidate's settings, for EPOCHS epochs from rng_seed (SEED).

function [parameters, activations, costs] = trial_network (X_train, Y_train, candidate, hidden_layers, epochs, seed,
                                                           n_classes)
  for name = tuning_space ()
    value.(name{1}) = double (candidate.(name{1}));
  endfor
  if (n_classes <= 2)
    [output, n_out] = deal ("sigmoid", 1);
  else
    [output, n_out] = deal ("softmax", n_classes);
  endif
  dims = [rows(X_train), repmat(fix (value.hidden), 1, hidden_layers), n_out];
  activations = [repmat({"relu"}, 1, hidden_layers), {output}];
  config = train_config ("learning_rate", value.learning_rate, "iterations", epochs, "init", "he",
                         "batch_size", fix (value.batch_size), "optimizer", "adam", "beta1", value.beta1,
                         "beta2", value.beta2, "lambd", value.lambd, "keep_prob", value.keep_prob);
  [parameters, costs] = train (X_train, Y_train, dims, activations, rng_seed (fix (seed)), config);
endfunction

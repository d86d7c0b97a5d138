## [X, Y] = load_model_data (path, model)
##
## The data file PATH as the network of MODEL (load_model's) takes it: X
## scaled as the model says (pixels: load_digits, a CSV or IDX file of MNIST
## digits; none and unit_norm: load_dataset with the network's classes, then
## scale_to_unit_norm for unit_norm) and Y its labels.

function [X, Y] = load_model_data (path, model)
  if (nargin != 2)
    print_usage ();
  endif
  parameters = model.parameters;
  if (! isempty (model.stats))
    error ("load_model_data: the model's stats (standardisation statistics) cannot be applied yet");
  endif
  if (strcmp (model.scaling, "pixels"))
    [X, Y] = load_digits (path);
  else
    [X, Y] = load_dataset (path, output_classes (parameters, model.activations));
    if (strcmp (model.scaling, "unit_norm"))
      X = scale_to_unit_norm (X);
    endif
  endif
  n_inputs = columns (parameters.W1);
  if (rows (X) != n_inputs)
    error ("load_model_data: '%s' has %d features, the model's network takes %d", path, rows (X), n_inputs);
  endif
endfunction

%!error <Invalid call> load_model_data ("x.csv")

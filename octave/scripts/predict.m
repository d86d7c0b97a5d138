1;
## Predict the labels of a data file with a network that a chapter script
## saved (--save-model).  Run from any folder:
##   octave-cli octave/scripts/predict.m --model PATH --data PATH
## Prints the same lines as the Python and R scripts: one label a line,
## then the accuracy.

## Without this Octave 7.3 prints "error: ignoring const
## execution_exception& while preparing to exit" at exit.
history_save (false);

function main (options)
  for key = {"model", "data"}
    if (isempty (options.(key{1})))
      error ("option --%s is required", key{1});
    endif
  endfor
  model = load_model (options.model);
  [X, Y] = load_model_data (options.data, model, options.label_column);
  Y_hat = predict_labels (X, model.parameters, model.activations);
  ## One label a line: the class's name when the model has names, else its number.
  if (isempty (model.classes))
    printf ("%d\n", Y_hat);
  else
    printf ("%s\n", model.classes{Y_hat + 1});
  endif
  ## A file without labels (new examples) has no accuracy.
  if (! isempty (Y))
    printf ("accuracy: %.4f\n", accuracy (Y, Y_hat));
  endif
endfunction

addpath (fileparts (make_absolute_filename (mfilename ("fullpath"))));
repo = add_dlfp_paths ();
run_script (@main, "predict", repo);

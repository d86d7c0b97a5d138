## refuse (caller, path, problem)
##
## Raise CALLER's error (load_dataset or read_dataset) about the file PATH.

function refuse (caller, path, problem)
  error ("%s: '%s' %s", caller, path, problem);
endfunction

## refuse (path, problem)
##
## Raise load_dataset's error about the file PATH.

function refuse (path, problem)
  error ("load_dataset: '%s' %s", path, problem);
endfunction

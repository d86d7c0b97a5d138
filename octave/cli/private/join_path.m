## path = join_path (folder, name)
##
## NAME relative to FOLDER, as Python's os.path.join: an absolute NAME
## stays as it is.

function path = join_path (folder, name)
  if (isempty (folder) || strncmp (name, "/", 1))
    path = name;
  elseif (folder(end) == "/")
    path = [folder name];
  else
    path = [folder "/" name];
  endif
endfunction

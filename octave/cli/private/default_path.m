## path = default_path (name, repo)
##
## A default path of a script: NAME under the repository folder REPO; with
## REPO empty (outside a checkout) the package's copy of the file
## (data/spiral.csv is extdata/spiral.csv) if it ships one, else NAME,
## relative to the working folder.

function path = default_path (name, repo)
  if (! isempty (repo))
    path = join_path (repo, name);
    return;
  endif
  [~, base, ext] = fileparts (name);
  path = fullfile (package_folder (), "extdata", [base ext]);
  if (exist (path, "file") != 2)
    path = name;
  endif
endfunction

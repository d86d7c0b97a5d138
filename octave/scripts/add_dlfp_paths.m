## [repo, folders] = add_dlfp_paths ()
##
## Puts dlfp's concept folders (every folder of octave/ but scripts/ and
## tests/, the test support) on the path and returns the repository's folder
## and the concept folders (full paths, in name order).  The one place that
## says which folders hold dlfp: the chapter scripts call it first, after
## adding their own folder (addpath (fileparts (mfilename ("fullpath")))),
## and so do octave/run_tests.m and the parity suite's bridge.

function [repo, folders] = add_dlfp_paths ()
  octave_folder = fileparts (fileparts (make_absolute_filename (mfilename ("fullpath"))));
  folders = {};
  for entry = dir (octave_folder).'
    if (entry.isdir && ! any (strcmp (entry.name, {".", "..", "scripts", "tests"})))
      folders{end + 1} = fullfile (octave_folder, entry.name);
    endif
  endfor
  addpath (folders{:});
  repo = fileparts (octave_folder);
endfunction

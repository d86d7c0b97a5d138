## repo = add_dlfp_paths ()
##
## Puts dlfp's concept folders (octave/<concept>, not scripts/ nor the test
## support in tests/) on the path and returns the repository's folder.  The chapter scripts call it first, after adding
## their own folder: addpath (fileparts (mfilename ("fullpath"))).

function repo = add_dlfp_paths ()
  octave_folder = fileparts (fileparts (make_absolute_filename (mfilename ("fullpath"))));
  for entry = dir (octave_folder).'
    if (entry.isdir && ! any (strcmp (entry.name, {".", "..", "scripts", "tests"})))
      addpath (fullfile (octave_folder, entry.name));
    endif
  endfor
  repo = fileparts (octave_folder);
endfunction

## Run the %!test and %!error blocks of every function file in the concept
## folders (not scripts/, not private/) and in tests/, the test support that
## replays tables/bad_input.json: prints each failing file's report and a
## last line "N passed, N failed"; exits 1 if any failed or none ran.
## From any folder: octave-cli -H PATH/octave/run_tests.m

## Without this Octave 7.3 prints "error: ignoring const
## execution_exception& while preparing to exit" at exit.
history_save (false);

root = fileparts (make_absolute_filename (mfilename ("fullpath")));
addpath (fullfile (root, "scripts"));
[~, folders] = add_dlfp_paths ();
## The test support is not part of dlfp: add_dlfp_paths leaves it out.
folders{end + 1} = fullfile (root, "tests");
addpath (folders{end});

passed = 0;
failed = 0;
log_file = [tempname() ".log"];
for folder = folders
  for file = dir (fullfile (folder{1}, "*.m")).'
    path = fullfile (folder{1}, file.name);
    fid = fopen (log_file, "w");
    [n, n_tests] = test (path, "quiet", fid);
    fclose (fid);
    passed += n;
    failed += n_tests - n;
    if (n_tests == 0)
      failed += 1;
      printf ("%s: no tests\n", path);
    elseif (n < n_tests)
      printf ("%s: %d of %d failed\n%s\n", path, n_tests - n, n_tests, fileread (log_file));
    endif
  endfor
endfor
delete (log_file);

printf ("%d passed, %d failed\n", passed, failed);
if (failed > 0 || passed == 0)
  exit (1);
endif

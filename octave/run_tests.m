## Run the %!test and %!error blocks of every function file in the concept
## folders (not scripts/, not private/) and in tests/, the test support that
## replays tables/bad_input.json: prints each failing file's report, a line
## "FAILED file: name" for each failing block (named by the comment just above
## it, else by its first line) and a last line "N passed, N failed";
## exits 1 if any failed or none ran.
## From any folder: octave-cli -H PATH/octave/run_tests.m [FOLDER ...]
## (FOLDER: only the tests of these concept folders, as make mutation runs them)

## Without this Octave 7.3 prints "error: ignoring const
## execution_exception& while preparing to exit" at exit.
history_save (false);

root = fileparts (make_absolute_filename (mfilename ("fullpath")));
addpath (fullfile (root, "scripts"));
[~, folders] = add_dlfp_paths ();
## The test support is not part of dlfp: add_dlfp_paths leaves it out.
folders{end + 1} = fullfile (root, "tests");
addpath (folders{end});
if (! isempty (argv ()))
  [~, names] = cellfun (@fileparts, folders, "UniformOutput", false);
  folders = folders(ismember (names, argv ()));
endif

## "FAILED file: name" for each failed block in test's LOG of the file at PATH.
function report_failures (path, log)
  source = strsplit (fileread (path), "\n");
  for block = regexp (log, '\*{5} ([^\n]*)\n(.*?)!{5} ', "tokens")
    [header, code] = block{1}{:};
    lines = strtrim (strsplit (strtrim (code), "\n"));
    name = strtrim (header);
    if (strcmp (name, "test") || strcmp (name, "shared"))
      name = lines{1};
      ## The comment just above the block's %!test line, if there is one.
      code_lines = strtrim (regexprep (source, "^%!", ""));
      for at = find (strcmp (code_lines, lines{1}))
        block_here = at > 2 && at + numel (lines) - 1 <= numel (source) ...
                     && isequal (code_lines(at:at + numel (lines) - 1), lines);
        above = at - 2;
        while (block_here && above >= 1 && strncmp (source{above}, "##", 2))
          above -= 1;
        endwhile
        if (block_here && above < at - 2)
          name = strjoin (strtrim (regexprep (source(above + 1:at - 2), "^##", "")), " ");
          break;
        endif
      endfor
    endif
    printf ("FAILED %s: %s\n", path, name);
  endfor
endfunction

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
      report_failures (path, fileread (log_file));
    endif
  endfor
endfor
delete (log_file);

printf ("%d passed, %d failed\n", passed, failed);
if (failed > 0 || passed == 0)
  exit (1);
endif

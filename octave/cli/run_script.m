## run_script (main, key, repo)
##
## Run the script of chapter KEY from the command line (argv); its name,
## description and defaults come from chapter_table (REPO): --help or -h
## prints the usage text; otherwise MAIN (a function handle) gets the
## options of parse_options.  A refusal (any error) prints one line
## "PROGRAM: message" on stderr and exits with status 1, without a stack
## trace.  A REPO without tables/chapters.json (the folder above a script
## installed with the package) counts as empty: the package's tables and
## data.

function run_script (main, key, repo)
  if (nargin != 3)
    print_usage ();
  endif
  if (! isempty (repo) && exist (fullfile (repo, "tables", "chapters.json"), "file") != 2)
    repo = [];
  endif
  chapters = chapter_table (repo);
  chapter = chapters(strcmp ({chapters.key}, key));
  if (isempty (chapter))
    ## A program that is not a chapter (tables/programs.json: predict).
    programs = jsondecode (fileread (fullfile (repo, "tables", "programs.json")));
    chapter = programs(strcmp ({programs.key}, key));
  endif
  if (isempty (chapter))
    error ("run_script: no chapter '%s' in tables/chapters.json", key);
  endif
  args = argv ();
  if (any (strcmp (args, "--help") | strcmp (args, "-h")))
    printf ("%s\n", usage (chapter.script, chapter.description, chapter.defaults, repo));
    return;
  endif
  try
    main (parse_options (args, chapter.defaults, repo));
  catch err
    fprintf (stderr, "%s: %s\n", chapter.script, err.message);
    exit (1);
  end_try_catch
endfunction

## Through the chapter 1 script, as a user runs it.
%!function [status, out, err] = run_chapter (args)
%!  script = fullfile (fileparts (fileparts (which ("run_script"))), "scripts", "ch1_logistic_regression.m");
%!  out_file = tempname ();
%!  err_file = tempname ();
%!  status = system (sprintf ("octave-cli --no-window-system %s %s > %s 2> %s", script, args, out_file, err_file));
%!  out = fileread (out_file);
%!  err = fileread (err_file);
%!  delete (out_file);
%!  delete (err_file);
%!endfunction

%!test
%! [status, out, err] = run_chapter ("--seed 3 -h");
%! assert (status, 0);
%! assert (isempty (err));
%! assert (strsplit (out, "\n")(1:2), {"usage: ch1_logistic_regression [--data PATH] [--label-column NAME] [--test-fraction F] [--iterations N] [--learning-rate A] [--seed S] [--out DIR] [--save-model PATH]", ...
%!                                     "Chapter 1: logistic regression as a neural network, on the breast-cancer data."});
%! repo = fileparts (fileparts (fileparts (which ("run_script"))));
%! chapter = chapter_table (repo)(1);
%! assert (out, [usage(chapter.script, chapter.description, chapter.defaults, repo) "\n"]);

%!test
%! [status, out, err] = run_chapter ("--epochs 3");
%! assert ({status, isempty(out), err}, {1, true, "ch1_logistic_regression: unknown option '--epochs'\n"});
%! [status, out, err] = run_chapter ("--iterations 5 --data /nonexistent/nope.csv");
%! assert ({status, isempty(out), err}, {1, true, "ch1_logistic_regression: read_dataset: cannot read '/nonexistent/nope.csv': no such file\n"});
%!error <Invalid call> run_script (@disp, "ch1")

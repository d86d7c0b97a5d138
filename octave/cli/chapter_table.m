## chapters = chapter_table (repo)
##
## The chapters, in order: tables/chapters.json under the repository folder
## REPO, as a struct array (key, script, title, description, defaults, ...).

function chapters = chapter_table (repo)
  if (nargin != 1)
    print_usage ();
  endif
  chapters = jsondecode (fileread (fullfile (repo, "tables", "chapters.json")));
endfunction

%!test
%! repo = fileparts (fileparts (fileparts (which ("chapter_table"))));
%! chapters = chapter_table (repo);
%! assert ({chapters.key}, [arrayfun(@(n) sprintf ("ch%d", n), 1:8, "UniformOutput", false), {"tune"}]);
%! assert (chapters(1).defaults, struct ("data", "data/cancer.csv", "iterations", 4000, "learning_rate", 0.75,
%!                                       "seed", 1, "out", "build", "save_model", []));
%! keys = {option_table(repo).key};
%! for chapter = chapters.'
%!   assert (all (ismember (fieldnames (chapter.defaults), keys)), chapter.key);
%!   assert (exist (fullfile (repo, "octave", "scripts", [chapter.script ".m"]), "file"), 2);
%! endfor
%!error <Invalid call> chapter_table ()

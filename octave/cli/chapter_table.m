## chapters = chapter_table (repo)
##
## The chapters, in order: tables/chapters.json under the repository folder
## REPO (empty: the installed package's copy), as a struct array (key,
## script, title, description, defaults, ...).

function chapters = chapter_table (repo)
  if (nargin != 1)
    print_usage ();
  endif
  if (isempty (repo))
    repo = package_folder ();
  endif
  chapters = jsondecode (fileread (fullfile (repo, "tables", "chapters.json")));
  if (iscell (chapters))
    ## Some chapters have fields that others lack (figures, claims), so the
    ## table decodes as a cell: give every chapter every field ([] if absent).
    names = {};
    for k = 1:numel (chapters)
      names = [names, setdiff(fieldnames (chapters{k}).', names, "stable")];
    endfor
    for k = 1:numel (chapters)
      for name = setdiff (names, fieldnames (chapters{k}).')
        chapters{k}.(name{1}) = [];
      endfor
      chapters{k} = orderfields (chapters{k}, names);
    endfor
    chapters = [chapters{:}].';
  endif
endfunction

%!test
%! repo = fileparts (fileparts (fileparts (which ("chapter_table"))));
%! chapters = chapter_table (repo);
%! assert (size (chapters), [9, 1]);
%! assert ({chapters.key}, [arrayfun(@(n) sprintf ("ch%d", n), 1:8, "UniformOutput", false), {"tune"}]);
%! assert (chapters(1).defaults, struct ("data", "data/cancer.csv", "label_column", "label", "test_fraction", 0.25,
%!                                       "iterations", 4000, "learning_rate", 0.75,
%!                                       "seed", 1, "out", "build", "save_model", []));
%! assert (chapters(3).defaults.hidden, [9; 9]);
%! keys = {option_table(repo).key};
%! for chapter = chapters.'
%!   assert (all (ismember (fieldnames (chapter.defaults), keys)), chapter.key);
%!   assert (exist (fullfile (repo, "octave", "scripts", [chapter.script ".m"]), "file"), 2);
%! endfor
%!error <Invalid call> chapter_table ()

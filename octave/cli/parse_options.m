## options = parse_options (args, defaults, repo)
##
## The options of a chapter script from the cell array ARGS of
## "--name value" or "--name=value" pairs, over DEFAULTS (a struct with some
## of the keys of option_table (REPO)): only the options whose keys DEFAULTS
## has are taken.  Default paths are relative to the repository folder
## REPO (empty: the package's copy of the file, else the working folder),
## given paths to the working folder.  Anything else is refused with
## one message.

function options = parse_options (args, defaults, repo)
  if (nargin != 3)
    print_usage ();
  endif
  table = option_table (repo);
  options = defaults;
  for k = find (strcmp ({table.kind}, "path") & isfield (defaults, {table.key}))
    ## A path without a default ([], JSON's null) stays [].
    if (! isempty (defaults.(table(k).key)))
      options.(table(k).key) = default_path (defaults.(table(k).key), repo);
    endif
  endfor
  ## Sizes come from the table as a column.
  for k = find (strcmp ({table.kind}, "sizes") & isfield (defaults, {table.key}))
    options.(table(k).key) = defaults.(table(k).key)(:)';
  endfor
  i = 1;
  while (i <= numel (args))
    arg = args{i};
    equals = find (arg == "=", 1);
    if (isempty (equals))
      name = arg;
    else
      name = arg(1:equals - 1);
      value = arg(equals + 1:end);
    endif
    option = table(strcmp ({table.flag}, name));
    if (isempty (option) || ! isfield (defaults, option.key))
      if (strncmp (arg, "-", 1))
        error ("unknown option '%s'", arg);
      endif
      error ("unexpected argument '%s'", arg);
    endif
    if (strcmp (option.kind, "flag"))
      if (! isempty (equals))
        error ("option %s takes no value", name);
      endif
      options.(option.key) = true;
      i += 1;
      continue;
    endif
    if (isempty (equals))
      i += 1;
      if (i > numel (args))
        error ("option %s needs a value", name);
      endif
      value = args{i};
    endif
    options.(option.key) = convert_option (option, value);
    i += 1;
  endwhile
endfunction

%!shared defaults, repo
%! repo = fileparts (fileparts (fileparts (which ("parse_options"))));
%! defaults = struct ("data", "data/x.csv", "iterations", 10, "learning_rate", 0.5, "seed", 1, "out", "build");

%!assert (parse_options ({}, defaults, repo),
%!        struct ("data", [repo "/data/x.csv"], "iterations", 10, "learning_rate", 0.5, "seed", 1,
%!                 "out", [repo "/build"]))

%!test
%! options = parse_options ({"--iterations", "7", "--learning-rate=0.25", "--seed=0", "--data", "d.csv", "--out", "/tmp/o"},
%!                          defaults, [repo "/"]);
%! assert (options, struct ("data", "d.csv", "iterations", 7, "learning_rate", 0.25, "seed", 0, "out", "/tmp/o"));
%! options = parse_options ({"--seed", "2147483647", "--learning-rate", "1e-3", "--data=/abs.csv"}, defaults, repo);
%! assert ({options.seed, options.learning_rate, options.out}, {2147483647, 1e-3, [repo "/build"]});

## The test data and mini-batch options, only for scripts whose defaults name them.
%!test
%! mnist = struct ("data", "data/train.csv", "test_data", "data/test.csv", "iterations", 10,
%!                 "learning_rate", 0.1, "batch_size", 64, "seed", 1, "out", "build");
%! options = parse_options ({"--batch-size", "32", "--test-data=t.csv"}, mnist, repo);
%! assert (options, struct ("data", [repo "/data/train.csv"], "test_data", "t.csv", "iterations", 10,
%!                          "learning_rate", 0.1, "batch_size", 32, "seed", 1, "out", [repo "/build"]));
%! assert (parse_options ({}, mnist, repo).test_data, [repo "/data/test.csv"]);
%!assert (parse_options ({"--trials=4"}, struct ("trials", 10, "seed", 1), repo), struct ("trials", 4, "seed", 1))
## A path without a default ([], JSON's null) stays [] until given.
%!test
%! defaults = struct ("out", "build", "save_model", []);
%! assert (parse_options ({}, defaults, repo).save_model, []);
%! assert (parse_options ({"--save-model", "m.json"}, defaults, repo).save_model, "m.json");
%! assert (strsplit (usage ("p", "d", defaults, repo), "\n"){4},
%!         "  --save-model PATH   write the trained network to this model file (load_model, the predict script) (default: none)");
%!error <Invalid call> parse_options ({}, defaults)

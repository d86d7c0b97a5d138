## text = usage (program, description, defaults, repo)
##
## The --help text of a chapter script PROGRAM (lines joined by newlines,
## none at the end): the options of option_table (REPO) whose keys DEFAULTS
## (a struct) has, with their defaults, in the same words as Python's.

function text = usage (program, description, defaults, repo)
  if (nargin != 4)
    print_usage ();
  endif
  options = option_table (repo);
  options = options(isfield (defaults, {options.key}));
  ## A flag takes no value.
  names = strtrim (strcat ({options.flag}, {" "}, {options.value}));
  lines = {[sprintf("usage: %s", program), sprintf(" [%s]", names{:})], description};
  for k = 1:numel (options)
    option = options(k);
    ## With mini-batches an iteration is an epoch; in a search, an epoch of each trial.
    text = option.help;
    when = fieldnames (option.help_when);
    when = when(isfield (defaults, when));
    if (! isempty (when))
      text = option.help_when.(when{1});
    endif
    lines{end + 1} = sprintf ("  %-20s%s (default: %s)", names{k}, text,
                              default_text (option, defaults.(option.key)));
  endfor
  lines{end + 1} = sprintf ("  %-20sshow this help", "--help");
  text = strjoin (lines, "\n");
endfunction

function text = ifelse_text (condition, yes, no)
  if (condition)
    text = yes;
  else
    text = no;
  endif
endfunction

function text = default_text (option, value)
  ## A number as messages write it (value_text), sizes as they are given
  ## (100,50), a flag on or off, a path or text as it is.
  if (strcmp (option.kind, "flag"))
    text = ifelse_text (value, "on", "off");
  elseif (strcmp (option.kind, "sizes"))
    text = strjoin (arrayfun (@value_text, value(:)', "UniformOutput", false), ",");
  elseif (ischar (value))
    text = value;
  elseif (isempty (value))
    ## No default (JSON's null).
    text = "none";
  else
    text = value_text (value);
  endif
endfunction

%!shared repo
%! repo = fileparts (fileparts (fileparts (which ("usage"))));

%!test
%! defaults = struct ("data", "data/x.csv", "iterations", 10, "learning_rate", 0.5, "seed", 1, "out", "build");
%! lines = strsplit (usage ("prog", "What it does.", defaults, repo), "\n");
%! assert (numel (lines), 8);
%! assert (lines{1}, "usage: prog [--data PATH] [--iterations N] [--learning-rate A] [--seed S] [--out DIR]");
%! assert (lines{2}, "What it does.");
%! assert (lines{3}, "  --data PATH         data file (default: data/x.csv)");
%! assert (lines{4}, "  --iterations N      training iterations, a positive integer (default: 10)");
%! assert (lines{5}, "  --learning-rate A   learning rate, a positive number (default: 0.5)");
%! assert (lines{6}, "  --seed S            seed of the portable generator, 0..2147483647 (default: 1)");
%! assert (lines{7}, "  --out DIR           folder for the plots (default: build)");
%! assert (lines{8}, "  --help              show this help");
%! defaults.learning_rate = 1;
%! lines = strsplit (usage ("prog", "What it does.", defaults, repo), "\n");
%! assert (lines{5}, "  --learning-rate A   learning rate, a positive number (default: 1)");

## Only the options the defaults name, in the fixed order; with batch_size an iteration is an epoch.
%!test
%! defaults = struct ("out", "build", "batch_size", 64, "iterations", 20, "test_data", "data/t.csv");
%! assert (strsplit (usage ("prog", "What it does.", defaults, repo), "\n"),
%!         {"usage: prog [--test-data PATH] [--iterations N] [--batch-size B] [--out DIR]", "What it does.", ...
%!          "  --test-data PATH    test data file (default: data/t.csv)", ...
%!          "  --iterations N      training epochs, a positive integer (default: 20)", ...
%!          "  --batch-size B      mini-batch size, a positive integer (default: 64)", ...
%!          "  --out DIR           folder for the plots (default: build)", ...
%!          "  --help              show this help"});

## A search's iterations are epochs per trial.
%!test
%! defaults = struct ("data", "data/spiral.csv", "iterations", 100, "trials", 10, "seed", 1, "out", "build");
%! assert (strsplit (usage ("tune", "What it does.", defaults, repo), "\n")(3:5),
%!         {"  --data PATH         data file (default: data/spiral.csv)", ...
%!          "  --iterations N      training epochs per trial, a positive integer (default: 100)", ...
%!          "  --trials N          trials per search round, a positive integer (default: 10)"});
%!error <Invalid call> usage ("prog", "What it does.", struct ())

## text = usage (program, description, defaults)
##
## The --help text of a chapter script PROGRAM (lines joined by newlines,
## none at the end): the options, with their DEFAULTS (a struct with fields
## data, iterations, learning_rate, seed, out).

function text = usage (program, description, defaults)
  if (nargin != 3)
    print_usage ();
  endif
  ## The learning rate is a float in Python, whose str () writes 1.0 as "1.0".
  rate = value_repr (defaults.learning_rate);
  if (all (isdigit (rate)))
    rate = [rate ".0"];
  endif
  text = strjoin ({
    sprintf("usage: %s [--data PATH] [--iterations N] [--learning-rate A] [--seed S] [--out DIR]", program),
    description,
    sprintf("  --data PATH         data file (default: %s)", defaults.data),
    sprintf("  --iterations N      training iterations, a positive integer (default: %s)", value_repr (defaults.iterations)),
    sprintf("  --learning-rate A   learning rate, a positive number (default: %s)", rate),
    sprintf("  --seed S            seed of the portable generator, 0..2147483647 (default: %s)", value_repr (defaults.seed)),
    sprintf("  --out DIR           folder for the plots (default: %s)", defaults.out),
    "  --help              show this help"}, "\n");
endfunction

%!test
%! defaults = struct ("data", "data/x.csv", "iterations", 10, "learning_rate", 0.5, "seed", 1, "out", "build");
%! lines = strsplit (usage ("prog", "What it does.", defaults), "\n");
%! assert (numel (lines), 8);
%! assert (lines{1}, "usage: prog [--data PATH] [--iterations N] [--learning-rate A] [--seed S] [--out DIR]");
%! assert (lines{2}, "What it does.");
%! assert (lines{3}, "  --data PATH         data file (default: data/x.csv)");
%! assert (lines{4}, "  --iterations N      training iterations, a positive integer (default: 10)");
%! assert (lines{5}, "  --learning-rate A   learning rate, a positive number (default: 0.5)");
%! assert (lines{6}, "  --seed S            seed of the portable generator, 0..2147483647 (default: 1)");
%! assert (lines{8}, "  --help              show this help");
%! defaults.learning_rate = 1;
%! lines = strsplit (usage ("prog", "What it does.", defaults), "\n");
%! assert (lines{5}, "  --learning-rate A   learning rate, a positive number (default: 1.0)");
%!error <Invalid call> usage ("prog", "What it does.")

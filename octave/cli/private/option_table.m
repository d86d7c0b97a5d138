## [names, keys, values, texts] = option_table ()
##
## Every option a chapter script may take, in the order of the usage text
## (Python's OPTIONS): its name, its field in the options struct, its value
## name and help text.  A script takes those whose fields its defaults have.

function [names, keys, values, texts] = option_table ()
  names = {"--data", "--test-data", "--iterations", "--learning-rate", "--batch-size", "--trials", "--seed", ...
           "--out"};
  keys = {"data", "test_data", "iterations", "learning_rate", "batch_size", "trials", "seed", "out"};
  values = {"PATH", "PATH", "N", "A", "B", "N", "S", "DIR"};
  texts = {"data file", "test data file", "training iterations, a positive integer", ...
           "learning rate, a positive number", "mini-batch size, a positive integer", ...
           "trials per search round, a positive integer", "seed of the portable generator, 0..2147483647", ...
           "folder for the plots"};
endfunction

## value = convert_option (name, value)
##
## The text VALUE of option NAME as the value the scripts use: a positive
## integer for --iterations, --batch-size and --trials, a positive number
## for --learning-rate, an integer 0..2147483647 for --seed, a non-empty
## string otherwise.

function value = convert_option (name, value)
  switch (name)
    case {"--iterations", "--batch-size", "--trials"}
      if (! whole_match ("[0-9]+", value) || str2double (value) < 1)
        error ("%s must be a positive integer, got '%s'", name, value);
      endif
      value = str2double (value);
    case "--learning-rate"
      number = str2double (value);
      if (! whole_match (number_pattern (), value) || ! (number > 0 && number < Inf))
        error ("--learning-rate must be a positive number, got '%s'", value);
      endif
      value = number;
    case "--seed"
      if (! whole_match ("[0-9]+", value) || str2double (value) > 2147483647)
        error ("--seed must be an integer in 0..2147483647, got '%s'", value);
      endif
      value = str2double (value);
    otherwise
      if (isempty (value))
        error ("option %s needs a value", name);
      endif
  endswitch
endfunction

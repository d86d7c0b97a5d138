## value = convert_option (option, value)
##
## The text VALUE of OPTION (an element of option_table) as the value the
## scripts use, by the option's kind: a positive integer, a positive number,
## a seed (an integer 0..2147483647), a fraction in [0, 1), sizes (positive
## integers separated by commas, as a row), or a non-empty string (a path or
## text).

function value = convert_option (option, value)
  switch (option.kind)
    case "positive integer"
      if (! whole_match ("[0-9]+", value) || str2double (value) < 1)
        error ("%s must be a positive integer, got '%s'", option.flag, value);
      endif
      value = str2double (value);
    case "positive number"
      number = str2double (value);
      if (! whole_match (number_pattern (), value) || ! (number > 0 && number < Inf))
        error ("%s must be a positive number, got '%s'", option.flag, value);
      endif
      value = number;
    case "seed"
      if (! whole_match ("[0-9]+", value) || str2double (value) > 2147483647)
        error ("%s must be an integer in 0..2147483647, got '%s'", option.flag, value);
      endif
      value = str2double (value);
    case "fraction"
      number = str2double (value);
      if (! whole_match (number_pattern (), value) || ! (number >= 0 && number < 1))
        error ("%s must be a number in [0, 1), got '%s'", option.flag, value);
      endif
      value = number;
    case "sizes"
      sizes = str2double (strsplit (value, ","));
      if (! whole_match ("[0-9]+(?:,[0-9]+)*", value) || min (sizes) < 1)
        error ("%s must be positive integers separated by commas, got '%s'", option.flag, value);
      endif
      value = sizes;
    otherwise
      if (isempty (value))
        error ("option %s needs a value", option.flag);
      endif
  endswitch
endfunction

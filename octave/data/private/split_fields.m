## fields = split_fields (text, separator)
##
## TEXT split at every SEPARATOR, keeping empty fields (Python's str.split).

function fields = split_fields (text, separator)
  fields = strsplit (text, separator, "CollapseDelimiters", false);
endfunction

## ok = whole_match (pattern, text)
##
## True if the regular expression PATTERN matches the whole of TEXT (\z, not
## $, so that a trailing newline does not match, as Python's re.fullmatch).

function ok = whole_match (pattern, text)
  ok = ! isempty (regexp (text, ['^(?:' pattern ')\z'], "once"));
endfunction

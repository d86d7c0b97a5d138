## [passed, failed] = replay_value_text (repo)
##
## Test support, not part of dlfp: every entry of tables/value_text.json
## written by value_text in Octave alone; prints each entry it writes
## otherwise.  The parity suite proves Python and R write the same.

function [passed, failed] = replay_value_text (repo)
  table = jsondecode (fileread (fullfile (repo, "tables", "value_text.json")), "makeValidName", false);
  passed = 0;
  failed = 0;
  for item = table_elements (table.entries)
    entry = item{1};
    value = decode_value (entry.value, struct (), {}, {});
    text = value_text (value, isfield (entry, "shape") && entry.shape);
    if (strcmp (text, entry.text))
      passed += 1;
    else
      failed += 1;
      printf ("value text %s: got '%s', want '%s'\n", entry.id, text, entry.text);
    endif
  endfor
endfunction

%!test
%! [passed, failed] = replay_value_text (fileparts (fileparts (fileparts (which ("replay_value_text")))));
%! assert (failed, 0);
%! assert (passed > 0);

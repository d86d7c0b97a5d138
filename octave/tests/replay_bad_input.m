## [passed, failed] = replay_bad_input (repo)
##
## Test support, not part of dlfp: replays tables/bad_input.json in Octave
## alone.  Every case must be refused with exactly its message (each data
## file's path written FILE) and leave its outputs unwritten; prints each
## case that is not.  The parity suite proves Python and R give the same.

function [passed, failed] = replay_bad_input (repo)
  table = jsondecode (fileread (fullfile (repo, "tables", "bad_input.json")), "makeValidName", false);
  table.fixtures.REPO = repo;
  passed = 0;
  failed = 0;
  for item = table_elements (table.cases)
    c = item{1};
    [problem, files] = replay (c, table.fixtures);
    for k = 1:numel (files)
      confirm_recursive_rmdir (false, "local");
      rmdir (fileparts (files{k}), "s");
    endfor
    if (isempty (problem))
      passed += 1;
    else
      failed += 1;
      printf ("bad input case %s (%s): %s\n", c.id, c.("function"), problem);
    endif
  endfor
endfunction

function [problem, files] = replay (c, fixtures)
  args = files = outputs = {};
  items = table_elements (c.args);
  for k = 1:numel (items)
    [args{k}, files, outputs] = decode_value (items{k}, fixtures, files, outputs);
  endfor
  if (isfield (c, "named"))
    for name = fieldnames (c.named).'
      [value, files, outputs] = decode_value (c.named.(name{1}), fixtures, files, outputs);
      args(end + 1:end + 2) = {name{1}, value};
    endfor
  endif
  try
    feval (c.("function"), args{:});
    problem = "accepted";
    return;
  catch err
    message = err.message;
  end_try_catch
  for k = 1:numel (files)
    message = strrep (message, files{k}, "FILE");
  endfor
  if (! strcmp (message, c.message))
    problem = sprintf ("got '%s', want '%s'", message, c.message);
  elseif (any (cellfun (@(path) exist (path, "file") > 0, outputs)))
    problem = "a refusal wrote a file";
  else
    problem = "";
  endif
endfunction

%!test
%! [passed, failed] = replay_bad_input (fileparts (fileparts (fileparts (which ("replay_bad_input")))));
%! assert (failed, 0);
%! assert (passed > 0);

## write_text (path, text)
##
## Write the string TEXT to the file PATH.

function write_text (path, text)
  [fid, msg] = fopen (path, "w");
  if (fid < 0)
    error ("write_dataset: cannot write '%s': %s", path, msg);
  endif
  unwind_protect
    fputs (fid, text);
  unwind_protect_cleanup
    fclose (fid);
  end_unwind_protect
endfunction

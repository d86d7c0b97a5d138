## data = read_bytes (caller, path)
##
## The bytes of the file PATH as a uint8 column, gunzipped (by the gzip
## program, as Octave's gunzip) when it starts with gzip's magic number;
## errors name CALLER.

function data = read_bytes (caller, path)
  if (! ischar (path) || ! isfile (path))
    error ("%s: cannot read '%s': no such file", caller, path);
  endif
  data = read_file (path);
  if (numel (data) < 2 || any (data(1:2) != [31; 139]))
    return;
  endif
  plain = tempname ();
  unwind_protect
    status = system (sprintf ("gzip -dc < '%s' > '%s' 2>/dev/null", strrep (path, "'", "'\\''"), plain));
    if (status != 0)
      error ("%s: '%s' is not a readable gzip file", caller, path);
    endif
    data = read_file (plain);
  unwind_protect_cleanup
    if (exist (plain, "file"))
      delete (plain);
    endif
  end_unwind_protect
endfunction

function data = read_file (path)
  fid = fopen (path, "r");
  data = fread (fid, Inf, "uint8=>uint8");
  fclose (fid);
endfunction

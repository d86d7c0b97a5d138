## write_atomically (path, write)
##
## Call the function handle WRITE with the name of a temporary file beside
## PATH (same folder, same extension), then rename it to PATH, so that PATH
## is never seen half written.  Creates the folder if needed; the temporary
## file never outlives the call.

function write_atomically (path, write)
  if (nargin != 2)
    print_usage ();
  endif
  [folder, ~, suffix] = fileparts (make_absolute_filename (path));
  if (! isfolder (folder))
    [ok, msg] = mkdir (folder);
    if (! ok)
      error ("write_atomically: cannot create '%s': %s", folder, msg);
    endif
  endif
  tmp = [tempname(folder, ".tmp-") suffix];
  unwind_protect
    write (tmp);
    [status, msg] = rename (tmp, path);
    if (status != 0)
      error ("write_atomically: cannot write '%s': %s", path, msg);
    endif
  unwind_protect_cleanup
    if (exist (tmp, "file"))
      delete (tmp);
    endif
  end_unwind_protect
endfunction

%!function write_bytes (path, text)
%!  fid = fopen (path, "w");
%!  fputs (fid, text);
%!  fclose (fid);
%!endfunction

%!test
%! folder = tempname ();
%! unwind_protect
%!   path = fullfile (folder, "sub", "out.txt");
%!   write_atomically (path, @(tmp) write_bytes (tmp, "first"));
%!   assert (fileread (path), "first");
%!   write_atomically (path, @(tmp) write_bytes (tmp, "second"));
%!   assert (fileread (path), "second");
%!   ## A failing writer leaves the old file and no temporary file.
%!   try
%!     write_atomically (path, @(tmp) error ("boom"));
%!   end_try_catch
%!   assert (fileread (path), "second");
%!   assert (numel (dir (fullfile (folder, "sub"))), 3);
%! unwind_protect_cleanup
%!   confirm_recursive_rmdir (false, "local");
%!   rmdir (folder, "s");
%! end_unwind_protect
%!error <Invalid call> write_atomically ("x")

## tf = is_idx (path)
##
## Does PATH name an IDX file, gzipped or plain, rather than a CSV: does it
## start with two zero bytes or gzip's magic number?  False for anything that
## names no file.

function tf = is_idx (path)
  if (nargin != 1)
    print_usage ();
  endif
  tf = false;
  if (! ischar (path) || rows (path) != 1 || ! isfile (path))
    return;
  endif
  fid = fopen (path, "r");
  start = fread (fid, 2, "uint8")';
  fclose (fid);
  tf = numel (start) == 2 && (all (start == 0) || isequal (start, [31, 139]));
endfunction

%!test
%! repo = fileparts (fileparts (fileparts (which ("is_idx"))));
%! path = [tempname() ".gz"];
%! unwind_protect
%!   fid = fopen (path, "w");
%!   fwrite (fid, [31, 139, 8, 0], "uint8");
%!   fclose (fid);
%!   assert (is_idx (path));
%!   fid = fopen (path, "w");
%!   fwrite (fid, [0, 0, 8, 1, 0, 0, 0, 0], "uint8");
%!   fclose (fid);
%!   assert (is_idx (path));
%! unwind_protect_cleanup
%!   delete (path);
%! end_unwind_protect
%! assert (is_idx (fullfile (repo, "data", "cancer.csv")), false);
%! assert (is_idx (fullfile (repo, "data", "no such file.csv")), false);
%! assert (is_idx (3), false);
%!error <Invalid call> is_idx ()

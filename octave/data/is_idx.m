## tf = is_idx (path)
##
## Is PATH an IDX file, gzipped or plain, rather than a CSV: does it start
## with two zero bytes or gzip's magic number?

function tf = is_idx (path)
  tf = false;
  if (! ischar (path) || ! isfile (path))
    return;
  endif
  fid = fopen (path, "r");
  start = fread (fid, 2, "uint8")';
  fclose (fid);
  tf = numel (start) == 2 && (all (start == 0) || isequal (start, [31, 139]));
endfunction

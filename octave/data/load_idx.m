## [values, dims] = load_idx (path)
##
## An IDX file (the format of the MNIST files), gzipped or plain: two zero
## bytes, a type code, the number of dimensions d, then d big-endian 4-byte
## sizes and the values, big-endian, the last dimension varying fastest.
## VALUES is a matrix with one column per item of the first dimension, each
## holding that item's values in the file's order (an image's rows one after
## another), as doubles; DIMS is a row of the sizes, the item count first.

function [values, dims] = load_idx (path)
  if (nargin != 1)
    print_usage ();
  endif
  data = read_bytes ("load_idx", path);
  n = numel (data);
  if (n < 4)
    error ("load_idx: '%s' is truncated: an IDX header needs 4 bytes, got %d", path, n);
  endif
  if (data(1) != 0 || data(2) != 0)
    error ("load_idx: '%s' is not an IDX file: its first two bytes must be 0", path);
  endif
  code = double (data(3));
  n_dims = double (data(4));
  ## Each type code's class and size in bytes.
  types = struct ("code", {8, 9, 11, 12, 13, 14}, "class", {"uint8", "int8", "int16", "int32", "single", "double"},
                  "size", {1, 1, 2, 4, 4, 8});
  type = types([types.code] == code);
  if (isempty (type))
    error ("load_idx: '%s' IDX type code must be one of 8, 9, 11, 12, 13, 14, got %d", path, code);
  endif
  if (n_dims == 0)
    error ("load_idx: '%s' must have at least one dimension", path);
  endif
  header = 4 + 4 * n_dims;
  if (n < header)
    error ("load_idx: '%s' is truncated: an IDX header of %d dimensions needs %d bytes, got %d", path, n_dims, header, n);
  endif
  dims = [2^24, 2^16, 2^8, 1] * reshape (double (data(5:header)), 4, n_dims);
  count = prod (dims);
  need = count * type.size;
  got = n - header;
  shape = strjoin (arrayfun (@value_text, dims, "UniformOutput", false), " x ");
  if (got < need)
    error ("load_idx: '%s' is truncated: its %s values need %s bytes after the header, got %s", path, shape,
           value_text (need), value_text (got));
  endif
  if (got > need)
    error ("load_idx: '%s' is too long: its %s values need %s bytes after the header, got %s", path, shape,
           value_text (need), value_text (got));
  endif
  body = data(header + 1:end);
  if (type.size > 1)
    ## Big-endian: reverse the bytes of each value for this little-endian machine.
    body = reshape (flipud (reshape (body, type.size, count)), [], 1);
  endif
  values = reshape (double (typecast (body(:), type.class)), prod (dims(2:end)), dims(1));
endfunction

%!function p = idx_file (name, bytes)
%!  p = fullfile (tempdir (), sprintf ("dlfp-load-idx-%d-%s", getpid (), name));
%!  fid = fopen (p, "w");
%!  fwrite (fid, bytes, "uint8");
%!  fclose (fid);
%!endfunction

%!test
%! ## Two 2 x 3 images of unsigned bytes: one column per image, its rows one after another.
%! p = idx_file ("u8", [0 0 8 3, 0 0 0 2, 0 0 0 2, 0 0 0 3, 0:5, 250:255]);
%! [values, dims] = load_idx (p);
%! assert (dims, [2, 2, 3]);
%! assert (values, [0:5; 250:255]');
%! delete (p);

%!test
%! ## Big-endian signed 16-bit values and doubles.
%! p = idx_file ("i16", [0 0 11 1, 0 0 0 3, 1 2, 255 254, 128 0]);
%! assert (load_idx (p), [258, -2, -32768]);
%! delete (p);
%! p = idx_file ("f64", [0 0 14 1, 0 0 0 1, double(typecast (0.1, "uint8"))(end:-1:1)]);
%! assert (load_idx (p), 0.1);
%! delete (p);

%!test
%! ## The same bytes gzipped read the same.
%! p = idx_file ("gz", [0 0 8 1, 0 0 0 3, 7 8 9]);
%! gzip (p);
%! assert (load_idx ([p ".gz"]), [7; 8; 9]');
%! delete (p);
%! delete ([p ".gz"]);

%!error <Invalid call> load_idx ()

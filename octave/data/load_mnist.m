## [X, Y] = load_mnist (images, labels)
##
## MNIST's two IDX files (gzipped or plain): IMAGES (n x rows x columns)
## and their LABELS (n, 0..9).  Returns X (rows columns x n, the pixels
## scaled from 0..255 to [0, 1], each image's rows one after another) and
## Y (1 x n).

function [X, Y] = load_mnist (images, labels)
  if (nargin != 2)
    print_usage ();
  endif
  [X, image_dims] = load_idx (images);
  [Y, label_dims] = load_idx (labels);
  if (numel (image_dims) != 3)
    error ("load_mnist: images '%s' must have 3 dimensions, got %d", images, numel (image_dims));
  endif
  if (numel (label_dims) != 1)
    error ("load_mnist: labels '%s' must have 1 dimension, got %d", labels, numel (label_dims));
  endif
  if (image_dims(1) != label_dims(1))
    error ("load_mnist: '%s' holds %s images but '%s' holds %s labels", images, value_text (image_dims(1)),
           labels, value_text (label_dims(1)));
  endif
  bad = find (Y != floor (Y) | Y < 0 | Y > 9, 1);
  if (! isempty (bad))
    error ("load_mnist: '%s' label %d must be an integer in 0..9, got %s", labels, bad, value_text (Y(bad)));
  endif
  X = X / 255;
endfunction

%!function p = idx_file (name, bytes)
%!  p = fullfile (tempdir (), sprintf ("dlfp-load-mnist-%d-%s", getpid (), name));
%!  fid = fopen (p, "w");
%!  fwrite (fid, bytes, "uint8");
%!  fclose (fid);
%!endfunction

%!test
%! ## Three 1 x 2 images, the first and last labels.
%! images = idx_file ("images", [0 0 8 3, 0 0 0 3, 0 0 0 1, 0 0 0 2, 0 255, 51 102, 1 2]);
%! labels = idx_file ("labels", [0 0 8 1, 0 0 0 3, 0 9 4]);
%! [X, Y] = load_mnist (images, labels);
%! assert (X, [0, 0.2, 1/255; 1, 0.4, 2/255]);
%! assert (Y, [0, 9, 4]);
%! delete (images);
%! delete (labels);

%!error <Invalid call> load_mnist ("x")

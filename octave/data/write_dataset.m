## write_dataset (path, X, Y)
##
## Write X (features x examples) and Y (1 x examples) as a data file, the
## format load_dataset reads, atomically.  Numbers are printed with 17
## significant digits, which read back exactly.

function write_dataset (path, X, Y)
  if (nargin != 3)
    print_usage ();
  endif
  check_examples ("write_dataset", X, Y);
  n = rows (X);
  header = strjoin ([arrayfun(@(k) sprintf("x%d", k), 1:n, "UniformOutput", false), {"label"}], ",");
  ## Python's "%d" truncates a label to an integer.
  body = sprintf ([repmat("%.17g,", 1, n) "%d\n"], [X; fix(Y)]);
  write_atomically (path, @(tmp) write_text (tmp, [header "\n" body]));
endfunction

%!test
%! path = [tempname() ".csv"];
%! unwind_protect
%!   X = [0.1, -2.5e-300, 1/3; pi, 7, -0];
%!   Y = [0, 1, 1];
%!   write_dataset (path, X, Y);
%!   ## Python writes the same bytes.
%!   assert (fileread (path), ["x1,x2,label\n0.10000000000000001,3.1415926535897931,0\n", ...
%!                             "-2.5e-300,7,1\n0.33333333333333331,-0,1\n"]);
%!   [X2, Y2] = load_dataset (path, 2);
%!   assert (num2hex (X2), num2hex (X));
%!   assert (num2hex (Y2), num2hex (Y));
%! unwind_protect_cleanup
%!   delete (path);
%! end_unwind_protect
%!error <Invalid call> write_dataset ("x.csv", 1)

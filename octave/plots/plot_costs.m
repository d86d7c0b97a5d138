## plot_costs (costs, path, title)
##
## Plot COSTS against the iteration (0, 1, ...) with the text TITLE and
## write it as a 600 x 400 PNG to PATH, atomically (gnuplot, no display).

function plot_costs (costs, path, title)
  if (nargin != 3)
    print_usage ();
  endif
  ## gnuplot draws without a display; its "discouraged" notice is noise here.
  warning ("off", "Octave:gnuplot-graphics", "local");
  graphics_toolkit ("gnuplot");
  h = figure ("visible", "off");
  unwind_protect
    plot (0:numel (costs) - 1, costs);
    xlabel ("iteration");
    ylabel ("cost");
    ## The argument title hides the function title ().
    set (get (gca (), "title"), "string", title, "interpreter", "none");
    write_atomically (path, @(tmp) print (h, tmp, "-dpngcairo", "-S600,400"));
  unwind_protect_cleanup
    close (h);
  end_unwind_protect
endfunction

%!test
%! folder = tempname ();
%! unwind_protect
%!   path = fullfile (folder, "costs.png");
%!   plot_costs (exp (-(0:99) / 30), path, "a_title (test)");
%!   fid = fopen (path);
%!   magic = fread (fid, 8).';
%!   fclose (fid);
%!   assert (magic, [137, 80, 78, 71, 13, 10, 26, 10]);
%!   assert (stat (path).size > 1000);
%!   assert (numel (dir (folder)), 3);
%! unwind_protect_cleanup
%!   confirm_recursive_rmdir (false, "local");
%!   rmdir (folder, "s");
%! end_unwind_protect
%!error <Invalid call> plot_costs ([1, 2], "x.png")

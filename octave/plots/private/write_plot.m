## write_plot (path, pixels, draw)
##
## Call the function handle DRAW on a new invisible figure and write it as
## a PIXELS(1) x PIXELS(2) PNG to PATH, atomically; the figure is closed
## whatever happens.  Every plot goes through here.

function write_plot (path, pixels, draw)
  ## gnuplot draws without a display; its "discouraged" notice is noise here.
  warning ("off", "Octave:gnuplot-graphics", "local");
  graphics_toolkit ("gnuplot");
  h = figure ("visible", "off");
  unwind_protect
    draw ();
    write_atomically (path, @(tmp) print (h, tmp, "-dpngcairo", sprintf ("-S%d,%d", pixels)));
  unwind_protect_cleanup
    close (h);
  end_unwind_protect
endfunction

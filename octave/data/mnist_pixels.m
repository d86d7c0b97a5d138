## n = mnist_pixels ()
##
## The pixels of an MNIST digit, 28 x 28 (Python's MNIST_PIXELS; Octave has
## no constants).

function n = mnist_pixels ()
  n = 784;
endfunction

%!assert (mnist_pixels (), 28 * 28)

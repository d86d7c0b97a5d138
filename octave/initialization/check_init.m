## check_init (caller, init)
##
## Refuse INIT unless it is "zeros", "default", "he" or "xavier"; the message
## starts with CALLER.

function check_init (caller, init)
  if (nargin != 2)
    print_usage ();
  endif
  if (! (ischar (init) && any (strcmp (init, {"zeros", "default", "he", "xavier"}))))
    error ("%s: init must be one of zeros, default, he, xavier, got %s", caller, value_text (init));
  endif
endfunction

%!test
%! check_init ("f", "xavier");
%!error <Invalid call> check_init ("f")

## penalty = l2_penalty (parameters, lambd, m)
##
## LAMBD / (2 M) times the sum of every squared weight in PARAMETERS (the
## fields whose names start with W; biases are not penalised).

function penalty = l2_penalty (parameters, lambd, m)
  if (nargin != 3)
    print_usage ();
  endif
  total = 0;
  for name = fieldnames (parameters).'
    if (strncmp (name{1}, "W", 1))
      W = parameters.(name{1});
      total += sum (W(:) .* W(:));
    endif
  endfor
  penalty = lambd / (2 * m) * total;
endfunction

%!test
%! parameters = struct ("W1", [1, 2], "b1", 100, "W2", 3, "b2", 5);
%! assert (l2_penalty (parameters, 0.5, 4), 0.5 / 8 * 14);
%!error <Invalid call> l2_penalty (struct ("W1", 1), 0.5)

## penalty = l2_penalty (parameters, lambd, m)
##
## LAMBD / (2 M) times the sum of every squared weight in PARAMETERS (W1,
## ..., WL, in that order; biases are not penalised).

function penalty = l2_penalty (parameters, lambd, m)
  if (nargin != 3)
    print_usage ();
  endif
  L = layer_count (parameters, "l2_penalty");
  check_lambd ("l2_penalty", lambd);
  check_positive ("l2_penalty", "m", m, true);
  penalty = l2_term (parameters, L, lambd, m);
endfunction

%!test
%! parameters = struct ("W1", [1, 2], "b1", 100, "W2", 3, "b2", 5);
%! assert (l2_penalty (parameters, 0.5, 4), 0.5 / 8 * 14);
## Summed in layer order, whatever the order of the fields: 1 + 1e-16 + 1e-16
## rounds to 1, 1e-16 + 1e-16 + 1 does not.
%!assert (l2_penalty (struct ("W3", 1e-8, "b3", 0, "W2", 1e-8, "b2", 0, "W1", 1, "b1", 0), 2, 1), 1)
%!error <Invalid call> l2_penalty (struct ("W1", 1), 0.5)

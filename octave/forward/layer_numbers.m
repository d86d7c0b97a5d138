## numbers = layer_numbers (L)
##
## The layer numbers 0..L as text ({"0", "1", ..., "L"}, perhaps more: one
## cache serves every depth), kept between calls:
## the kernels name their struct fields with them, and a sprintf per layer
## costs more than the field accesses it names.

function numbers = layer_numbers (L)
  persistent cached = {};
  if (numel (cached) <= L)
    cached = arrayfun (@(l) sprintf ("%d", l), 0:L, "UniformOutput", false);
  endif
  numbers = cached;
endfunction

%!assert (layer_numbers (2)(1:3), {"0", "1", "2"})
%!assert (layer_numbers (12){13}, "12")

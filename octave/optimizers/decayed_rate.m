## rate = decayed_rate (learning_rate, epoch, decay, decay_rate)
##
## decay_learning_rate's arithmetic without its argument checks (train
## checks them once, then decays the rate every epoch).

function rate = decayed_rate (learning_rate, epoch, decay, decay_rate)
  switch (decay)
    case "inverse"
      rate = learning_rate / (1 + decay_rate * epoch);
    case "exponential"
      rate = learning_rate * decay_rate ^ epoch;
    otherwise
      rate = learning_rate;
  endswitch
endfunction

%!test
%! for setting = {"none", 0; "inverse", 0.5; "exponential", 0.9}.'
%!   [decay, rate] = setting{:};
%!   for epoch = 0:3
%!     assert (decayed_rate (0.3, epoch, decay, rate), decay_learning_rate (0.3, epoch, decay, rate));
%!   endfor
%! endfor

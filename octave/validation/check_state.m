## check_state (caller, parameters, state)
##
## Refuse STATE unless it comes from initialize_optimizer and holds the
## moving averages its optimiser keeps (vd<name>, sd<name>) for every field
## of PARAMETERS; the messages start with CALLER.

function check_state (caller, parameters, state)
  if (nargin != 3)
    print_usage ();
  endif
  if (! (isstruct (state) && isfield (state, "optimizer") && ischar (state.optimizer) ...
         && any (strcmp (state.optimizer, {"gd", "momentum", "rmsprop", "adam"}))))
    error ("%s: state must come from initialize_optimizer", caller);
  endif
  prefixes = {};
  if (any (strcmp (state.optimizer, {"momentum", "adam"})))
    prefixes{end + 1} = "vd";
  endif
  if (any (strcmp (state.optimizer, {"rmsprop", "adam"})))
    prefixes{end + 1} = "sd";
  endif
  ## vdW1, sdW1, vdb1, ...: per parameter, v before s, as Python lists them.
  wanted = {};
  for name = fieldnames (parameters).'
    ## Inside brackets a space would split "strcat (...)" into two elements.
    needed = strcat (prefixes, name{1});
    wanted = [wanted, needed];
  endfor
  missing = wanted(! isfield (state, wanted));
  if (! isempty (missing))
    error ("%s: state must hold %s", caller, strjoin (missing, ", "));
  endif
endfunction

%!shared parameters
%! parameters = initialize_parameters ([2, 4, 3], rng_seed (1), "he");

%!test
%! for optimizer = {"gd", "momentum", "rmsprop", "adam"}
%!   check_state ("f", parameters, initialize_optimizer (parameters, optimizer{1}));
%! endfor

%!error <^f: state must come from initialize_optimizer$> check_state ("f", parameters, struct ())
%!error <^f: state must come from initialize_optimizer$> check_state ("f", parameters, {1})
%!error <^f: state must come from initialize_optimizer$> check_state ("f", parameters, struct ("optimizer", "sgd"))
%!error <^f: state must hold sdW1, vdb2$> check_state ("f", parameters, rmfield (initialize_optimizer (parameters, "adam"), {"sdW1", "vdb2"}))
%!error <^f: state must hold vdb1, vdW2, vdb2$> check_state ("f", parameters, initialize_optimizer (struct ("W1", parameters.W1), "momentum"))
%!error <Invalid call> check_state ("f", parameters)

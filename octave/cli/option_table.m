## options = option_table (repo)
##
## Every option a chapter script may take, in the order of the usage text:
## tables/options.json under the repository folder REPO (empty: the
## installed package's copy), as a struct array
## with the fields flag, key, value, kind, help, help_when and python_only.

function options = option_table (repo)
  if (nargin != 1)
    print_usage ();
  endif
  if (isempty (repo))
    repo = package_folder ();
  endif
  options = jsondecode (fileread (fullfile (repo, "tables", "options.json")));
endfunction

%!test
%! options = option_table (fileparts (fileparts (fileparts (which ("option_table")))));
%! assert (numel (options), 16);
%! assert ({options([1, 7, 13]).flag}, {"--data", "--iterations", "--seed"});
%! assert (sort (unique ({options.kind})), {"flag", "fraction", "path", "positive integer", "positive number", "seed", "sizes", "text"});
%! assert (options(7).help_when, struct ("batch_size", "training epochs, a positive integer",
%!                                       "trials", "training epochs per trial, a positive integer"));
%!error <Invalid call> option_table ()

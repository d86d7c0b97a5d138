## folder = package_folder ()
##
## The folder of the installed package (the one above cli/), which holds
## its copies of the tables (tables/) and of the small data files
## (extdata/): what a script reads outside a checkout.

function folder = package_folder ()
  folder = fileparts (fileparts (fileparts (mfilename ("fullpath"))));
endfunction

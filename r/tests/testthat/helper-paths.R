# The files the tests read come from the installed package (inst/ of the source package that
# tools/packages.py builds), so the tests pass wherever dlfp is installed: the repository's
# tables/ is tables/, its data/ is extdata/ and r/scripts/ is scripts/.
repo_root <- function() system.file(package = "dlfp", mustWork = TRUE)

repo_file <- function(...) {
  parts <- c(...)
  if (parts[1] == "data") parts[1] <- "extdata"
  if (identical(parts[1:2], c("r", "scripts"))) parts <- parts[-1]
  path <- do.call(file.path, as.list(c(repo_root(), parts)))
  if (!file.exists(path)) stop("the installed package has no ", paste(c(...), collapse = "/"))
  path
}

# A small file with the given text, in a fresh temporary folder.
write_temp <- function(text, name = "bad.csv") {
  path <- file.path(tempfile("dlfp-"), name)
  dir.create(dirname(path))
  writeBin(charToRaw(text), path)
  path
}

# Bit-for-bit equality (identical() alone treats 0 and -0 as equal).
expect_bitwise <- function(object, expected) {
  expect_true(identical(object, expected, num.eq = FALSE))
}

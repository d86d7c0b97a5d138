# The repository's files, found by walking up from the test folder (tests may
# run from r/tests/testthat, from a check folder or from an installed copy).
repo_root <- function() {
  folder <- normalizePath(".")
  while (!file.exists(file.path(folder, "data", "spiral.csv"))) {
    parent <- dirname(folder)
    if (parent == folder) stop("cannot find the dlfp repository (data/spiral.csv) above ", getwd())
    folder <- parent
  }
  folder
}

repo_file <- function(...) file.path(repo_root(), ...)

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

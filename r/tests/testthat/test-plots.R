test_that("plot_costs writes a PNG atomically, leaving no temporary file", {
  folder <- tempfile("dlfp-plot-")
  path <- file.path(folder, "sub", "costs.png")
  plot_costs(exp(-seq(0, 3, length.out = 50)), path, "A title")
  expect_gt(file.size(path), 1000)
  expect_identical(readBin(path, "raw", 8), as.raw(c(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)))
  expect_identical(list.files(dirname(path), all.files = TRUE, no.. = TRUE), "costs.png")
  plot_costs(c(1, 0.5), path, "again")
  expect_identical(list.files(dirname(path), all.files = TRUE, no.. = TRUE), "costs.png")
})

test_that("write_atomically leaves the old file and no temporary file when writing fails", {
  path <- file.path(tempfile("dlfp-atomic-"), "x.txt")
  write_atomically(path, function(tmp) writeLines("old", tmp))
  expect_error(write_atomically(path, function(tmp) {
    writeLines("half", tmp)
    stop("disk full")
  }), "disk full")
  expect_identical(readLines(path), "old")
  expect_identical(list.files(dirname(path), all.files = TRUE, no.. = TRUE), "x.txt")
})

test_that("plot_decision_boundary writes a PNG atomically, leaving no temporary file", {
  moons <- make_moons(rng_seed(2), n_per_class = 30, noise = 0.1)
  activations <- c("tanh", "sigmoid")
  fit <- train(moons$X, moons$Y, c(2, 3, 1), activations, rng_seed(1),
               learning_rate = 0.5, iterations = 20)
  path <- file.path(tempfile("dlfp-boundary-"), "sub", "boundary.png")
  plot_decision_boundary(moons$X, moons$Y, fit$parameters, activations, path, "A boundary")
  expect_gt(file.size(path), 1000)
  expect_identical(readBin(path, "raw", 8), as.raw(c(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)))
  expect_identical(list.files(dirname(path), all.files = TRUE, no.. = TRUE), "boundary.png")
})

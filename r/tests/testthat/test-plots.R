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
               train_config(learning_rate = 0.5, iterations = 20))
  path <- file.path(tempfile("dlfp-boundary-"), "sub", "boundary.png")
  plot_decision_boundary(moons$X, moons$Y, fit$parameters, activations, path, "A boundary")
  expect_gt(file.size(path), 1000)
  expect_identical(readBin(path, "raw", 8), as.raw(c(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)))
  expect_identical(list.files(dirname(path), all.files = TRUE, no.. = TRUE), "boundary.png")
})

PNG <- as.raw(c(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))

is_png <- function(path) identical(readBin(path, "raw", 8), PNG)

test_that("cost plots are PNGs", {
  folder <- tempfile("dlfp-costs-")
  plot_costs(c(3, 2, 1.5), file.path(folder, "one.png"), "one curve", xlabel = "epoch")
  plot_cost_curves(list(c(3, 2), c(2.5, 0.1)), c("gd", "adam"), file.path(folder, "two.png"), "two curves")
  expect_true(is_png(file.path(folder, "one.png")))
  expect_true(is_png(file.path(folder, "two.png")))
  expect_setequal(list.files(folder, all.files = TRUE, no.. = TRUE), c("one.png", "two.png"))
})

test_that("the digits plot takes up to sixteen digits", {
  folder <- tempfile("dlfp-digits-")
  X <- matrix(seq(0, 1, length.out = 784 * 3), 784, 3, byrow = TRUE)
  plot_digits(X, matrix(c(0, 1, 9), 1), matrix(c(0, 7, 9), 1), file.path(folder, "digits.png"), "digits")
  expect_true(is_png(file.path(folder, "digits.png")))
  plot_digits(matrix(0.5, 784, 20), matrix(0, 1, 20), matrix(1, 1, 20), file.path(folder, "many.png"), "20 digits")
  expect_true(is_png(file.path(folder, "many.png")))
})

test_that("the search plot is a PNG", {
  folder <- tempfile("dlfp-search-")
  plot_search(list(matrix(c(0.001, 0.01, 0.1), 1), c(0.02, 0.03)), list(c(0.5, 0.9, 0.7), c(0.92, 0.95)),
              c("round 1", "round 2"), file.path(folder, "search.png"), "search")
  expect_true(is_png(file.path(folder, "search.png")))
  expect_identical(list.files(folder, all.files = TRUE, no.. = TRUE), "search.png")
})

test_that("the gradient checks' plot is a PNG", {
  folder <- tempfile("dlfp-differences-")
  plot_differences(c("a", "b"), c(1e-9, 0.5), 1e-7, file.path(folder, "differences.png"), "checks")
  expect_true(is_png(file.path(folder, "differences.png")))
})

# Each plot refuses bad input before it writes anything, not even the folder of its file (the messages
# are tables/bad_input.json's).
test_that("a refused plot writes nothing", {
  folder <- tempfile("dlfp-refused-")
  path <- file.path(folder, "refused.png")
  expect_error(plot_costs(matrix(0, 1, 0), path, "t"))
  expect_error(plot_cost_curves(list(c(1, 0.5), c(1, 0.4)), "gd", path, "t"))
  expect_error(plot_averages(matrix(c(1, 2), 1), list(matrix(1)), "beta 0.5", path, "t"))
  expect_error(plot_differences("a", 1e-9, 0, path, "t"))
  expect_error(plot_search(list(c(0.1, 0.2)), list(0.5), "first", path, "t"))
  expect_error(plot_digits(matrix(0, 10, 2), matrix(0, 1, 2), matrix(0, 1, 2), path, "t"))
  net <- network_case(c(3, 4, 1), c("relu", "sigmoid"), m = 4)
  expect_error(plot_decision_boundary(net$X, net$Y, net$parameters, c("relu", "sigmoid"), path, "t"))
  expect_false(dir.exists(folder))
})

test_that("a diverged curve (NaN, Inf) is still drawn", {
  path <- file.path(tempfile("dlfp-diverged-"), "costs.png")
  # ggplot warns that it leaves the NaN out.
  suppressWarnings(plot_costs(c(1, Inf, NaN), path, "diverged"))
  expect_true(is_png(path))
})

test_that("plot_data draws R's own data (iris petals) as a PNG and leaves nothing else", {
  X <- rbind(iris$Petal.Length, iris$Petal.Width)
  Y <- matrix(as.integer(iris$Species) - 1, 1)
  path <- file.path(tempfile("dlfp-data-"), "data.png")
  plot_data(X, Y, path, "iris petals")
  expect_true(is_png(path))
  expect_identical(list.files(dirname(path), all.files = TRUE, no.. = TRUE), "data.png")
})

test_that("an averages plot is a PNG", {
  folder <- tempfile("dlfp-averages-")
  values <- matrix(c(3, 1, 2), 1)
  plot_averages(values, list(values / 2, c(1, 1.5, 1.6)), c("half", "beta 0.9"), file.path(folder, "a.png"), "averages")
  expect_true(is_png(file.path(folder, "a.png")))
  expect_identical(list.files(folder, all.files = TRUE, no.. = TRUE), "a.png")
})

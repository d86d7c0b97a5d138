test_that("make_spiral with seed 1 regenerates data/spiral.csv bit for bit", {
  spiral <- make_spiral(rng_seed(1), n_per_class = 100, n_classes = 3, noise = 0.2)
  file <- load_dataset(repo_file("data", "spiral.csv"), n_classes = 3)
  expect_equal(dim(spiral$X), c(2, 300))
  expect_bitwise(spiral$X, file$X)
  expect_bitwise(spiral$Y, file$Y)
  expect_identical(spiral$rng, rng_normal(rng_seed(1), 1, 300)$rng)
})

test_that("make_moons with seed 1 and noise 0.3 regenerates data/moons_noisy.csv bit for bit", {
  moons <- make_moons(rng_seed(1), n_per_class = 200, noise = 0.3)
  file <- load_dataset(repo_file("data", "moons_noisy.csv"), n_classes = 2)
  expect_bitwise(moons$X, file$X)
  expect_bitwise(moons$Y, file$Y)
})

test_that("make_moons with seed 1 regenerates data/moons.csv bit for bit", {
  moons <- make_moons(rng_seed(1), n_per_class = 200, noise = 0.2)
  file <- load_dataset(repo_file("data", "moons.csv"), n_classes = 2)
  expect_equal(dim(moons$X), c(2, 400))
  expect_true(identical(moons$X, file$X))
  expect_true(identical(moons$Y, file$Y))
  expect_bitwise(moons$X, file$X)
  expect_bitwise(moons$Y, file$Y)
  expect_identical(moons$rng, rng_normal(rng_seed(1), 2, 400)$rng)
})

test_that("moons without noise lie on the two unit half circles", {
  moons <- make_moons(rng_seed(1), n_per_class = 50, noise = 0)
  X <- moons$X
  expect_equal(sqrt(X[1, 1:50]^2 + X[2, 1:50]^2), rep(1, 50), tolerance = 1e-15)
  expect_equal(sqrt((1 - X[1, 51:100])^2 + (0.5 - X[2, 51:100])^2), rep(1, 50), tolerance = 1e-15)
  expect_true(all(X[2, 1:50] >= 0))
  expect_true(all(X[2, 51:100] <= 0.5))
  expect_identical(moons$Y, matrix(rep(c(0, 1), each = 50), nrow = 1))
})

test_that("loaders give features x examples and 1 x examples", {
  cancer <- load_dataset(repo_file("data", "cancer.csv"), n_classes = 2)
  expect_equal(dim(cancer$X), c(30, 569))
  expect_equal(dim(cancer$Y), c(1, 569))
  expect_equal(sum(cancer$Y == 1), 357)
  expect_identical(cancer$X[1:2, 1], c(17.99, 10.38))
  mnist <- load_dataset(repo_file("data", "mnist_test.csv"), n_classes = 10)
  expect_equal(dim(mnist$X), c(784, 1000))
  expect_setequal(mnist$Y, 0:9)
  expect_equal(range(mnist$X), c(0, 255))
})

test_that("decimals are rounded correctly, as Python's float() does", {
  # R's as.numeric("2353.262473") is one ulp off; Python and C's strtod are not.
  path <- write_temp(paste0("x1,x2,x3,x4,x5,x6,x7,x8,label\n",
                            "2353.262473,+1.5,.5,5.,007,-0,1E3,12345678901234567890123,1\n"))
  X <- load_dataset(path, n_classes = 2)$X[, 1]
  expected <- c(as.numeric("0x1.2628662dc6e2bp+11"), 1.5, 0.5, 5, 7, -0, 1000,
                as.numeric("0x1.4ea15b273b38ap+73"))
  expect_bitwise(X, expected)
})

test_that("write_dataset then load_dataset gives the same numbers", {
  X <- rbind(c(0.1, -2.5e-300, 1 / 3), c(pi, 7, -0))
  Y <- matrix(c(0, 1, 1), 1)
  path <- file.path(tempfile("dlfp-"), "d.csv")
  write_dataset(path, X, Y)
  expect_identical(readLines(path)[1:2], c("x1,x2,label", "0.10000000000000001,3.1415926535897931,0"))
  back <- load_dataset(path, n_classes = 2)
  expect_bitwise(back$X, X)
  expect_bitwise(back$Y, Y)
  expect_identical(list.files(dirname(path), all.files = TRUE, no.. = TRUE), "d.csv")
})

# A folder, which tables/bad_input.json (the refusals) cannot name.
test_that("a folder is not a data file", {
  expect_error(load_dataset(tempdir(), n_classes = 2), "no such file", fixed = TRUE)
})

test_that("Windows and old Mac line endings are read as Python reads them", {
  expect_identical(load_dataset(write_temp("x1,label\r\n1.5,1\r\n"), n_classes = 2),
                   list(X = matrix(1.5), Y = matrix(1)))
  expect_identical(load_dataset(write_temp("x1,label\r1.5,1\r2,0"), n_classes = 2),
                   list(X = matrix(c(1.5, 2), 1), Y = matrix(c(1, 0), 1)))
})

# An R vector, which tables/bad_input.json (the refusals) cannot write: Octave has no vectors.
test_that("check_labels refuses a vector", {
  expect_error(check_labels("f", c(0, 1, 1), 3, 2), "f: Y must be a 1 x 3 matrix, got [0, 1, 1]", fixed = TRUE)
  expect_silent(check_labels("f", matrix(c(0, 2, 1), 1), 3, 3))
})

test_that("scale_to_unit_norm gives unit columns and keeps zero columns", {
  X <- scale_to_unit_norm(rbind(c(3, 0, 1), c(4, 0, 1)))
  expect_equal(X, rbind(c(0.6, 0, 2^-0.5), c(0.8, 0, 2^-0.5)), tolerance = 1e-15)
  expect_equal(dim(X), c(2, 3))
})

test_that("split_train_test is a partition of the columns, in the permutation's order", {
  X <- matrix(0:19, 2, 10, byrow = TRUE)
  Y <- matrix(0:9 %% 2, 1)
  split <- split_train_test(X, Y, 0.25, rng_seed(4))
  expect_equal(dim(split$X_train), c(2, 7))
  expect_equal(dim(split$X_test), c(2, 3))
  expect_equal(dim(split$Y_test), c(1, 3))
  expect_setequal(c(split$X_train[1, ], split$X_test[1, ]), 0:9)
  expect_equal(split$X_test[1, ] %% 2, split$Y_test[1, ])
  perm <- rng_permutation(rng_seed(4), 10)
  expect_equal(split$X_test[1, ], X[1, perm$values[8:10]])
  expect_identical(split$rng, perm$rng)
})

test_that("prepare_split without a split or standardize passes the examples through", {
  X <- rbind(c(1, 2, 3, 4), c(5, 5, 5, 5))
  Y <- matrix(c(0, 1, 0, 1), 1)
  prepared <- prepare_split(X, Y, 0, FALSE, rng_seed(3))
  expect_identical(prepared[c("X_train", "Y_train")], list(X_train = X, Y_train = Y))
  expect_null(prepared$X_test)
  expect_null(prepared$Y_test)
  expect_null(prepared$stats)
  expect_identical(prepared$rng, rng_seed(3))
})

test_that("prepare_split holds out split_train_test's columns, scaled by the training statistics", {
  X <- rbind(0:9, 0:9 %% 3, rep(7, 10))
  Y <- matrix(0:9 %% 2, 1)
  prepared <- prepare_split(X, Y, 0.3, TRUE, rng_seed(4))
  split <- split_train_test(X, Y, 0.3, rng_seed(4))
  stats <- standardize_fit(split$X_train)
  expect_identical(prepared$stats, stats)
  expect_identical(prepared$X_train, standardize_apply(split$X_train, stats))
  expect_identical(prepared$X_test, standardize_apply(split$X_test, stats))
  expect_identical(prepared[c("Y_train", "Y_test", "rng")], split[c("Y_train", "Y_test", "rng")])
  expect_equal(dim(prepared$X_test), c(3, 3))
  expect_lt(abs(mean(prepared$X_train[1, ])), 1e-15)
  expect_identical(prepared$X_train[3, ], rep(0, 7))
})

test_that("digits are scaled to the unit interval", {
  digits <- load_digits(repo_file("data", "mnist_test.csv"))
  expect_equal(dim(digits$X), c(784, 1000))
  expect_equal(dim(digits$Y), c(1, 1000))
  expect_identical(range(digits$X), c(0, 1))
  raw <- load_dataset(repo_file("data", "mnist_test.csv"), n_classes = 10)
  expect_bitwise(digits$X, raw$X / 255)
  expect_identical(MNIST_PIXELS, 784)
})

test_that("read_dataset reads every case of tables/csv_dialect.json", {
  for (case in read_table("csv_dialect.json")$cases) {
    path <- write_temp(case$text, "data.csv")
    label_column <- if (is.null(case$label_column)) "label" else case$label_column
    classes <- if (is.null(case$given_classes)) NULL else unlist(case$given_classes)
    printed <- capture.output(data <- read_dataset(path, label_column, classes))
    expected_X <- matrix(as.numeric(unlist(case$X)), nrow = length(case$X), byrow = TRUE)
    expect_identical(data$X, expected_X, label = case$id)
    expect_identical(data$Y, matrix(as.numeric(unlist(case$Y)), 1), label = case$id)
    expect_identical(data$classes, as.character(unlist(case$classes)), label = case$id)
    expect_identical(gsub(path, "FILE", printed, fixed = TRUE), as.character(unlist(case$prints)), label = case$id)
    unlink(dirname(path), recursive = TRUE)
  }
})

test_that("load_dataset reads the dialect and keeps number labels as they are", {
  path <- write_temp('"","x","label"\r\n"a", 1.5 ,"1"\r\n"b",2,0\r\n\r\n')
  expect_output(data <- load_dataset(path, n_classes = 3), "column 1 has no name")
  expect_identical(data, list(X = matrix(c(1.5, 2), 1), Y = matrix(c(1, 0), 1)))
})

# New examples to predict: every named column is a feature, Y is NULL and the classes are those given; a
# file with labels reads as without the option, and without it a missing label column is still refused.
test_that("read_dataset reads a file without labels only when asked", {
  path <- tempfile(fileext = ".csv")
  write.csv(iris[c(1, 51, 101), 1:4], path)
  expect_output(data <- read_dataset(path, "Species", c("setosa", "versicolor", "virginica"), FALSE),
                "column 1 has no name")
  expect_identical(data$X, unname(t(as.matrix(iris[c(1, 51, 101), 1:4]))))
  expect_null(data$Y)
  expect_identical(data$classes, c("setosa", "versicolor", "virginica"))
  expect_output(data <- read_dataset(path, require_labels = FALSE), "column 1 has no name")
  expect_identical(names(data), c("X", "Y", "classes"))
  expect_null(data$Y)
  expect_null(data$classes)
  expect_output(expect_error(read_dataset(path, "Species"), "line 1 has no column 'Species'$"), NA)
  write.csv(iris[c(1, 51, 101), ], path)
  expect_output(labelled <- read_dataset(path, "Species", require_labels = FALSE), "column 1 has no name")
  expect_identical(labelled$X, data$X)
  expect_identical(labelled$Y, matrix(c(0, 1, 2), 1))
  unlink(path)
})

test_that("read_dataset reads R's own write.csv of iris and mtcars as R holds them", {
  path <- tempfile(fileext = ".csv")
  write.csv(iris, path)
  expect_output(data <- read_dataset(path, "Species"), "column 1 has no name")
  expect_identical(data$X, unname(t(as.matrix(iris[1:4]))))
  expect_identical(data$Y, matrix(as.integer(iris$Species) - 1, 1) + 0)
  expect_identical(data$classes, levels(iris$Species))
  write.csv(mtcars, path)
  expect_output(data <- read_dataset(path, label_column = "am"), "column 1 has no name")
  expect_identical(data$X, unname(t(as.matrix(mtcars[names(mtcars) != "am"]))))
  expect_identical(data$Y, matrix(mtcars$am, 1))
  expect_identical(data$classes, c("0", "1"))
  unlink(path)
})

test_that("standardize gives mean 0 and deviation 1 and leaves a constant feature centred", {
  X <- rbind(c(1, 2, 3, 6), c(5, 5, 5, 5), c(-1, 0.5, 0.25, 3))
  stats <- standardize_fit(X)
  expect_identical(stats$mean, matrix(c(3, 5, 0.6875), 3))
  expect_equal(stats$sd, matrix(c(sqrt(3.5), 0, sqrt(mean((X[3, ] - 0.6875)^2))), 3), tolerance = 1e-15)
  Z <- standardize_apply(X, stats)
  expect_identical(Z[2, ], c(0, 0, 0, 0))
  expect_equal(rowMeans(Z[c(1, 3), ]), c(0, 0), tolerance = 1e-15)
  expect_equal(standardize_apply(matrix(c(3, 7, 0.6875), 3), stats), matrix(c(0, 2, 0), 3))
  stats <- standardize_fit(matrix(0.1, 1, 3))
  expect_identical(stats, list(mean = matrix(0.1), sd = matrix(0)))
  expect_identical(standardize_apply(matrix(c(0.1, 0.3), 1), stats), matrix(c(0, 0.3 - 0.1), 1))
})

test_that("read_examples reads MNIST as load_digits and any other CSV as read_dataset", {
  path <- repo_file("data", "mnist_test.csv")
  data <- read_examples(path)
  expect_identical(data[c("X", "Y")], load_digits(path))
  expect_identical(data$classes, as.character(0:9))
  path <- tempfile(fileext = ".csv")
  writeLines(c("a,b,kind", "300,2,dog", "4,5,cat"), path)
  expect_output(data <- read_examples(path, "kind"), "read_dataset: classes of 'kind': 0 = 'cat', 1 = 'dog'")
  expect_identical(data, list(X = rbind(c(300, 4), c(2, 5)), Y = matrix(c(1, 0), 1), classes = c("cat", "dog")))
  data <- read_examples(path, "kind", c("dog", "cat"), features = 2)
  expect_identical(data$Y, matrix(c(0, 1), 1))
  expect_error(read_examples(path, "kind", c("dog", "cat"), features = 3),
               sprintf("read_examples: '%s' must have 3 features, as the training data, got 2", path), fixed = TRUE)
  unlink(path)
})

# An IDX file's bytes: magic number (two zero bytes, type code, dimension count), big-endian sizes, values.
idx_bytes <- function(code, dims, body) {
  sizes <- unlist(lapply(dims, function(d) as.raw(d %/% 256^(3:0) %% 256)))
  c(as.raw(c(0, 0, code, length(dims))), sizes, as.raw(body))
}

write_raw <- function(bytes, name, folder = tempfile("dlfp-")) {
  dir.create(folder, showWarnings = FALSE)
  path <- file.path(folder, name)
  writeBin(bytes, path)
  path
}

write_gzip <- function(bytes, name, folder = tempfile("dlfp-")) {
  dir.create(folder, showWarnings = FALSE)
  path <- file.path(folder, name)
  con <- gzfile(path, "wb")
  writeBin(bytes, con)
  close(con)
  path
}

test_that("is_idx tells IDX files, plain or gzipped, from CSV files", {
  bytes <- idx_bytes(8, 2, c(1, 2))
  expect_true(is_idx(write_raw(bytes, "plain")))
  expect_true(is_idx(write_gzip(bytes, "packed.gz")))
  expect_false(is_idx(repo_file("data", "cancer.csv")))
  expect_false(is_idx(file.path(tempfile("dlfp-"), "none")))
  expect_false(is_idx(3))
})

test_that("load_idx gives one column per item, its values in the file's order", {
  file <- load_idx(write_raw(idx_bytes(8, c(2, 2, 3), c(0:5, 250:255)), "two-images-idx3-ubyte"))
  expect_identical(file$dims, c(2, 2, 3))
  expect_identical(file$values, matrix(as.numeric(c(0:5, 250:255)), 6, 2))
})

test_that("load_idx reads every type big-endian", {
  expect_identical(load_idx(write_raw(idx_bytes(9, 2, c(0xff, 0x7f)), "i8"))$values, matrix(c(-1, 127), 1))
  expect_identical(load_idx(write_raw(idx_bytes(11, 2, c(1, 2, 0xff, 0xfe)), "i16"))$values, matrix(c(258, -2), 1))
  expect_identical(load_idx(write_raw(idx_bytes(12, 2, c(0x80, 0, 0, 0, 0, 0, 1, 0)), "i32"))$values,
                   matrix(c(-2^31, 256), 1))
  single <- readBin(writeBin(0.1, raw(), size = 4, endian = "big"), "double", size = 4, endian = "big")
  expect_identical(load_idx(write_raw(idx_bytes(13, 2, c(writeBin(c(0.1, -2), raw(), size = 4, endian = "big"))),
                                      "f32"))$values, matrix(c(single, -2), 1))
  expect_identical(load_idx(write_raw(idx_bytes(14, 2, writeBin(c(0.1, 1e300), raw(), endian = "big")), "f64"))$values,
                   matrix(c(0.1, 1e300), 1))
})

test_that("a gzipped IDX file reads as the plain one", {
  bytes <- idx_bytes(8, c(3, 1, 2), c(0, 255, 51, 102, 1, 2))
  expect_identical(load_idx(write_gzip(bytes, "packed.gz")), load_idx(write_raw(bytes, "plain")))
})

test_that("load_mnist scales the pixels and reads the first and last labels", {
  folder <- tempfile("dlfp-")
  images <- write_raw(idx_bytes(8, c(3, 1, 2), c(0, 255, 51, 102, 1, 2)), "t-images-idx3-ubyte", folder)
  # Gzipped without .gz in its name: the first bytes tell.
  labels <- write_gzip(idx_bytes(8, 3, c(0, 9, 4)), "t-labels-idx1-ubyte", folder)
  data <- load_mnist(images, labels)
  expect_identical(data$X, matrix(c(0, 1, 0.2, 0.4, 1 / 255, 2 / 255), 2))
  expect_identical(data$Y, matrix(c(0, 9, 4), 1))
  # load_digits finds the labels beside the images; these images are not 28 x 28.
  expect_error(load_digits(images), "must hold images of 784 pixels, got 2", fixed = TRUE)
})

test_that("load_digits reads IDX images with the labels beside them as the CSV", {
  csv <- load_digits(repo_file("data", "mnist_test.csv"))
  folder <- tempfile("dlfp-")
  images <- write_gzip(idx_bytes(8, c(5, 28, 28), round(csv$X[, 1:5] * 255)), "t10k-images-idx3-ubyte.gz", folder)
  write_gzip(idx_bytes(8, 5, csv$Y[1, 1:5]), "t10k-labels-idx1-ubyte.gz", folder)
  expect_identical(load_digits(images), list(X = csv$X[, 1:5], Y = csv$Y[, 1:5, drop = FALSE]))
})

test_that("the Fashion-MNIST test files read as ten balanced classes (when make data-full installed them)", {
  fashion <- "/usr/share/datasets/fashion-mnist"
  skip_if_not(dir.exists(fashion), "Debian's dataset-fashion-mnist is not installed (make data-full)")
  data <- load_digits(file.path(fashion, "t10k-images-idx3-ubyte.gz"))
  expect_identical(dim(data$X), c(784L, 10000L))
  expect_identical(range(data$X), c(0, 1))
  expect_identical(as.vector(table(data$Y)), rep(1000L, 10))
  expect_identical(data$X * 255, round(data$X * 255))
})

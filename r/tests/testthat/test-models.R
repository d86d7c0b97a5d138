PARAMETERS <- list(W1 = matrix(c(0.1, 1 / 3, -0, -2, 5e-324, 1.7976931348623157e308), 3, 2),
                   b1 = matrix(c(-0, 1e-300, 7), 3, 1), W2 = matrix(c(1, -1, 2.5), 1, 3), b2 = matrix(0.5))

test_that("a saved model loads with the same bits", {
  path <- tempfile(fileext = ".json")
  stats <- list(mean = matrix(c(0.1, -3), 2, 1), sd = matrix(c(1, 2 / 3), 2, 1))
  save_model(path, PARAMETERS, c("relu", "sigmoid"), stats, c("no", "a \"quoted\"\nname"), "unit_norm")
  model <- load_model(path)
  expect_bitwise(model$parameters, PARAMETERS)
  expect_bitwise(model$stats, stats)
  expect_identical(model[c("activations", "classes", "scaling")],
                   list(activations = c("relu", "sigmoid"), classes = c("no", "a \"quoted\"\nname"),
                        scaling = "unit_norm"))
  expect_true(grepl("[-0.0000000000000000e+00, ", paste(readLines(path), collapse = "\n"), fixed = TRUE))
})

test_that("a model written by another JSON writer loads (jsonlite's, other key order)", {
  # jsonlite writes at most 15 significant digits (and -0 as 0), which read back as the same double only for
  # numbers like these: save_model writes its own 17 digits.
  parameters <- list(W1 = matrix(c(0.1, -2, 0.25, 1e-300), 1, 4), b1 = matrix(7))
  path <- tempfile(fileext = ".json")
  # I(): a one-number list stays a list (auto_unbox would write a number).
  matrix_object <- function(M) list(values = I(as.vector(M)), columns = ncol(M), rows = nrow(M))
  writeLines(jsonlite::toJSON(list(parameters = lapply(parameters, matrix_object), stats = NULL, classes = NULL,
                                   scaling = "none", activations = I("sigmoid"), version = 1, format = "dlfp model"),
                              auto_unbox = TRUE, digits = NA, null = "null", pretty = TRUE), path)
  expect_bitwise(load_model(path)$parameters, parameters)
})

test_that("load_model_data scales the data as the model was trained", {
  path <- tempfile(fileext = ".json")
  save_model(path, list(W1 = matrix(1, 1, 30), b1 = matrix(0)), "sigmoid", scaling = "unit_norm")
  data <- load_model_data(repo_file("data", "cancer.csv"), load_model(path))
  expect_equal(sqrt(colSums(data$X^2)), rep(1, 569), tolerance = 1e-15)
  save_model(path, list(W1 = matrix(1, 10, 784), b1 = matrix(0, 10, 1)), "softmax", scaling = "pixels")
  data <- load_model_data(repo_file("data", "mnist_test.csv"), load_model(path))
  expect_identical(c(dim(data$X), max(data$X)), c(784, 1000, 1))
})

# The model's class names order the labels (here not the sorted order), and its stats standardize X
# (a feature with sd 0 only centred).
test_that("load_model_data reads the labels by the model's classes and applies its stats", {
  data_path <- tempfile(fileext = ".csv")
  writeLines(c("a,b,label", "3,2,no", "5,7,yes"), data_path)
  path <- tempfile(fileext = ".json")
  stats <- list(mean = matrix(c(1, 2), 2, 1), sd = matrix(c(2, 0), 2, 1))
  save_model(path, list(W1 = matrix(1, 1, 2), b1 = matrix(0)), "sigmoid", stats, c("yes", "no"))
  data <- load_model_data(data_path, load_model(path))
  expect_identical(data$X, matrix(c(1, 0, 2, 5), 2, 2))
  expect_identical(data$Y, matrix(c(1, 0), 1, 2))
})

# A reader's file whose labels are in a column of its own name (the --label-column of training).
test_that("load_model_data reads the labels from the named column", {
  data_path <- tempfile(fileext = ".csv")
  writeLines(c("kind,a,b", "yes,3,2", "no,5,7"), data_path)
  path <- tempfile(fileext = ".json")
  save_model(path, list(W1 = matrix(1, 1, 2), b1 = matrix(0)), "sigmoid", classes = c("no", "yes"))
  data <- load_model_data(data_path, load_model(path), "kind")
  expect_identical(data$X, matrix(c(3, 2, 5, 7), 2, 2))
  expect_identical(data$Y, matrix(c(1, 0), 1, 2))
  # Without the column's name the labels read as a feature, which the refusal says.
  expect_error(load_model_data(data_path, load_model(path)), "got 'yes' \\(the file has no label column 'label'\\)$")
})

# A file without the label column gives X as the model takes it and Y NULL: a model with class names and
# stats, one without class names, and one of MNIST's pixels (the digits of data/ without their label
# column read as the labelled file's pixels).
test_that("load_model_data reads new examples without labels", {
  data_path <- tempfile(fileext = ".csv")
  writeLines(c("a,b", "3,2", "5,7"), data_path)
  path <- tempfile(fileext = ".json")
  stats <- list(mean = matrix(c(1, 2), 2, 1), sd = matrix(c(2, 0), 2, 1))
  save_model(path, list(W1 = matrix(1, 1, 2), b1 = matrix(0)), "sigmoid", stats, c("yes", "no"))
  data <- load_model_data(data_path, load_model(path))
  expect_identical(data$X, matrix(c(1, 0, 2, 5), 2, 2))
  expect_null(data$Y)
  save_model(path, list(W1 = matrix(1, 3, 2), b1 = matrix(0, 3, 1)), "softmax")
  data <- load_model_data(data_path, load_model(path))
  expect_identical(data$X, matrix(c(3, 2, 5, 7), 2, 2))
  expect_null(data$Y)
  rows <- sub(",[^,]*$", "", readLines(repo_file("data", "mnist_test.csv"), n = 4))
  writeLines(rows, data_path)
  save_model(path, list(W1 = matrix(1, 10, 784), b1 = matrix(0, 10, 1)), "softmax", scaling = "pixels")
  data <- load_model_data(data_path, load_model(path))
  expect_null(data$Y)
  expect_identical(data$X, load_model_data(repo_file("data", "mnist_test.csv"), load_model(path))$X[, 1:3])
})

test_that("a refused model writes no file", {
  folder <- tempfile("dlfp-")
  dir.create(folder)
  expect_error(save_model(file.path(folder, "m.json"), PARAMETERS, c("relu", "softmax"), classes = c("a", "b")))
  expect_identical(list.files(folder, all.files = TRUE, no.. = TRUE), character(0))
})

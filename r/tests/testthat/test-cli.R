DEFAULTS <- list(data = "data/x.csv", iterations = 10, learning_rate = 0.5, seed = 1, out = "build")
# The repository folder: the options table is read from REPO/tables, default paths join it.
REPO <- repo_root()

test_that("defaults are relative to the repository, given paths to the working folder", {
  expect_identical(parse_options(character(0), DEFAULTS, REPO),
                   list(data = paste0(REPO, "/data/x.csv"), iterations = 10, learning_rate = 0.5, seed = 1,
                        out = paste0(REPO, "/build")))
  expect_identical(parse_options(c("--data", "d.csv", "--out=/tmp/o"), DEFAULTS, REPO)[c("data", "out")],
                   list(data = "d.csv", out = "/tmp/o"))
})

test_that("a path without a default stays NULL until given", {
  defaults <- list(out = "build", save_model = NULL)
  expect_null(parse_options(character(0), defaults, REPO)$save_model)
  expect_identical(parse_options(c("--save-model", "m.json"), defaults, REPO)$save_model, "m.json")
  expect_identical(strsplit(usage("p", "d", defaults, REPO), "\n")[[1]][4],
                   paste("  --save-model PATH   write the trained network to this model file (load_model, the predict",
                         "script) (default: none)"))
})

# A value ending in a newline, which a regular expression's $ can let through: a message of two lines, which
# the parity bridge (and so tables/bad_input.json) cannot compare.
test_that("a number ending in a newline is refused", {
  expect_error(parse_options(c("--learning-rate", "0.5\n"), DEFAULTS, REPO),
               "--learning-rate must be a positive number, got '0.5\n'", fixed = TRUE)
})

test_that("both option forms are read and converted", {
  options <- parse_options(c("--iterations", "7", "--learning-rate=0.25", "--seed=0", "--seed", "12"),
                           DEFAULTS, REPO)
  expect_identical(options[c("iterations", "learning_rate", "seed")], list(iterations = 7, learning_rate = 0.25, seed = 12))
  expect_identical(parse_options("--learning-rate=.5e1", DEFAULTS, REPO)$learning_rate, 5)
  expect_identical(parse_options("--data=a=b.csv", DEFAULTS, REPO)$data, "a=b.csv")
})

test_that("the usage text names every option and its default", {
  lines <- strsplit(usage("prog", "What it does.", DEFAULTS, REPO), "\n")[[1]]
  expect_identical(lines[1:2], c("usage: prog [--data PATH] [--iterations N] [--learning-rate A] [--seed S] [--out DIR]",
                                 "What it does."))
  expect_identical(lines[4], "  --iterations N      training iterations, a positive integer (default: 10)")
  expect_identical(lines[5], "  --learning-rate A   learning rate, a positive number (default: 0.5)")
  expect_identical(lines[8], "  --help              show this help")
})

# A chapter script (chapter 1 unless named) as a user runs it, from a scratch folder.
run_script_as_user <- function(args, name = "ch1_logistic_regression") {
  script <- repo_file("r", "scripts", paste0(name, ".R"))
  folder <- tempfile("dlfp-run-")
  dir.create(folder)
  writeLines(c("a,b,label", "1,2,0", "3,x,1"), file.path(folder, "bad.csv"))
  out <- file.path(folder, c("stdout", "stderr"))
  old <- setwd(folder)
  on.exit(setwd(old))
  # The installed script loads the dlfp this session found: its library path goes to the child.
  status <- system2(file.path(R.home("bin"), "Rscript"), c(shQuote(script), shQuote(args)),
                    stdout = out[1], stderr = out[2], env = paste0("R_LIBS=", paste(.libPaths(), collapse = ":")))
  list(status = status, stdout = readLines(out[1]), stderr = readLines(out[2]),
       wrote_out = dir.exists(file.path(folder, "out")))
}

# The scripts' refusals are tables/bad_input.json's, which the parity suite runs; here how one is given.
test_that("the script refuses bad input with one line on stderr and status 1", {
  result <- run_script_as_user(c("--data", "bad.csv", "--out", "out"))
  expect_identical(result$status, 1L)
  expect_identical(result$stderr,
                   "ch1_logistic_regression: read_dataset: 'bad.csv' line 3 column 'b' must be a finite number, got 'x'")
  expect_identical(result$stdout, character(0))
  expect_false(result$wrote_out)
})

test_that("the script prints its usage for --help", {
  result <- run_script_as_user(c("--seed", "3", "--help"))
  expect_identical(result$status, 0L)
  expect_identical(result$stdout[1], paste("usage: ch1_logistic_regression [--data PATH] [--label-column NAME]",
                                           "[--test-fraction F] [--iterations N]",
                                           "[--learning-rate A] [--seed S] [--out DIR] [--save-model PATH]"))
  expect_identical(result$stdout[6], "  --iterations N      training iterations, a positive integer (default: 4000)")
  expect_identical(result$stdout[7], "  --learning-rate A   learning rate, a positive number (default: 0.75)")
  # A flag's help ends in its default, off (chapter 2 takes --standardize; chapter 1 trains both scalings).
  result <- run_script_as_user("--help", "ch2_one_hidden_layer")
  expect_identical(result$stdout[6], paste("  --standardize       centre each feature and divide it by its standard",
                                           "deviation on the training examples (default: off)"))
})

test_that("the script trains, prints and plots", {
  result <- run_script_as_user(c("--iterations", "150", "--out", "out"))
  expect_identical(result$status, 0L)
  # The run's record (format_run), then the standardised run: zero weights predict 1/2 for every example, a cost of ln 2.
  expect_identical(result$stdout[1], "data: 'cancer.csv', 569 examples of 30 features")
  expect_identical(result$stdout[5:6], c(paste("== standardized: each feature centred and divided by its standard",
                                               "deviation on the training examples"), "iteration 0: cost 0.6931471806"))
  expect_match(result$stdout[9], "^train accuracy: 0\\.[0-9]{4}$")
  expect_true(result$wrote_out)
})

test_that("the usage text shows a whole learning rate as Python shows a float", {
  lines <- strsplit(usage("prog", "What it does.", modifyList(DEFAULTS, list(learning_rate = 1)), REPO), "\n")[[1]]
  expect_identical(lines[5], "  --learning-rate A   learning rate, a positive number (default: 1)")
})

MNIST_DEFAULTS <- list(data = "data/train.csv", test_data = "data/test.csv", iterations = 10, learning_rate = 0.1,
                       batch_size = 64, seed = 1, out = "build")

test_that("--test-data and --batch-size are read when the defaults name them", {
  options <- parse_options(c("--batch-size", "32", "--test-data=t.csv"), MNIST_DEFAULTS, REPO)
  expect_identical(options, list(data = paste0(REPO, "/data/train.csv"), test_data = "t.csv", iterations = 10,
                                 learning_rate = 0.1, batch_size = 32, seed = 1, out = paste0(REPO, "/build")))
  expect_identical(parse_options(character(0), MNIST_DEFAULTS, REPO)$test_data, paste0(REPO, "/data/test.csv"))
})

test_that("the usage text lists the options the defaults name, iterations as epochs with batches", {
  expect_identical(usage("ch5", "Digits.", MNIST_DEFAULTS, REPO), paste(c(
    paste("usage: ch5 [--data PATH] [--test-data PATH] [--iterations N] [--learning-rate A] [--batch-size B]",
          "[--seed S] [--out DIR]"),
    "Digits.",
    "  --data PATH         data file (default: data/train.csv)",
    "  --test-data PATH    test data file (default: data/test.csv)",
    "  --iterations N      training epochs, a positive integer (default: 10)",
    "  --learning-rate A   learning rate, a positive number (default: 0.1)",
    "  --batch-size B      mini-batch size, a positive integer (default: 64)",
    "  --seed S            seed of the portable generator, 0..2147483647 (default: 1)",
    "  --out DIR           folder for the plots (default: build)",
    "  --help              show this help"), collapse = "\n"))
  expect_identical(strsplit(usage("prog", "What it does.", DEFAULTS, REPO), "\n")[[1]][c(3, 7)],
                   c("  --data PATH         data file (default: data/x.csv)",
                     "  --out DIR           folder for the plots (default: build)"))
})

test_that("the MNIST script refuses a test file that is not digits", {
  spiral <- repo_file("data", "spiral.csv")
  # The package ships the test digits only: they stand in for the training digits.
  result <- run_script_as_user(c("--data", repo_file("data", "mnist_test.csv"), "--test-data", spiral, "--out", "out"),
                               name = "ch5_mnist")
  expect_identical(result$status, 1L)
  expect_identical(result$stderr, sprintf("ch5_mnist: read_examples: '%s' must have 784 features, as the training data, got 2",
                                          spiral))
  expect_identical(result$stdout, character(0))
  expect_false(result$wrote_out)
})

TUNE_DEFAULTS <- list(data = "data/spiral.csv", iterations = 100, trials = 10, seed = 1, out = "build")

test_that("--trials is read when the defaults name it, and iterations are epochs per trial", {
  expect_identical(parse_options(c("--trials", "4"), TUNE_DEFAULTS, REPO)$trials, 4)
  lines <- strsplit(usage("tune", "Tuning.", TUNE_DEFAULTS, REPO), "\n")[[1]]
  expect_identical(lines[1], "usage: tune [--data PATH] [--iterations N] [--trials N] [--seed S] [--out DIR]")
  expect_identical(lines[4:5], c("  --iterations N      training epochs per trial, a positive integer (default: 100)",
                                 "  --trials N          trials per search round, a positive integer (default: 10)"))
})

test_that("the tables name known kinds and options, and their whole numbers are doubles", {
  options <- option_table(REPO)
  keys <- vapply(options, function(option) option$key, "")
  expect_identical(length(unique(keys)), 16L)
  expect_setequal(vapply(options, function(option) option$kind, ""),
                  c("path", "positive integer", "positive number", "seed", "text", "fraction", "flag", "sizes"))
  chapters <- chapter_table(REPO)
  expect_identical(vapply(chapters, function(chapter) chapter$key, ""), c(paste0("ch", 1:8), "tune"))
  for (chapter in chapters) {
    expect_true(all(names(chapter$defaults) %in% keys), label = chapter$key)
    expect_true(file.exists(repo_file("r", "scripts", paste0(chapter$script, ".R"))), label = chapter$key)
  }
  expect_identical(chapters[[1]]$defaults, list(data = "data/cancer.csv", label_column = "label", test_fraction = 0.25,
                                                iterations = 4000, learning_rate = 0.75,
                                                seed = 1, out = "build", save_model = NULL))
  expect_identical(chapters[[3]]$defaults$hidden, list(9, 9))
})

test_that("the script takes its name, description and defaults from the table", {
  chapter <- chapter_table(REPO)[[1]]
  result <- run_script_as_user("--help")
  expect_identical(result$stdout, strsplit(usage(chapter$script, chapter$description, chapter$defaults, REPO), "\n")[[1]])
})

test_that("without a repository the tables are the package's and defaults its data or the working folder", {
  expect_identical(chapter_table(NULL), chapter_table(REPO))
  expect_identical(option_table(NULL), option_table(REPO))
  defaults <- list(data = "data/spiral.csv", test_data = "data/not_shipped.csv", iterations = 10, out = "build")
  options <- parse_options(character(0), defaults, NULL)
  expect_identical(options$data, system.file("extdata", "spiral.csv", package = "dlfp"))
  expect_identical(load_dataset(options$data, n_classes = 3)$Y, load_dataset(repo_file("data", "spiral.csv"), 3)$Y)
  expect_identical(options[c("test_data", "out")], list(test_data = "data/not_shipped.csv", out = "build"))
})

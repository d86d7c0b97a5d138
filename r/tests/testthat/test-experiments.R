OPTIONS <- list(label_column = "label", test_fraction = 0, standardize = FALSE, hidden = 3, seed = 1)
NETWORK <- list(chapter = "chx", title = "t {shape}", activations = c("tanh", "sigmoid"))

test_that("run_experiment prints cost lines, accuracy, metrics and writes the plots", {
  folder <- tempfile()
  on.exit(unlink(folder, recursive = TRUE))
  options <- modifyList(OPTIONS, list(data = repo_file("data", "moons.csv"), out = folder))
  config <- train_config(learning_rate = 0.5, iterations = 5, print_every = 2)
  lines <- capture.output(run_experiment(options, NETWORK, config))
  # The run's record first: the file's name, its examples (a line each after the header), the network.
  m <- length(readLines(options$data)) - 1
  expect_identical(lines[1:3], c(sprintf("data: 'moons.csv', %d examples of 2 features", m), "classes: 0, 1",
                                 "network: 2-3-1, tanh/sigmoid"))
  expect_match(lines[4], "^iteration 0: cost 0\\.69")
  expect_match(lines[7], "^train accuracy: ")
  metrics <- grep("^accuracy 95 % confidence interval: ", lines)
  expect_length(metrics, 1)
  expect_match(lines[metrics + 1], "^kappa: ")
  expect_identical(sort(list.files(folder)), c("chx_boundary_r.png", "chx_cost_r.png", "chx_data_r.png"))
})

test_that("more than two features, a test split and text labels", {
  k <- 0:19
  path <- write_temp(paste0(paste(c("a,b,c,kind", sprintf("%d,%d,%d,%s", k, k %% 3, (k * 7) %% 5,
                                                          ifelse(k %% 2 == 1, "yes", "no"))), collapse = "\n"), "\n"))
  folder <- tempfile()
  options <- modifyList(OPTIONS, list(data = path, out = folder, label_column = "kind", test_fraction = 0.25,
                                      standardize = TRUE, hidden = c(4, 2)))
  lines <- capture.output(run_experiment(options, NETWORK, train_config(learning_rate = 0.1, iterations = 3,
                                                                        print_every = 10)))
  expect_identical(lines[1], "read_dataset: classes of 'kind': 0 = 'no', 1 = 'yes'")
  expect_identical(lines[2:5], c("data: 'bad.csv', 20 examples of 3 features", "classes: 0 = 'no', 1 = 'yes'",
                                 "held out: 5 of 20 examples, not trained on", "network: 3-4-2-1, tanh/tanh/sigmoid"))
  expect_match(lines[8], "^train accuracy: ")
  expect_match(lines[9], "^test accuracy: ")
  expect_identical(lines[length(lines)], "no decision boundary: the data has 3 features and the picture draws 2")
  expect_identical(list.files(folder), "chx_cost_r.png")
  heading <- grep("^confusion matrix", lines)
  counts <- unlist(lapply(strsplit(trimws(lines[heading + 2:3]), " +"), function(f) as.numeric(f[-1])))
  expect_identical(sum(counts), 5)
  unlink(folder, recursive = TRUE)
})

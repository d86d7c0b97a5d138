test_that("run_experiment prints cost lines, accuracy and writes both plots", {
  folder <- tempfile()
  on.exit(unlink(folder, recursive = TRUE))
  data <- file.path(dirname(dirname(dirname(dirname(normalizePath(test_path("test-experiments.R")))))),
                    "data", "moons.csv")
  options <- list(data = data, seed = 1, out = folder)
  network <- list(chapter = "chx", title = "t", classes = 2, hidden = 3, activations = c("tanh", "sigmoid"))
  config <- train_config(learning_rate = 0.5, iterations = 5, print_every = 2)
  lines <- capture.output(run_experiment(options, network, config))
  expect_match(lines[1], "^iteration 0: cost 0\\.69")
  expect_match(lines[4], "^train accuracy: ")
  expect_true(file.exists(file.path(folder, "chx_cost_r.png")))
  expect_true(file.exists(file.path(folder, "chx_boundary_r.png")))
})

# R's vectors and character matrices, which tables/bad_input.json (the refusals) cannot write.
test_that("check_matrix refuses a vector and a matrix of text", {
  expect_error(check_matrix("f", "X", 1:3), "f: X must be a 2-D matrix", fixed = TRUE)
  expect_error(check_matrix("f", "X", matrix("a")), "f: X must be a 2-D matrix", fixed = TRUE)
  expect_silent(check_matrix("f", "X", matrix(1:4, 2)))
})

test_that("check_positive takes positive numbers", {
  expect_silent(check_positive("f", "n", 3, integer = TRUE))
  expect_silent(check_positive("f", "a", 1e-300))
})

test_that("check_count returns the count", {
  expect_identical(check_count("f", "n", 0), 0)
})

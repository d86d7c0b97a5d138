# The recurrence one step at a time, as in L'Ecuyer's paper. The multipliers are
# below 2^16, so a * x < 2^47 is exact in doubles without the split of .mulmod.
scalar_stream <- function(rng, n) {
  x1 <- rng$x1
  x2 <- rng$x2
  out <- numeric(n)
  for (i in seq_len(n)) {
    x1 <- (40014 * x1) %% 2147483563
    x2 <- (40692 * x2) %% 2147483399
    z <- x1 - x2
    out[i] <- (if (z < 1) z + 2147483562 else z) / 2147483563
  }
  out
}

test_that("the blocked stream equals the plain recurrence across block boundaries", {
  for (seed in c(0, 1, 123456)) {
    u <- rng_uniform(rng_seed(seed), 1, 9000)$values
    expect_bitwise(u[1, ], scalar_stream(rng_seed(seed), 9000))
  }
})

test_that("mulmod is exact where the plain product would not be", {
  m <- 2147483563
  expect_equal(.mulmod(m - 1, m - 1, m), 1)
  # 2^30 * 2^30 mod m by doubling 30 times, each step exact.
  x <- 2^30
  for (i in 1:30) x <- (2 * x) %% m
  expect_equal(.mulmod(2^30, 2^30, m), x)
  a <- c(12345, 2147483000, 1)
  b <- c(2147480000, 99991, 2147483562)
  # (a * b) mod m via the other operand's 16-bit halves.
  ah <- floor(a / 65536)
  al <- a - ah * 65536
  expected <- ((((ah * b) %% m) * 65536) %% m + (al * b) %% m) %% m
  expect_equal(.mulmod(a, b, m), expected)
})

test_that("seeds jump 2^40 steps per unit, as Python computes them", {
  expect_identical(rng_seed(0), list(x1 = 40014, x2 = 40692))
  expect_identical(rng_seed(1), list(x1 = 1750489601, x2 = 1287259746))
  expect_identical(rng_seed(3), list(x1 = 305090402, x2 = 14853361))
  expect_identical(rng_seed(2147483647), list(x1 = 1921370698, x2 = 1495500721))
})

test_that("the first uniforms of seed 0 are Python's, bit for bit", {
  u <- rng_uniform(rng_seed(0), 1, 3)$values
  expect_bitwise(u, matrix(as.numeric(c("0x1.f2f43cc356306p-1", "0x1.4b8302fc25p-1", "0x1.551463da7f8a5p-2")), 1))
})

test_that("draws split across calls equal one call", {
  whole <- rng_uniform(rng_seed(7), 1, 9000)
  first <- rng_uniform(rng_seed(7), 1, 4500)
  second <- rng_uniform(first$rng, 1, 4500)
  expect_bitwise(whole$values, cbind(first$values, second$values))
  expect_identical(whole$rng, second$rng)
})

test_that("matrices fill column by column", {
  stream <- rng_uniform(rng_seed(5), 1, 12)$values
  matrix <- rng_uniform(rng_seed(5), 3, 4)$values
  expect_equal(dim(matrix), c(3, 4))
  expect_bitwise(matrix[, 2], stream[1, 4:6])
  normals <- rng_normal(rng_seed(5), 3, 4)$values
  expect_bitwise(normals[, 3], rng_normal(rng_seed(5), 1, 12)$values[1, 7:9])
})

test_that("uniforms lie in (0, 1) with the moments of U(0, 1)", {
  u <- rng_uniform(rng_seed(11), 1, 100000)$values
  expect_true(min(u) > 0 && max(u) < 1)
  expect_lt(abs(mean(u) - 0.5), 0.005)
  expect_lt(abs(mean((u - mean(u))^2) - 1 / 12), 0.002)
})

test_that("normals have mean 0 and sd 1, and pair uniforms as Box-Muller", {
  z <- rng_normal(rng_seed(11), 1, 100000)$values
  expect_lt(abs(mean(z)), 0.01)
  expect_lt(abs(sd(z) - 1), 0.01)
  u <- rng_uniform(rng_seed(11), 1, 4)$values
  expect_identical(z[1, 1:2], sqrt(-2 * log(u[c(1, 3)])) * cos(6.283185307179586 * u[c(2, 4)]))
})

test_that("a permutation holds every index once and is the stable sort order", {
  draw <- rng_permutation(rng_seed(2), 1000)
  expect_identical(sort(draw$values), 1:1000)
  u <- rng_uniform(rng_seed(2), 1, 1000)$values[1, ]
  expect_true(all(diff(u[draw$values]) >= 0))
  expect_identical(draw$rng, rng_uniform(rng_seed(2), 1, 1000)$rng)
})

test_that("different seeds give different streams", {
  a <- rng_uniform(rng_seed(1), 1, 100)$values
  b <- rng_uniform(rng_seed(2), 1, 100)$values
  expect_false(any(a == b))
})

test_that("empty draws return the state unchanged", {
  draw <- rng_normal(rng_seed(4), 0, 3)
  expect_equal(dim(draw$values), c(0, 3))
  expect_identical(draw$rng, rng_seed(4))
})

# R's NA, which tables/bad_input.json (the refusals) cannot write.
test_that("NA is not a seed", {
  expect_error(rng_seed(NA), "rng_seed: seed must be an integer in 0..2147483647, got nan", fixed = TRUE)
})

test_that("draw_uniform is rng_uniform without the checks", {
  expect_identical(draw_uniform(rng_seed(3), 5, 4), rng_uniform(rng_seed(3), 5, 4))
})

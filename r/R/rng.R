# The portable random generator (docs/rng.md): identical streams in Python, R and Octave.
#
# L'Ecuyer's combined multiplicative generator. R has no 64-bit integers, so
# every product is computed exactly in doubles (.mulmod, .block): all intermediate
# values are integers below 2^53, hence the same as Python's int64 results.

.M1 <- 2147483563
.A1 <- 40014
.M2 <- 2147483399
.A2 <- 40692
.BLOCK <- 4096
.SEED_JUMP <- 2^40
.TWO_PI <- 6.283185307179586
.MAX_SEED <- 2^31

# Power tables, built on first use.
.rng_cache <- new.env(parent = emptyenv())

# x mod m for exact integers x < 2^53 and 0 < m < 2^31: x / m is then rounded
# far less than the distance to the next integer, so floor() is exact.
.mod <- function(x, m) x - floor(x / m) * m

# a * b mod m, exactly, for 0 <= a, b < m < 2^31 (vectorised): b is split into
# 16-bit halves so that every partial product stays below 2^47.
.mulmod <- function(a, b, m) {
  bh <- floor(b / 65536)
  bl <- b - bh * 65536
  t <- .mod(a * bh, m)
  t <- .mod(t * 65536, m)
  .mod(t + .mod(a * bl, m), m)
}

# base^exponent mod m by square-and-multiply (exponent an exact integer double).
.power_mod <- function(base, exponent, m) {
  result <- 1
  while (exponent > 0) {
    if (.mod(exponent, 2) == 1) result <- .mulmod(result, base, m)
    base <- .mulmod(base, base, m)
    exponent <- floor(exponent / 2)
  }
  result
}

# P[k] = a^k mod m for k = 1..BLOCK, built by doubling as in Python.
.power_table <- function(a, m) {
  table <- a
  while (length(table) < .BLOCK) table <- c(table, .mulmod(table, table[length(table)], m))
  table[seq_len(.BLOCK)]
}

# With Q[k] = P[k] 2^16 mod m, x P[k] mod m = (floor(x / 2^16) Q[k] + (x mod 2^16) P[k]) mod m:
# every term stays below 2^48, and it takes fewer operations than .mulmod.
.power_tables <- function() {
  if (is.null(.rng_cache$P1)) {
    .rng_cache$P1 <- .power_table(.A1, .M1)
    .rng_cache$P2 <- .power_table(.A2, .M2)
    .rng_cache$Q1 <- .mulmod(.rng_cache$P1, 65536, .M1)
    .rng_cache$Q2 <- .mulmod(.rng_cache$P2, 65536, .M2)
  }
  .rng_cache
}

# x P[1..count] mod m through the tables P and Q (.power_tables).
.block <- function(x, P, Q, count, m) {
  high <- floor(x / 65536)
  .mod(high * Q[seq_len(count)] + (x - high * 65536) * P[seq_len(count)], m)
}

#' The generator state for an integer seed, 0 <= seed < 2^31.
#' @param seed a whole number in 0..2147483647
#' @return list(x1 =, x2 =), both doubles
rng_seed <- function(seed) {
  if (!.is_number(seed) || seed != floor(seed) || seed < 0 || seed >= .MAX_SEED) {
    .stop("rng_seed: seed must be an integer in 0..2147483647, got %s", value_text(seed))
  }
  jump1 <- .power_mod(.A1, .SEED_JUMP, .M1)
  jump2 <- .power_mod(.A2, .SEED_JUMP, .M2)
  list(x1 = .mulmod(.A1, .power_mod(jump1, seed, .M1), .M1),
       x2 = .mulmod(.A2, .power_mod(jump2, seed, .M2), .M2))
}

#' Refuse anything but a state from rng_seed: x1 in 1..m1-1, x2 in 1..m2-1, whole numbers
#' (R would go on with NA; a state of 0 would stick at 0).
#' @param caller the calling function's name, which starts the message
#' @param rng generator state (rng_seed)
check_rng <- function(caller, rng) {
  ok <- is.list(rng) && all(vapply(rng[c("x1", "x2")], .is_number, logical(1)))
  ok <- ok && all(c(rng$x1, rng$x2) == floor(c(rng$x1, rng$x2))) &&
    rng$x1 >= 1 && rng$x1 < .M1 && rng$x2 >= 1 && rng$x2 < .M2
  if (!isTRUE(ok)) .stop("%s: rng must be a generator state from rng_seed", caller)
}

# n uniforms in (0, 1) as a vector, and the new state: blocks of up to BLOCK
# draws, each x * P[1..count] mod m.
.uniform_stream <- function(rng, n) {
  tables <- .power_tables()
  x1 <- rng$x1
  x2 <- rng$x2
  out <- numeric(n)
  for (start in seq(0, length.out = ceiling(n / .BLOCK), by = .BLOCK)) {
    count <- min(.BLOCK, n - start)
    s1 <- .block(x1, tables$P1, tables$Q1, count, .M1)
    s2 <- .block(x2, tables$P2, tables$Q2, count, .M2)
    x1 <- s1[count]
    x2 <- s2[count]
    z <- s1 - s2
    z[z < 1] <- z[z < 1] + (.M1 - 1)
    out[start + seq_len(count)] <- z / .M1
  }
  list(values = out, rng = list(x1 = x1, x2 = x2))
}

#' An n_rows x n_cols matrix of uniforms in (0, 1), filled column by column.
#' @param rng generator state (rng_seed)
#' @param n_rows rows, a whole number >= 0
#' @param n_cols columns, a whole number >= 0
#' @return list(values = n_rows x n_cols matrix, rng = new state)
rng_uniform <- function(rng, n_rows, n_cols) {
  check_rng("rng_uniform", rng)
  check_count("rng_uniform", "n_rows", n_rows)
  check_count("rng_uniform", "n_cols", n_cols)
  draw_uniform(rng, n_rows, n_cols)
}

#' rng_uniform's arithmetic without its argument checks, for callers that have checked them
#' (dropout masks are drawn on every batch of a training run).
#' @param rng generator state (rng_seed)
#' @param n_rows rows, a whole number >= 0
#' @param n_cols columns, a whole number >= 0
#' @return as rng_uniform
draw_uniform <- function(rng, n_rows, n_cols) {
  draw <- .uniform_stream(rng, n_rows * n_cols)
  list(values = matrix(draw$values, n_rows, n_cols), rng = draw$rng)
}

#' An n_rows x n_cols matrix of standard normals (Box-Muller, cosine branch):
#' z_k = sqrt(-2 log u_(2k-1)) cos(2 pi u_(2k)), with glibc's log and cos.
#' @param rng generator state (rng_seed)
#' @param n_rows rows, a whole number >= 0
#' @param n_cols columns, a whole number >= 0
#' @return list(values = n_rows x n_cols matrix, rng = new state)
rng_normal <- function(rng, n_rows, n_cols) {
  check_rng("rng_normal", rng)
  check_count("rng_normal", "n_rows", n_rows)
  check_count("rng_normal", "n_cols", n_cols)
  n <- n_rows * n_cols
  draw <- .uniform_stream(rng, 2 * n)
  radius <- sqrt(-2.0 * log(draw$values[2 * seq_len(n) - 1]))
  angle <- cos(.TWO_PI * draw$values[2 * seq_len(n)])
  list(values = matrix(radius * angle, n_rows, n_cols), rng = draw$rng)
}

#' A random permutation of 1..n: the stable sort order of n uniforms
#' (Python returns the same permutation 0-based).
#' @param rng generator state (rng_seed)
#' @param n the permutation's length, a whole number >= 0
#' @return list(values = integer vector of length n, rng = new state)
rng_permutation <- function(rng, n) {
  check_rng("rng_permutation", rng)
  check_count("rng_permutation", "n", n)
  draw <- .uniform_stream(rng, n)
  list(values = order(draw$values, method = "radix"), rng = draw$rng)
}

# Data sets: strict CSV loading, the MNIST digits, the spiral and moons generators, scaling and the train/test split.
#
# A data file is a CSV with a header line whose last field is "label", then one
# example per line: the features, then an integer label 0..K-1.

PI <- 3.141592653589793
NUMBER <- "[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?"

# Does the whole of each string match the pattern (Python's re.fullmatch)?
.full_match <- function(pattern, x) {
  grepl(paste0("\\A(?:", pattern, ")\\z"), x, perl = TRUE, useBytes = TRUE)
}

.load_fail <- function(path, problem) .stop("load_dataset: '%s' %s", path, problem)

# The lines of a file as Python reads them: universal newlines, no final empty line.
.read_lines <- function(path) {
  size <- file.size(path)
  if (size == 0) return(character(0))
  text <- readChar(path, size, useBytes = TRUE)
  text <- gsub("\r\n?", "\n", text, useBytes = TRUE)
  strsplit(text, "\n", fixed = TRUE, useBytes = TRUE)[[1]]
}

# The fields of one line as Python's str.split(","), which keeps trailing empty fields.
.split_fields <- function(line) strsplit(paste0(line, ","), ",", fixed = TRUE, useBytes = TRUE)[[1]]

.comma_count <- function(lines) {
  nchar(lines, type = "bytes") - nchar(gsub(",", "", lines, fixed = TRUE, useBytes = TRUE), type = "bytes")
}

# Refuse the first line that is not n_fields numbers, as Python does.
.check_lines <- function(path, lines, n_fields) {
  ok <- .full_match(sprintf("%s(?:,%s)*", NUMBER, NUMBER), lines) & .comma_count(lines) == n_fields - 1
  if (all(ok)) return(invisible())
  row <- which(!ok)[1]
  fields <- .split_fields(lines[row])
  if (length(fields) != n_fields) {
    .load_fail(path, sprintf("line %d has %d fields, expected %d", row + 1, length(fields), n_fields))
  }
  bad <- which(!.full_match(NUMBER, fields))[1]
  .load_fail(path, sprintf("line %d field %d is not a finite number: '%s'", row + 1, bad, fields[bad]))
}

# Correctly rounded conversion of strings that match NUMBER, as Python's float().
# R's own conversion is exact for integers of up to 19 digits, but rounds twice
# (off by one ulp, rarely) for decimals; jsonlite converts with C's strtod.
.parse_numbers <- function(fields) {
  values <- numeric(length(fields))
  plain <- !grepl("[.eE]", fields, useBytes = TRUE) & nchar(fields, type = "bytes") <= 19
  values[plain] <- as.numeric(fields[plain])
  if (any(!plain)) values[!plain] <- .strtod(fields[!plain])
  values
}

# NUMBER strings rewritten as JSON numbers (no "+", no leading zeros, digits on
# both sides of the point, an exponent on long integers), then parsed.
.strtod <- function(x) {
  x <- sub("^\\+", "", x, useBytes = TRUE)
  x <- sub("^(-?)0+(?=[0-9])", "\\1", x, perl = TRUE, useBytes = TRUE)
  x <- sub("^(-?)\\.", "\\10.", x, useBytes = TRUE)
  x <- sub("\\.(?![0-9])", ".0", x, perl = TRUE, useBytes = TRUE)
  x <- sub("^([^.eE]*)$", "\\1e0", x, useBytes = TRUE)
  as.numeric(parse_json(paste0("[", paste(x, collapse = ","), "]"), simplifyVector = TRUE))
}

# Refuse overflowed numbers (1e999) and labels that are not integers 0..n_classes-1.
.check_values <- function(path, lines, values, n_classes) {
  bad_rows <- which(colSums(!is.finite(values)) > 0)
  if (length(bad_rows) > 0) {
    row <- bad_rows[1]
    col <- which(!is.finite(values[, row]))[1]
    .load_fail(path, sprintf("line %d field %d is not a finite number: '%s'", row + 1, col,
                             .split_fields(lines[row])[col]))
  }
  labels <- values[nrow(values), ]
  bad <- labels != floor(labels) | labels < 0 | labels > n_classes - 1
  if (any(bad)) {
    row <- which(bad)[1]
    .load_fail(path, sprintf("line %d label must be an integer in 0..%s, got %s", row + 1,
                             value_text(n_classes - 1), value_text(labels[row])))
  }
}

#' Read a data file.
#' @param path a CSV file: header "x1,...,label", one example per line
#' @param n_classes the labels must be integers 0..n_classes-1
#' @return list(X = features x examples matrix, Y = 1 x examples matrix)
load_dataset <- function(path, n_classes) {
  if (!file.exists(path) || dir.exists(path)) .stop("load_dataset: cannot read '%s': no such file", path)
  lines <- .read_lines(path)
  if (length(lines) == 0) .load_fail(path, "is empty")
  header <- .split_fields(lines[1])
  if (length(header) < 2 || header[length(header)] != "label") {
    .load_fail(path, "line 1 must be a header whose last field is 'label'")
  }
  if (length(lines) == 1) .load_fail(path, "has no data rows")
  n_fields <- length(header)
  lines <- lines[-1]
  .check_lines(path, lines, n_fields)
  fields <- unlist(strsplit(lines, ",", fixed = TRUE, useBytes = TRUE))
  values <- matrix(.parse_numbers(fields), nrow = n_fields)
  .check_values(path, lines, values, n_classes)
  list(X = values[-n_fields, , drop = FALSE], Y = values[n_fields, , drop = FALSE])
}

#' Pixels in an MNIST digit: a 28 x 28 image.
MNIST_PIXELS <- 784

#' MNIST digits (load_dataset with 10 classes) with the pixels scaled from 0..255 to [0, 1];
#' each column is one 28 x 28 image, its rows one after another.
#' @param path the file's path
#' @return list(X = MNIST_PIXELS x examples matrix, Y = 1 x examples matrix)
load_digits <- function(path) {
  data <- load_dataset(path, n_classes = 10)
  if (nrow(data$X) != MNIST_PIXELS) {
    .stop("load_digits: '%s' must have %d pixel columns, got %d", path, MNIST_PIXELS, nrow(data$X))
  }
  list(X = data$X / 255, Y = data$Y)
}

#' Refuse Y unless it is a 1 x m matrix of integer labels 0..n_classes-1.
#' @param caller the calling function's name, which starts the message
#' @param Y 1 x m matrix of labels 0..K-1
#' @param m the number of examples the labels must have
#' @param n_classes the number of classes K
check_labels <- function(caller, Y, m, n_classes) {
  .check_label_shape(caller, Y, m)
  if (!isTRUE(all(Y == floor(Y) & Y >= 0 & Y <= n_classes - 1))) {
    .stop("%s: Y must hold integer labels in 0..%s", caller, value_text(n_classes - 1))
  }
  invisible(Y)
}

#' Refuse X unless it is a finite matrix with a column per example, Y unless it is a 1 x m matrix.
#' @param caller the calling function's name, which starts the message
#' @param X features x examples matrix
#' @param Y 1 x m matrix of labels 0..K-1
check_examples <- function(caller, X, Y) {
  check_matrix(caller, "X", X)
  .check_label_shape(caller, Y, ncol(X))
}

# The shape check that check_labels and check_examples share.
.check_label_shape <- function(caller, Y, m) {
  if (!is.matrix(Y) || !is.numeric(Y) || !identical(as.numeric(dim(Y)), c(1, m))) {
    .stop("%s: Y must be a 1 x %s matrix, got %s", caller, value_text(m), value_text(Y, shape = TRUE))
  }
}

#' Write X (features x examples) and Y (1 x examples) as a data file, atomically.
#' Numbers are printed with 17 significant digits, which read back exactly.
#' @param path the file's path
#' @param X features x examples matrix
#' @param Y 1 x m matrix of labels 0..K-1
write_dataset <- function(path, X, Y) {
  check_examples("write_dataset", X, Y)
  header <- paste(c(sprintf("x%d", seq_len(nrow(X))), "label"), collapse = ",")
  digits <- matrix(sprintf("%.17g", X), nrow(X), ncol(X))
  rows <- paste0(apply(digits, 2, paste, collapse = ","), sprintf(",%d", as.integer(Y)))
  write_atomically(path, function(tmp) writeLines(c(header, rows), tmp))
}

#' Call write(tmp) on a temporary file beside path, then rename it into place.
#' @param path the file's path
#' @param write function(path) that writes the file
write_atomically <- function(path, write) {
  folder <- dirname(path)
  dir.create(folder, recursive = TRUE, showWarnings = FALSE)
  extension <- regmatches(basename(path), regexpr("\\.[^.]*$", basename(path)))
  tmp <- tempfile(".tmp-", tmpdir = folder, fileext = extension)
  on.exit(if (file.exists(tmp)) file.remove(tmp))
  write(tmp)
  if (!suppressWarnings(file.rename(tmp, path))) .stop("write_atomically: cannot write '%s'", path)
  invisible(path)
}

#' The CS231n spiral: class k has radii r_i = i/(N-1) and angles
#' 4k + 4 r_i + noise N(0,1); points (r sin t, r cos t), class after class.
#' @param rng generator state (rng_seed)
#' @param n_per_class examples per class, a positive whole number
#' @param n_classes the number of classes K
#' @param noise the noise's standard deviation, >= 0
#' @return list(X = 2 x (N K) matrix, Y = 1 x (N K) matrix, rng = new state)
make_spiral <- function(rng, n_per_class = 100, n_classes = 3, noise = 0.2) {
  check_rng("make_spiral", rng)
  .check_points("make_spiral", n_per_class)
  check_positive("make_spiral", "n_classes", n_classes, integer = TRUE)
  .check_noise("make_spiral", noise)
  N <- n_per_class
  r <- (seq_len(N) - 1) / (N - 1)
  X <- matrix(0, 2, N * n_classes)
  Y <- matrix(0, 1, N * n_classes)
  for (k in seq_len(n_classes) - 1) {
    draw <- rng_normal(rng, 1, N)
    rng <- draw$rng
    t <- (4 * k + 4 * r) + noise * draw$values[1, ]
    cols <- k * N + seq_len(N)
    X[1, cols] <- r * sin(t)
    X[2, cols] <- r * cos(t)
    Y[1, cols] <- k
  }
  list(X = X, Y = Y, rng = rng)
}

#' Two interleaved half circles: class 0 at (cos t, sin t), class 1 at
#' (1 - cos t, 0.5 - sin t), t_i = PI i/(N-1), plus noise x N(0,1) from one 2 x 2N draw.
#' @param rng generator state (rng_seed)
#' @param n_per_class examples per class, a positive whole number
#' @param noise the noise's standard deviation, >= 0
#' @return list(X = 2 x 2N matrix, Y = 1 x 2N matrix, rng = new state)
make_moons <- function(rng, n_per_class = 200, noise = 0.2) {
  check_rng("make_moons", rng)
  .check_points("make_moons", n_per_class)
  .check_noise("make_moons", noise)
  N <- n_per_class
  t <- PI * ((seq_len(N) - 1) / (N - 1))
  cos_t <- cos(t)
  sin_t <- sin(t)
  X <- rbind(c(cos_t, 1 - cos_t), c(sin_t, 0.5 - sin_t))
  draw <- rng_normal(rng, 2, 2 * N)
  Y <- matrix(c(rep(0, N), rep(1, N)), nrow = 1)
  list(X = X + noise * draw$values, Y = Y, rng = draw$rng)
}

# At least two points per class: the curves run from point 0 to point n_per_class - 1.
.check_points <- function(caller, n_per_class) {
  if (!(.is_number(n_per_class) && is.finite(n_per_class) && n_per_class >= 2 &&
          n_per_class == floor(n_per_class))) {
    .stop("%s: n_per_class must be an integer >= 2, got %s", caller, value_text(n_per_class))
  }
}

.check_noise <- function(caller, noise) {
  if (!(.is_number(noise) && noise >= 0 && noise < Inf)) {
    .stop("%s: noise must be a non-negative number, got %s", caller, value_text(noise))
  }
}

#' Divide each example (column) by its Euclidean norm; an all-zero column stays zero.
#' The squares are summed row after row, the order numpy uses for a C-ordered array.
#' @param X features x examples matrix
scale_to_unit_norm <- function(X) {
  check_matrix("scale_to_unit_norm", "X", X)
  squares <- X * X
  sums <- numeric(ncol(X))
  for (k in seq_len(nrow(X))) sums <- sums + squares[k, ]
  norms <- sqrt(sums)
  X / rep(ifelse(norms > 0, norms, 1), each = nrow(X))
}

#' Shuffle the columns with the portable generator; the last ceiling(test_fraction m)
#' go to the test set.
#' @param X features x examples matrix
#' @param Y 1 x m matrix of labels 0..K-1
#' @param test_fraction the fraction of the examples held out, in (0, 1)
#' @param rng generator state (rng_seed)
#' @return list(X_train =, Y_train =, X_test =, Y_test =, rng = new state)
split_train_test <- function(X, Y, test_fraction, rng) {
  check_examples("split_train_test", X, Y)
  if (!.is_number(test_fraction) || !(0 < test_fraction && test_fraction < 1)) {
    .stop("split_train_test: test_fraction must be in (0, 1), got %s", value_text(test_fraction))
  }
  check_rng("split_train_test", rng)
  m <- ncol(X)
  n_test <- ceiling(test_fraction * m)
  draw <- rng_permutation(rng, m)
  train <- draw$values[seq_len(m - n_test)]
  test <- draw$values[m - n_test + seq_len(n_test)]
  list(X_train = X[, train, drop = FALSE], Y_train = Y[, train, drop = FALSE],
       X_test = X[, test, drop = FALSE], Y_test = Y[, test, drop = FALSE], rng = draw$rng)
}

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

#' MNIST digits with the pixels scaled from 0..255 to [0, 1]; each column is one 28 x 28 image, its
#' rows one after another. A CSV file is read by load_dataset with 10 classes; an IDX images file
#' (gzipped or plain, told by its first bytes) by load_mnist, with the labels file beside it named as
#' MNIST names it: the images file's name with labels-idx1 for images-idx3.
#' @return list(X = MNIST_PIXELS x examples matrix, Y = 1 x examples matrix)
load_digits <- function(path) {
  if (.is_idx(path)) {
    if (!grepl(.IMAGES, path, perl = TRUE)) {
      .stop("load_digits: '%s' is an IDX file whose name must contain images-idx3 (its labels file has labels-idx1 there)",
            path)
    }
    data <- load_mnist(path, sub(.IMAGES, "labels-idx1", path, perl = TRUE))
    if (nrow(data$X) != MNIST_PIXELS) {
      .stop("load_digits: '%s' must hold images of %d pixels, got %s", path, MNIST_PIXELS, value_text(nrow(data$X)))
    }
    return(data)
  }
  data <- load_dataset(path, n_classes = 10)
  if (nrow(data$X) != MNIST_PIXELS) {
    .stop("load_digits: '%s' must have %d pixel columns, got %d", path, MNIST_PIXELS, nrow(data$X))
  }
  list(X = data$X / 255, Y = data$Y)
}

#' Refuse Y unless it is a 1 x m matrix of integer labels 0..n_classes-1.
check_labels <- function(caller, Y, m, n_classes) {
  .check_label_shape(caller, Y, m)
  if (!isTRUE(all(Y == floor(Y) & Y >= 0 & Y <= n_classes - 1))) {
    .stop("%s: Y must hold integer labels in 0..%s", caller, value_text(n_classes - 1))
  }
  invisible(Y)
}

#' Refuse X unless it is a finite matrix with a column per example, Y unless it is a 1 x m matrix.
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
write_dataset <- function(path, X, Y) {
  check_examples("write_dataset", X, Y)
  header <- paste(c(sprintf("x%d", seq_len(nrow(X))), "label"), collapse = ",")
  digits <- matrix(sprintf("%.17g", X), nrow(X), ncol(X))
  rows <- paste0(apply(digits, 2, paste, collapse = ","), sprintf(",%d", as.integer(Y)))
  write_atomically(path, function(tmp) writeLines(c(header, rows), tmp))
}

#' Call write(tmp) on a temporary file beside path, then rename it into place.
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

# IDX (the format of the MNIST files): two zero bytes, a type code, the number of dimensions d, then d
# big-endian 4-byte sizes and the values, big-endian, the last dimension varying fastest.
# Each type code's kind, size in bytes and sign.
.IDX_TYPES <- list("8" = list(what = "integer", size = 1, signed = FALSE),
                   "9" = list(what = "integer", size = 1, signed = TRUE),
                   "11" = list(what = "integer", size = 2, signed = TRUE),
                   "12" = list(what = "integer", size = 4, signed = TRUE),
                   "13" = list(what = "double", size = 4, signed = TRUE),
                   "14" = list(what = "double", size = 8, signed = TRUE))
.GZIP <- as.raw(c(0x1f, 0x8b))
# MNIST's name for an images file: its labels file has labels-idx1 there.
.IMAGES <- "images-idx3(?=[^/]*$)"

# A file's bytes, gunzipped when it starts with gzip's magic number. A gzip stream read to its end
# has the length that its last 4 bytes give (little-endian, mod 2^32); a truncated one is read silently by gzfile.
.read_bytes <- function(caller, path) {
  if (!file.exists(path) || dir.exists(path)) .stop("%s: cannot read '%s': no such file", caller, path)
  size <- file.size(path)
  data <- readBin(path, "raw", size)
  if (size < 2 || !identical(data[1:2], .GZIP)) return(data)
  con <- gzfile(path, "rb")
  on.exit(close(con))
  chunks <- list()
  inflated <- tryCatch(withCallingHandlers({
    repeat {
      chunk <- readBin(con, "raw", 2^24)
      if (length(chunk) == 0) break
      chunks[[length(chunks) + 1]] <- chunk
    }
    TRUE
  }, warning = function(w) stop(conditionMessage(w))), error = function(e) FALSE)
  data_size <- sum(as.numeric(data[size - 3:0]) * 256^(0:3))
  out <- unlist(chunks)
  if (!inflated || size < 18 || length(out) %% 2^32 != data_size) {
    .stop("%s: '%s' is not a readable gzip file", caller, path)
  }
  if (is.null(out)) raw(0) else out
}

#' An IDX file, gzipped or plain.
#' @return list(values = a matrix with one column per item of the first dimension, each holding that
#'   item's values in the file's order (an image's rows one after another), as doubles,
#'   dims = the sizes, the item count first)
load_idx <- function(path) {
  data <- .read_bytes("load_idx", path)
  n <- length(data)
  if (n < 4) .stop("load_idx: '%s' is truncated: an IDX header needs 4 bytes, got %s", path, value_text(n))
  if (data[1] != 0 || data[2] != 0) .stop("load_idx: '%s' is not an IDX file: its first two bytes must be 0", path)
  code <- as.integer(data[3])
  n_dims <- as.integer(data[4])
  type <- .IDX_TYPES[[as.character(code)]]
  if (is.null(type)) {
    .stop("load_idx: '%s' IDX type code must be one of 8, 9, 11, 12, 13, 14, got %s", path, value_text(code))
  }
  if (n_dims == 0) .stop("load_idx: '%s' must have at least one dimension", path)
  header <- 4 + 4 * n_dims
  if (n < header) {
    .stop("load_idx: '%s' is truncated: an IDX header of %s dimensions needs %s bytes, got %s", path,
          value_text(n_dims), value_text(header), value_text(n))
  }
  dims <- as.vector(256^(3:0) %*% matrix(as.numeric(data[5:header]), nrow = 4))
  count <- prod(dims)
  need <- count * type$size
  got <- n - header
  shape <- paste(vapply(dims, value_text, ""), collapse = " x ")
  if (got < need) {
    .stop("load_idx: '%s' is truncated: its %s values need %s bytes after the header, got %s", path, shape,
          value_text(need), value_text(got))
  }
  if (got > need) {
    .stop("load_idx: '%s' is too long: its %s values need %s bytes after the header, got %s", path, shape,
          value_text(need), value_text(got))
  }
  body <- data[header + seq_len(got)]
  values <- if (type$what == "double") {
    readBin(body, "double", count, size = type$size, endian = "big")
  } else {
    # Integers from their bytes: readBin's integers would read -2^31 as NA.
    unsigned <- if (type$size == 1) {
      as.numeric(body)
    } else {
      as.vector(256^(type$size - 1:type$size) %*% matrix(as.numeric(body), nrow = type$size))
    }
    if (type$signed) unsigned - (unsigned >= 2^(8 * type$size - 1)) * 2^(8 * type$size) else unsigned
  }
  list(values = matrix(values, nrow = prod(dims[-1]), ncol = dims[1]), dims = dims)
}

#' MNIST's two IDX files (gzipped or plain): images (n x rows x columns) and their labels (n, 0..9).
#' @return list(X = rows columns x n matrix, the pixels scaled from 0..255 to [0, 1], each image's
#'   rows one after another, Y = 1 x n matrix)
load_mnist <- function(images, labels) {
  image_file <- load_idx(images)
  label_file <- load_idx(labels)
  if (length(image_file$dims) != 3) {
    .stop("load_mnist: images '%s' must have 3 dimensions, got %s", images, value_text(length(image_file$dims)))
  }
  if (length(label_file$dims) != 1) {
    .stop("load_mnist: labels '%s' must have 1 dimension, got %s", labels, value_text(length(label_file$dims)))
  }
  if (image_file$dims[1] != label_file$dims[1]) {
    .stop("load_mnist: '%s' holds %s images but '%s' holds %s labels", images, value_text(image_file$dims[1]),
          labels, value_text(label_file$dims[1]))
  }
  Y <- label_file$values
  bad <- which(Y != floor(Y) | Y < 0 | Y > 9)
  if (length(bad) > 0) {
    .stop("load_mnist: '%s' label %s must be an integer in 0..9, got %s", labels, value_text(bad[1]),
          value_text(Y[bad[1]]))
  }
  list(X = image_file$values / 255, Y = Y)
}

# An IDX file, gzipped or plain, rather than a CSV: it starts with two zero bytes or gzip's magic number.
.is_idx <- function(path) {
  if (!file.exists(path) || dir.exists(path)) return(FALSE)
  start <- readBin(path, "raw", 2)
  length(start) == 2 && (all(start == 0) || identical(start, .GZIP))
}

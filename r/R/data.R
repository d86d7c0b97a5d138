# Data sets: CSV loading (the dialect of data/README.md), the MNIST digits, the spiral and moons generators,
# scaling and the train/test split.
#
# A data file is a CSV whose line 1 names the columns; the label column (named label unless said
# otherwise) holds the labels and every other column but unnamed row names a feature.

PI <- 3.141592653589793
NUMBER <- "[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?"

# Does the whole of each string match the pattern (Python's re.fullmatch)?
.full_match <- function(pattern, x) {
  grepl(paste0("\\A(?:", pattern, ")\\z"), x, perl = TRUE, useBytes = TRUE)
}

.load_fail <- function(caller, path, problem) .stop("%s: '%s' %s", caller, path, problem)

# The lines of a file as Python reads them: a byte-order mark dropped, universal newlines, no blank
# lines at the end.
.read_lines <- function(path) {
  size <- file.size(path)
  if (size == 0) return(character(0))
  text <- readChar(path, size, useBytes = TRUE)
  text <- sub("^\xef\xbb\xbf", "", text, useBytes = TRUE)
  text <- gsub("\r\n?", "\n", text, useBytes = TRUE)
  lines <- strsplit(paste0(text, "\n"), "\n", fixed = TRUE, useBytes = TRUE)[[1]]
  blank <- grepl("^[ \t]*$", lines, useBytes = TRUE)
  if (all(blank)) return(character(0))
  lines[seq_len(max(which(!blank)))]
}

# The fields of one line as Python's str.split(","), which keeps trailing empty fields.
.split_fields <- function(line) strsplit(paste0(line, ","), ",", fixed = TRUE, useBytes = TRUE)[[1]]

.trim <- function(x) gsub("^[ \t]+|[ \t]+$", "", x, useBytes = TRUE)

# A field, then a comma: a field in double quotes may hold commas, and a quote written twice.
.FIELD_THEN_COMMA <- '[ \t]*(?:"(?:[^"]|"")*"|[^,"]*)[ \t]*,'

# Each line's fields (a list of character vectors), NULL for a line whose quotes are out of place;
# spaces and tabs around a field are not part of it.
.line_fields <- function(lines) {
  fields <- strsplit(paste0(lines, ","), ",", fixed = TRUE, useBytes = TRUE)
  spaced <- grepl("[ \t]", lines, useBytes = TRUE)
  fields[spaced] <- lapply(fields[spaced], .trim)
  for (k in which(grepl('"', lines, fixed = TRUE))) {
    line <- paste0(lines[k], ",")
    matches <- regmatches(line, gregexpr(.FIELD_THEN_COMMA, line, perl = TRUE))[[1]]
    if (sum(nchar(matches, type = "bytes")) != nchar(lines[k], type = "bytes") + 1) {
      fields[k] <- list(NULL)
      next
    }
    field <- .trim(substr(matches, 1, nchar(matches) - 1))
    quoted <- startsWith(field, '"')
    field[quoted] <- gsub('""', '"', substr(field[quoted], 2, nchar(field[quoted]) - 1), fixed = TRUE)
    fields[[k]] <- field
  }
  fields
}

# A data file in the dialect of data/README.md: X (features x examples) and the label column's
# fields (NULL for a file without that column, which only require_labels FALSE accepts). The first
# thing out of place is refused, naming its line and column.
.read_csv_table <- function(caller, path, label_column, require_labels = TRUE) {
  if (!file.exists(path) || dir.exists(path)) .stop("%s: cannot read '%s': no such file", caller, path)
  fail <- function(problem) .load_fail(caller, path, problem)
  lines <- .read_lines(path)
  if (length(lines) == 0) fail("is empty")
  fields <- .line_fields(lines)
  quotes <- which(vapply(fields, is.null, TRUE))
  counts <- lengths(fields)
  ragged <- which(counts != counts[1])
  if (length(quotes) > 0 && (length(ragged) == 0 || quotes[1] <= ragged[1])) {
    fail(sprintf("line %d has a quote that does not enclose a whole field", quotes[1]))
  }
  if (length(ragged) > 0) {
    fail(sprintf("line %d has %d fields, expected %d", ragged[1], counts[ragged[1]], counts[1]))
  }
  header <- fields[[1]]
  for (k in seq_along(header)) {
    if (header[k] == "" && k > 1) fail(sprintf("line 1 column %d has no name", k))
    if (header[k] != "" && header[k] %in% header[seq_len(k - 1)]) {
      fail(sprintf("line 1 column %d has the same name as column %d: '%s'", k, match(header[k], header), header[k]))
    }
  }
  labelled <- label_column %in% header
  if (require_labels && !labelled) fail(sprintf("line 1 has no column '%s'", label_column))
  features <- which(!header %in% c("", label_column))
  if (length(features) == 0) fail(sprintf("line 1 has no feature column besides '%s'", label_column))
  if (length(lines) == 1) fail("has no data rows")
  if (header[1] == "") cat(sprintf("%s: '%s' column 1 has no name: read as row names and left out\n", caller, path))
  cells <- matrix(unlist(fields[-1]), nrow = length(header))
  if (!labelled) {
    # A column of text is most likely the labels under another name: say which column was looked for.
    unlabelled_fail <- function(problem) fail(sprintf("%s (the file has no label column '%s')", problem, label_column))
    return(list(X = .finite_numbers(unlabelled_fail, cells[features, , drop = FALSE], header[features]), labels = NULL))
  }
  labels <- cells[match(label_column, header), ]
  if (any(labels == "")) fail(sprintf("line %d has no label", which(labels == "")[1] + 1))
  list(X = .finite_numbers(fail, cells[features, , drop = FALSE], header[features]), labels = labels)
}

# cells (a character matrix, a row per name, a column per line) as finite numbers; the first field
# in reading order that is not one is refused, naming its line and column.
.finite_numbers <- function(fail, cells, names) {
  values <- matrix(NaN, nrow(cells), ncol(cells))
  ok <- .full_match(NUMBER, cells)
  values[ok] <- .parse_numbers(cells[ok])
  bad <- which(!is.finite(values))
  if (length(bad) > 0) {
    row <- (bad[1] - 1) %% nrow(cells) + 1
    line <- (bad[1] - 1) %/% nrow(cells) + 1
    fail(sprintf("line %d column '%s' must be a finite number, got '%s'", line + 1, names[row], cells[bad[1]]))
  }
  values
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

#' Read a data file (data/README.md) whose column 'label' holds integer labels 0..n_classes-1, as they are.
#' @param path a CSV file in the dialect of data/README.md
#' @param n_classes the labels must be integers 0..n_classes-1
#' @return list(X = features x examples matrix, Y = 1 x examples matrix)
load_dataset <- function(path, n_classes) {
  table <- .read_csv_table("load_dataset", path, "label")
  Y <- .finite_numbers(function(problem) .load_fail("load_dataset", path, problem), matrix(table$labels, 1), "label")
  bad <- Y != floor(Y) | Y < 0 | Y > n_classes - 1
  if (any(bad)) {
    row <- which(bad)[1]
    .load_fail("load_dataset", path, sprintf("line %d label must be an integer in 0..%s, got %s", row + 1,
                                             value_text(n_classes - 1), value_text(Y[row])))
  }
  list(X = table$X, Y = Y)
}

#' Read a reader's own CSV file (the dialect of data/README.md): the column named label_column holds
#' the labels, numbers or text, every other column a feature.
#'
#' The labels become 0..K-1 in sorted order (numbers by value, text character by character); classes,
#' given, fixes the classes instead (a test set read with its training set's classes). Prints the
#' mapping when a class's name is not its number. A file without a column label_column is refused,
#' unless require_labels is FALSE (new examples to predict): then every named column is a feature, Y is
#' NULL (Python: None, Octave: []) and the classes are those given (NULL if none were).
#' @param path a CSV file
#' @param label_column the name of the label column
#' @param classes NULL, or the class names (a character vector) to read the labels as
#' @param require_labels TRUE (a file must have its label column) or FALSE
#' @return list(X = features x examples matrix, Y = 1 x examples matrix or NULL, classes = the K class
#'   names, the k-th that of class k - 1; a number as value_text writes it)
read_dataset <- function(path, label_column = "label", classes = NULL, require_labels = TRUE) {
  if (!is.character(label_column) || length(label_column) != 1 || is.na(label_column) || label_column == "") {
    .stop("read_dataset: label_column must be a column name, got %s", value_text(label_column))
  }
  if (!is.null(classes) && !(is.character(classes) && length(classes) > 0 && !anyNA(classes) &&
                              !anyDuplicated(classes))) {
    .stop("read_dataset: classes must be a list of distinct names, got %s", value_text(classes))
  }
  if (!is.logical(require_labels) || length(require_labels) != 1 || is.na(require_labels)) {
    .stop("read_dataset: require_labels must be true or false, got %s", value_text(require_labels))
  }
  table <- .read_csv_table("read_dataset", path, label_column, require_labels)
  if (is.null(table$labels)) return(list(X = table$X, Y = NULL, classes = if (!is.null(classes)) unname(classes)))
  labels <- table$labels
  numbers <- all(.full_match(NUMBER, labels))
  # A number's name is value_text's (1.0 and 1 are one class), text is its own name.
  names <- if (numbers) vapply(.parse_numbers(labels), value_text, "") else labels
  made_here <- is.null(classes)
  if (made_here) {
    # Numbers sort by value (10 after 9), text character by character.
    classes <- if (numbers) vapply(sort(unique(.parse_numbers(labels))), value_text, "") else
      sort(unique(names), method = "radix")
  }
  index <- match(names, classes)
  if (anyNA(index)) {
    row <- which(is.na(index))[1]
    .load_fail("read_dataset", path, sprintf("line %d label must be one of %s, got '%s'", row + 1,
                                             value_text(classes), names[row]))
  }
  if (made_here && any(classes != vapply(seq_along(classes) - 1, value_text, ""))) {
    pairs <- paste(sprintf("%d = '%s'", seq_along(classes) - 1, classes), collapse = ", ")
    cat(sprintf("read_dataset: classes of '%s': %s\n", label_column, pairs))
  }
  list(X = table$X, Y = matrix(index - 1, 1), classes = unname(classes))
}

#' Pixels in an MNIST digit: a 28 x 28 image.
MNIST_PIXELS <- 784

#' MNIST digits with the pixels scaled from 0..255 to [0, 1]; each column is one 28 x 28 image, its
#' rows one after another. A CSV file is read by load_dataset with 10 classes; an IDX images file
#' (gzipped or plain, told by its first bytes) by load_mnist, with the labels file beside it named as
#' MNIST names it: the images file's name with labels-idx1 for images-idx3.
#' @param path the file's path
#' @return list(X = MNIST_PIXELS x examples matrix, Y = 1 x examples matrix)
load_digits <- function(path) {
  if (is_idx(path)) {
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

.DIGITS <- as.character(0:9)

#' The examples of a chapter that reads MNIST by default (chapters 5 and 7) from any data file.
#'
#' An IDX images file (told by its first bytes) is read by load_digits, its classes the ten digits; a
#' CSV file by read_dataset (labels in column label_column, classes as there), its values divided by
#' 255 when it has MNIST_PIXELS features (an MNIST CSV, as load_digits scales it).
#' @param path the file's path
#' @param label_column the CSV file's column of labels
#' @param classes NULL, or the class names to read the labels as
#' @param features NULL, or the number of features the file must have (a test file read after its
#'   training file)
#' @return list(X = features x examples matrix, Y = 1 x examples matrix, classes = the class names)
read_examples <- function(path, label_column = "label", classes = NULL, features = NULL) {
  if (!is.null(features)) check_positive("read_examples", "features", features, integer = TRUE)
  if (is_idx(path)) {
    data <- load_digits(path)
    if (!is.null(classes) && !identical(classes, .DIGITS)) {
      .stop("read_examples: '%s' holds the digits %s, which must be the classes %s", path, value_text(.DIGITS),
            value_text(classes))
    }
    data$classes <- .DIGITS
  } else {
    data <- read_dataset(path, label_column, classes)
    if (nrow(data$X) == MNIST_PIXELS) data$X <- data$X / 255
  }
  if (!is.null(features) && nrow(data$X) != features) {
    .stop("read_examples: '%s' must have %d features, as the training data, got %d", path, features, nrow(data$X))
  }
  data
}

#' A data file's classes (read_dataset's) must suit the output layer: 2 for a sigmoid output, at least 2
#' for softmax.
#' @param path the data file, for the message
#' @param classes the class names
#' @param output the output layer's activation
check_classes <- function(path, classes, output) {
  if (output == "sigmoid" && length(classes) != 2) {
    .stop("check_classes: '%s' must hold 2 classes for a sigmoid output, got %d: %s", path, length(classes),
          value_text(classes))
  }
  if (length(classes) < 2) {
    .stop("check_classes: '%s' must hold at least 2 classes for a %s output, got %d: %s", path, output,
          length(classes), value_text(classes))
  }
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

#' Each feature's (row's) mean and standard deviation over the examples (columns), dividing by m.
#'
#' A constant feature has its value as mean and sd 0. The sums run over the examples left to right,
#' so that Python, R and Octave agree bit for bit.
#' @param X features x examples matrix
#' @return list(mean = features x 1 matrix, sd = features x 1 matrix)
standardize_fit <- function(X) {
  check_matrix("standardize_fit", "X", X)
  m <- ncol(X)
  total <- matrix(0, nrow(X), 1)
  for (j in seq_len(m)) total <- total + X[, j]
  mean <- total / m
  squares <- matrix(0, nrow(X), 1)
  for (j in seq_len(m)) squares <- squares + (X[, j] - mean)^2
  sd <- sqrt(squares / m)
  constant <- apply(X, 1, max) == apply(X, 1, min)
  mean[constant] <- X[constant, 1]
  sd[constant] <- 0
  list(mean = mean, sd = sd)
}

#' (X - mean) / sd for each feature with standardize_fit's stats (of the training examples, for a test
#' set too); a feature whose sd is 0 is only centred.
#' @param X features x examples matrix
#' @param stats list(mean, sd) from standardize_fit
standardize_apply <- function(X, stats) {
  check_matrix("standardize_apply", "X", X)
  n <- nrow(X)
  if (!is.list(stats) || !identical(sort(names(stats)), c("mean", "sd"))) {
    .stop("standardize_apply: stats must be a structure of mean and sd, got %s", value_text(stats))
  }
  for (name in c("mean", "sd")) {
    check_matrix("standardize_apply", sprintf("stats's %s", name), stats[[name]])
    if (!identical(dim(stats[[name]]), c(n, 1L))) {
      .stop("standardize_apply: stats's %s must be %d x 1 to match X, got %s", name, n,
            value_text(stats[[name]], shape = TRUE))
    }
  }
  if (any(stats$sd < 0)) .stop("standardize_apply: stats's sd must not be negative")
  sd <- ifelse(stats$sd > 0, stats$sd, 1)
  (X - as.vector(stats$mean)) / as.vector(sd)
}

#' The examples as a chapter script trains and tests on them.
#'
#' With test_fraction > 0 that share is held out (split_train_test, drawing from rng), and with
#' standardize every feature is scaled by the training examples' means and deviations (standardize_fit),
#' the held-out ones too (standardize_apply).
#' @param X features x examples matrix
#' @param Y 1 x m matrix of labels
#' @param test_fraction the share of the examples held out, in [0, 1): 0 holds none out
#' @param standardize TRUE to standardise the features
#' @param rng generator state (rng_seed)
#' @return list(X_train =, Y_train =, X_test =, Y_test = (NULL without a split), stats = (NULL without
#'   standardize), rng = (as given without a split))
prepare_split <- function(X, Y, test_fraction, standardize, rng) {
  check_examples("prepare_split", X, Y)
  if (!.is_number(test_fraction) || !(0 <= test_fraction && test_fraction < 1)) {
    .stop("prepare_split: test_fraction must be in [0, 1), got %s", value_text(test_fraction))
  }
  if (!(is.logical(standardize) && length(standardize) == 1 && !is.na(standardize))) {
    .stop("prepare_split: standardize must be true or false, got %s", value_text(standardize))
  }
  check_rng("prepare_split", rng)
  X_test <- NULL
  Y_test <- NULL
  stats <- NULL
  if (test_fraction > 0) {
    split <- split_train_test(X, Y, test_fraction, rng)
    X <- split$X_train
    Y <- split$Y_train
    X_test <- split$X_test
    Y_test <- split$Y_test
    rng <- split$rng
  }
  if (standardize) {
    stats <- standardize_fit(X)
    X <- standardize_apply(X, stats)
    if (!is.null(X_test)) X_test <- standardize_apply(X_test, stats)
  }
  list(X_train = X, Y_train = Y, X_test = X_test, Y_test = Y_test, stats = stats, rng = rng)
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
#' @param path the file's path
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
#' @param images the images file's path
#' @param labels the labels file's path
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

#' Does path name an IDX file, gzipped or plain, rather than a CSV: does it start with two zero bytes or
#' gzip's magic number?
#' @param path a file's path
#' @return TRUE or FALSE (FALSE for anything that names no file)
is_idx <- function(path) {
  if (!is.character(path) || length(path) != 1 || is.na(path) || !file.exists(path) || dir.exists(path)) {
    return(FALSE)
  }
  start <- readBin(path, "raw", 2)
  length(start) == 2 && (all(start == 0) || identical(start, .GZIP))
}

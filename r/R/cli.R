# The command-line interface every chapter script shares, and its error handling.

# In Python's order, which is the order of the usage text.
OPTIONS <- c("--data" = "data", "--test-data" = "test_data", "--iterations" = "iterations",
             "--learning-rate" = "learning_rate", "--batch-size" = "batch_size", "--trials" = "trials",
             "--seed" = "seed", "--out" = "out")
PATHS <- c("data", "test_data", "out")

# Each option's value name and help text.
HELP <- list(data = c("PATH", "data file"), test_data = c("PATH", "test data file"),
             iterations = c("N", "training iterations, a positive integer"),
             learning_rate = c("A", "learning rate, a positive number"),
             batch_size = c("B", "mini-batch size, a positive integer"),
             trials = c("N", "trials per search round, a positive integer"),
             seed = c("S", "seed of the portable generator, 0..2147483647"), out = c("DIR", "folder for the plots"))

# A default as Python's f-string shows it.
.default_text <- function(value) if (is.numeric(value)) .num_text(value) else value

# The learning rate is a float in Python, which shows 1.0 as "1.0", not "1".
.float_text <- function(value) {
  text <- .default_text(value)
  if (is.numeric(value) && grepl("^-?[0-9]+$", text)) paste0(text, ".0") else text
}

#' The --help text, listing the options that this script's defaults name.
#' @param defaults named list with some of data, test_data, iterations, learning_rate, batch_size, trials, seed, out
usage <- function(program, description, defaults) {
  options <- OPTIONS[OPTIONS %in% names(defaults)]
  values <- vapply(HELP[options], `[`, "", 1)
  lines <- c(paste0("usage: ", program, " ", paste0("[", names(options), " ", values, "]", collapse = " ")),
             description)
  for (k in seq_along(options)) {
    key <- options[[k]]
    text <- HELP[[key]][2]
    if (key == "iterations" && "batch_size" %in% names(defaults)) text <- "training epochs, a positive integer"
    if (key == "iterations" && "trials" %in% names(defaults)) text <- "training epochs per trial, a positive integer"
    default <- if (key == "learning_rate") .float_text(defaults[[key]]) else .default_text(defaults[[key]])
    lines <- c(lines, sprintf("  %-20s%s (default: %s)", paste(names(options)[k], values[[k]]), text, default))
  }
  paste(c(lines, sprintf("  %-20sshow this help", "--help")), collapse = "\n")
}

# os.path.join(folder, path): an absolute path stays as it is.
.path_join <- function(folder, path) {
  if (startsWith(path, "/")) return(path)
  if (endsWith(folder, "/")) paste0(folder, path) else paste0(folder, "/", path)
}

#' Options as a named list, from "--name value" or "--name=value" pairs for the options
#' that defaults names; an error on anything else. Default paths are relative to the
#' repository folder repo, given paths to the working folder.
#' @param args character vector of command-line arguments
#' @param defaults named list with some of data, test_data, iterations, learning_rate, batch_size, trials, seed, out
parse_options <- function(args, defaults, repo) {
  options <- defaults
  for (key in intersect(PATHS, names(defaults))) options[[key]] <- .path_join(repo, defaults[[key]])
  i <- 1
  while (i <= length(args)) {
    equals <- regexpr("=", args[i], fixed = TRUE)
    name <- if (equals > 0) substr(args[i], 1, equals - 1) else args[i]
    if (!name %in% names(OPTIONS) || !OPTIONS[[name]] %in% names(defaults)) {
      .stop(if (startsWith(args[i], "-")) "unknown option '%s'" else "unexpected argument '%s'", args[i])
    }
    if (equals > 0) {
      value <- substring(args[i], equals + 1)
    } else {
      i <- i + 1
      if (i > length(args)) .stop("option %s needs a value", name)
      value <- args[i]
    }
    options[[OPTIONS[[name]]]] <- .convert(name, value)
    i <- i + 1
  }
  options
}

.convert <- function(name, value) {
  if (name %in% c("--iterations", "--batch-size", "--trials")) {
    if (!.full_match("[0-9]+", value) || as.numeric(value) < 1) {
      .stop("%s must be a positive integer, got '%s'", name, value)
    }
    return(as.numeric(value))
  }
  if (name == "--learning-rate") {
    number <- if (.full_match(NUMBER, value)) .parse_numbers(value) else NA
    if (is.na(number) || !(0 < number && number < Inf)) {
      .stop("--learning-rate must be a positive number, got '%s'", value)
    }
    return(number)
  }
  if (name == "--seed") {
    if (!.full_match("[0-9]+", value) || as.numeric(value) > 2147483647) {
      .stop("--seed must be an integer in 0..2147483647, got '%s'", value)
    }
    return(as.numeric(value))
  }
  if (value == "") .stop("option %s needs a value", name)
  value
}

#' Parse the command line, run main(options); a refusal is one line on stderr and exit status 1.
#' @param main function(options)
#' @param program the name in messages
run_script <- function(main, program, description, defaults, repo) {
  args <- commandArgs(trailingOnly = TRUE)
  if (any(args %in% c("--help", "-h"))) {
    cat(usage(program, description, defaults), "\n", sep = "")
    return(invisible())
  }
  tryCatch(main(parse_options(args, defaults, repo)), error = function(error) {
    cat(program, ": ", conditionMessage(error), "\n", sep = "", file = stderr())
    quit(save = "no", status = 1)
  })
  invisible()
}

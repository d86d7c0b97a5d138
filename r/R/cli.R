# The command-line interface every chapter script shares, and its error handling. Each script's
# name, description and defaults come from tables/chapters.json, the options from tables/options.json.

# A table under repo/tables (repo NULL: the installed package's copy), with whole numbers as doubles
# (R's numbers, as in the rest of dlfp).
.read_table <- function(repo, name) {
  table <- read_json(if (is.null(repo)) system.file("tables", name, package = "dlfp", mustWork = TRUE)
                     else file.path(repo, "tables", name))
  rapply(table, as.numeric, classes = "integer", how = "replace")
}

#' The chapters, in order (tables/chapters.json under the repository folder repo, or the package's
#' copy when repo is NULL): a list of named lists.
#' @param repo the repository folder, or NULL
chapter_table <- function(repo) {
  .read_table(repo, "chapters.json")
}

#' Every option a chapter script may take, in the order of the usage text (tables/options.json
#' under repo, or the package's copy when repo is NULL): a list of named lists with flag, key,
#' value, kind, help, help_when and python_only.
#' @param repo the repository folder, or NULL
option_table <- function(repo) {
  .read_table(repo, "options.json")
}

# A default as the help shows it: a number as messages write it (value_text), sizes as they are
# given (100,50), a flag on or off, a path or text as it is.
.default_text <- function(option, value) {
  if (option$kind == "flag") return(if (isTRUE(value)) "on" else "off")
  if (option$kind == "sizes") return(paste(vapply(unlist(value), value_text, ""), collapse = ","))
  if (is.null(value)) "none" else if (is.numeric(value)) value_text(value) else value
}

# An option as the usage names it: a flag takes no value.
.option_name <- function(option) if (option$value == "") option$flag else paste(option$flag, option$value)

#' The --help text, listing the options that this script's defaults name.
#' @param defaults named list with some of the keys of tables/options.json
#' @param program the script's name
#' @param description the line under usage:
#' @param repo the repository folder, or NULL: the package's own tables and data
usage <- function(program, description, defaults, repo) {
  options <- Filter(function(option) option$key %in% names(defaults), option_table(repo))
  lines <- c(paste0("usage: ", program, " ",
                    paste0("[", vapply(options, .option_name, ""), "]", collapse = " ")),
             description)
  for (option in options) {
    # With mini-batches an iteration is an epoch; in a search, an epoch of each trial.
    when <- intersect(names(option$help_when), names(defaults))
    text <- if (length(when) > 0) option$help_when[[when[1]]] else option$help
    lines <- c(lines, sprintf("  %-20s%s (default: %s)", .option_name(option), text,
                              .default_text(option, defaults[[option$key]])))
  }
  paste(c(lines, sprintf("  %-20sshow this help", "--help")), collapse = "\n")
}

# os.path.join(folder, path): an absolute path stays as it is.
.path_join <- function(folder, path) {
  if (startsWith(path, "/")) return(path)
  if (endsWith(folder, "/")) paste0(folder, path) else paste0(folder, "/", path)
}

# Outside a checkout a default is the package's copy of the file (data/spiral.csv is
# extdata/spiral.csv) if it ships one, else relative to the working folder (build).
.default_path <- function(path, repo) {
  if (!is.null(repo)) return(.path_join(repo, path))
  shipped <- system.file("extdata", basename(path), package = "dlfp")
  if (nzchar(shipped)) shipped else path
}

#' Options as a named list, from "--name value" or "--name=value" pairs for the options
#' that defaults names; an error on anything else. Default paths are relative to the
#' repository folder repo (repo NULL: the package's copy of the file, else the working folder),
#' given paths to the working folder.
#' @param args character vector of command-line arguments
#' @param defaults named list with some of the keys of tables/options.json
#' @param repo the repository folder, or NULL: the package's own tables and data
parse_options <- function(args, defaults, repo) {
  table <- option_table(repo)
  names(table) <- vapply(table, function(option) option$flag, "")
  options <- defaults
  for (option in table) {
    # Sizes come from the table as a list of numbers.
    if (option$kind == "sizes" && option$key %in% names(defaults)) {
      options[[option$key]] <- as.numeric(unlist(defaults[[option$key]]))
    }
    if (option$kind == "path" && !is.null(defaults[[option$key]])) {
      options[[option$key]] <- .default_path(defaults[[option$key]], repo)
    }
  }
  i <- 1
  while (i <= length(args)) {
    equals <- regexpr("=", args[i], fixed = TRUE)
    name <- if (equals > 0) substr(args[i], 1, equals - 1) else args[i]
    if (!name %in% names(table) || !table[[name]]$key %in% names(defaults)) {
      .stop(if (startsWith(args[i], "-")) "unknown option '%s'" else "unexpected argument '%s'", args[i])
    }
    if (table[[name]]$kind == "flag") {
      if (equals > 0) .stop("option %s takes no value", name)
      options[[table[[name]]$key]] <- TRUE
      i <- i + 1
      next
    }
    if (equals > 0) {
      value <- substring(args[i], equals + 1)
    } else {
      i <- i + 1
      if (i > length(args)) .stop("option %s needs a value", name)
      value <- args[i]
    }
    options[[table[[name]]$key]] <- .convert(table[[name]], value)
    i <- i + 1
  }
  options
}

.convert <- function(option, value) {
  flag <- option$flag
  if (option$kind == "positive integer") {
    if (!.full_match("[0-9]+", value) || as.numeric(value) < 1) {
      .stop("%s must be a positive integer, got '%s'", flag, value)
    }
    return(as.numeric(value))
  }
  if (option$kind == "positive number") {
    number <- if (.full_match(NUMBER, value)) .parse_numbers(value) else NA
    if (is.na(number) || !(0 < number && number < Inf)) {
      .stop("%s must be a positive number, got '%s'", flag, value)
    }
    return(number)
  }
  if (option$kind == "seed") {
    if (!.full_match("[0-9]+", value) || as.numeric(value) > 2147483647) {
      .stop("%s must be an integer in 0..2147483647, got '%s'", flag, value)
    }
    return(as.numeric(value))
  }
  if (option$kind == "fraction") {
    number <- if (.full_match(NUMBER, value)) .parse_numbers(value) else NA
    if (is.na(number) || !(0 <= number && number < 1)) .stop("%s must be a number in [0, 1), got '%s'", flag, value)
    return(number)
  }
  if (option$kind == "sizes") {
    sizes <- as.numeric(strsplit(value, ",", fixed = TRUE)[[1]])
    if (!.full_match("[0-9]+(?:,[0-9]+)*", value) || min(sizes) < 1) {
      .stop("%s must be positive integers separated by commas, got '%s'", flag, value)
    }
    return(sizes)
  }
  if (value == "") .stop("option %s needs a value", flag)
  value
}

#' Run the script of chapter key (its name, description and defaults from tables/chapters.json, or
#' tables/programs.json for the scripts that are not chapters, under the repository folder repo):
#' parse the command line, run main(options); --help prints the usage; a refusal is one line on
#' stderr and exit status 1. A repo without tables/chapters.json (the folder above a script
#' installed with the package) counts as NULL: the package's tables and data.
#' @param main function(options)
#' @param key the chapter's key in tables/chapters.json
#' @param repo the repository folder, or NULL: the package's own tables and data
run_script <- function(main, key, repo) {
  if (!is.null(repo) && !file.exists(file.path(repo, "tables", "chapters.json"))) repo <- NULL
  # A chapter, or a program that is not one (tables/programs.json: predict).
  chapter <- Find(function(chapter) chapter$key == key, c(chapter_table(repo), .read_table(repo, "programs.json")))
  if (is.null(chapter)) .stop("run_script: no chapter '%s' in tables/chapters.json", key)
  program <- chapter$script
  args <- commandArgs(trailingOnly = TRUE)
  if (any(args %in% c("--help", "-h"))) {
    cat(usage(program, chapter$description, chapter$defaults, repo), "\n", sep = "")
    return(invisible())
  }
  tryCatch(main(parse_options(args, chapter$defaults, repo)), error = function(error) {
    cat(program, ": ", conditionMessage(error), "\n", sep = "", file = stderr())
    quit(save = "no", status = 1)
  })
  invisible()
}

# The tables' value encoding (tables/README.md) decoded into R values: R's reading of
# tables/bad_input.json and tables/value_text.json. Python's table_values.py and Octave's
# octave/tests/decode_value.m decode the same encoding.
read_table <- function(name) jsonlite::fromJSON(repo_file("tables", name), simplifyVector = FALSE)

# A decoder for one case: decode(value) gives the R value; files gathers the paths of the files
# its {"file": ...} and {"bytes": ...} values wrote (a message names each FILE), outputs the paths of its
# {"temp": ...} values (a refusal must leave them unwritten); close() deletes the files.
table_decoder <- function(fixtures) {
  self <- new.env()
  self$files <- character(0)
  self$outputs <- character(0)
  self$decode <- function(value) {
    if (is.null(value) || is.character(value) || is.logical(value)) return(value)
    if (is.numeric(value)) return(as.numeric(value))
    if (is.null(names(value))) {
      # A plain JSON array: numbers or strings.
      items <- lapply(value, self$decode)
      if (!all(vapply(items, function(v) length(v) == 1 && (is.numeric(v) || is.character(v) || is.logical(v)), TRUE))) {
        stop("a plain list holds numbers or strings only (else use list)")
      }
      return(unlist(items))
    }
    tag <- setdiff(names(value), c("with", "without"))
    body <- value[[tag]]
    switch(tag,
      number = c(nan = NaN, inf = Inf, "-inf" = -Inf)[[body]],
      matrix = matrix(unlist(lapply(unlist(body, recursive = FALSE), self$decode)), nrow = length(body), byrow = TRUE),
      fill = matrix(self$decode(body[[3]]), body[[1]], body[[2]]),
      struct = self$fields(body),
      list = unname(lapply(body, self$decode)),
      fixture = {
        fixture <- self$decode(fixtures[[body]])
        if (!is.null(value$without)) fixture <- fixture[setdiff(names(fixture), unlist(value$without))]
        if (!is.null(value$with)) fixture[names(value$with)] <- self$fields(value$with)
        fixture
      },
      config = do.call(train_config, self$fields(body)),
      temp = {
        path <- file.path(tempdir(), body)
        unlink(path)
        self$outputs <- c(self$outputs, path)
        path
      },
      file = {
        path <- file.path(tempfile("dlfp-"), "data.csv")
        dir.create(dirname(path))
        if (!is.null(body)) writeBin(charToRaw(body), path)
        self$files <- c(self$files, path)
        path
      },
      bytes = {
        path <- file.path(tempfile("dlfp-"), "data.idx")
        dir.create(dirname(path))
        starts <- seq(1, nchar(body), by = 2)
        writeBin(as.raw(strtoi(substring(body, starts, starts + 1), 16L)), path)
        self$files <- c(self$files, path)
        path
      },
      stop("unknown tag ", tag))
  }
  # An object's fields decoded, names kept (a null field stays, as NULL).
  self$fields <- function(body) structure(lapply(body, self$decode), names = names(body))
  self$close <- function() unlink(dirname(self$files), recursive = TRUE)
  self
}

# The message with which the case's function refuses its arguments, each data file's path written
# FILE; NULL if it accepts them.
table_refusal <- function(case, decoder) {
  args <- c(lapply(case$args, decoder$decode), decoder$fields(case$named))
  message <- tryCatch({
    do.call(getExportedValue("dlfp", case[["function"]]), args)
    NULL
  }, error = conditionMessage)
  for (path in decoder$files) message <- gsub(path, "FILE", message, fixed = TRUE)
  message
}

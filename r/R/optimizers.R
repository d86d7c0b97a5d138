# Parameter updates.

#' Gradient descent: W <- W - learning_rate dW, b <- b - learning_rate db.
#' @param parameters named list W1, b1, ...
#' @param grads named list holding dW1, db1, ... of the same shapes
#' @return the updated parameters
update_parameters <- function(parameters, grads, learning_rate) {
  missing <- setdiff(paste0("d", names(parameters)), names(grads))
  if (length(missing) > 0) .stop("update_parameters: grads must hold %s", paste(missing, collapse = ", "))
  for (name in names(parameters)) {
    parameters[[name]] <- parameters[[name]] - learning_rate * grads[[paste0("d", name)]]
  }
  parameters
}

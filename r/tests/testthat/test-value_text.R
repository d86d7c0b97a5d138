# tables/value_text.json: how messages write values (docs/messages.md), in R alone (the parity suite
# proves Python and Octave write the same).
for (entry in read_table("value_text.json")$entries) {
  test_that(sprintf("value text %s", entry$id), {
    value <- table_decoder(list())$decode(entry$value)
    expect_identical(value_text(value, shape = isTRUE(entry$shape)), entry$text)
  })
}

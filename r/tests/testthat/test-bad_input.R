# tables/bad_input.json replayed in R alone: every case is refused with its exact message and
# writes nothing (the parity suite proves Python and Octave give the same).
table <- read_table("bad_input.json")
table$fixtures$REPO <- repo_root()
for (case in table$cases) {
  test_that(sprintf("bad input %s is refused with the table's message", case$id), {
    decoder <- table_decoder(table$fixtures)
    on.exit(decoder$close())
    expect_identical(table_refusal(case, decoder), case$message)
    expect_false(any(file.exists(decoder$outputs)), info = "a refusal wrote a file")
  })
}

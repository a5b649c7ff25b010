"""Reading mail: raw bytes -> ParsedMessage (`parse`) -> Classification (`classify`, which
asks the readers of `kinds/` in order). Every language's words are in `lang/`, one file
each; dates are read by one reader (`dates`). Pure: what the store knows is asked
through `facts`."""

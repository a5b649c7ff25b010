"""Reading what people write: dates (`dates`), with each language's words in `lang/`."""

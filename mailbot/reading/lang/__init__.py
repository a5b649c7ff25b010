"""Each served language's words for dates, one module per language (ISO 639-1 code).

A module here is found by its file name: adding a language is adding one file with the
same names as en.py (month and weekday names with their abbreviations and spelling
variants, and the words of relative dates), plus its templates. Every name is a regex
fragment or a word list, lower case (the reader lowers the text and reads "ё" as "е");
a language without a word for something leaves it empty.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

LANGUAGES: dict[str, ModuleType] = {
    info.name: importlib.import_module(f"{__name__}.{info.name}")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name)
    if not info.name.startswith("_")
}
# the order languages are handed to dateparser in: English first, then alphabetical
CODES: tuple[str, ...] = tuple(sorted(LANGUAGES, key=lambda c: (c != "en", c)))

"""One country's (or one market's) holiday calendar from the holidays package, with its
own module loaded alone. The package's lookups import `holidays.countries` (or
`holidays.financial`), whose `__init__` imports all ~250 countries (some 8 MB that a
long-running daemon keeps for good) although a company and its debtors use a handful.
The package's registry says which module holds which code; that module is imported
under its own name while the two packages stand in as bare namespaces, so a later
import of a whole package finds it and uses the same class."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import holidays
from holidays.registry import COUNTRIES, FINANCIAL, IMPORT_LOCK

_ROOT = Path(holidays.__file__).parent
# code -> (module, class), as the package's `list_supported_countries` and
# `list_supported_financial` list them: the registry also names longer class aliases
_CODES = {
    kind: {code: (module, entry[0]) for module, entry in registry.items()
           for code in entry[1:] if 2 <= len(code) <= longest}
    for kind, registry, longest in (("countries", COUNTRIES, 3), ("financial", FINANCIAL, 4))}


def knows(code: str, kind: str = "countries") -> bool:
    return code in _CODES[kind]


def calendar_class(code: str, kind: str = "countries") -> type[holidays.HolidayBase] | None:
    """The package's calendar class for country (kind "countries") or market ("financial")
    `code`, or None for one it lacks."""
    found = _CODES[kind].get(code)
    if found is None:
        return None
    module, name = found
    cls: type[holidays.HolidayBase] = getattr(_load(f"holidays.{kind}.{module}"), name)
    return cls


def _load(full: str) -> ModuleType:
    # the package's own lock: its lazy loader imports under it too
    with IMPORT_LOCK:
        if full in sys.modules:
            return sys.modules[full]
        # a module may import another country's (Åland's imports Finland's): the stand-ins
        # let it, each loaded alone too
        stand_ins = {}
        for kind in _CODES:
            package = f"holidays.{kind}"
            if package not in sys.modules:
                stand_ins[package] = sys.modules[package] = ModuleType(package)
                stand_ins[package].__path__ = [str(_ROOT / kind)]
        try:
            return importlib.import_module(full)
        finally:
            for package, stand_in in stand_ins.items():
                if sys.modules.get(package) is stand_in:
                    del sys.modules[package]

"""The direction of flow, checked on the source: the pure core (domain, reading,
playbook) imports nothing from the edges or the services, and nothing that does IO;
domain, the innermost, imports neither reading nor playbook."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "mailbot"
OUTER = ("mailbot.adapters", "mailbot.app", "mailbot.tools", "mailbot.cli", "mailbot.daemon")
# libraries whose use means talking to the world (network, database, processes, clock)
IO = ("sqlalchemy", "sqlmodel", "psycopg", "alembic", "imapclient", "imaplib", "aiosmtplib",
      "smtplib", "socket", "asyncio", "subprocess", "apscheduler", "structlog",
      "urllib", "http", "requests", "jinja2", "rich", "typer")


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def core_modules(*packages: str) -> list[Path]:
    return sorted(p for pkg in packages for p in (PACKAGE / pkg).rglob("*.py"))


def _under(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("path", core_modules("domain", "reading", "playbook"),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_core_imports_no_edge_and_no_io(path):
    bad = sorted(n for n in imports_of(path) if _under(n, OUTER) or _under(n, IO))
    assert bad == []


@pytest.mark.parametrize("path", core_modules("domain"),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_domain_is_innermost(path):
    bad = sorted(n for n in imports_of(path)
                 if _under(n, ("mailbot.reading", "mailbot.playbook")))
    assert bad == []


def test_the_check_sees_imports():
    # the checks above pass vacuously if imports_of finds nothing: it must see these
    assert "mailbot.playbook.schedule" in imports_of(PACKAGE / "playbook" / "policy.py")
    assert "pydantic" in imports_of(PACKAGE / "adapters" / "config.py")

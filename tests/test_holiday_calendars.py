"""Public holidays are read from the asked country's calendar alone: `holidays.countries`
imports all of its ~250 countries on the first lookup of any (some 8 MB the daemon would
keep), so playbook.calendar loads the one country's module by itself; what it finds is
the package's own answer, day for day and name for name."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import holidays
import pytest

from mailbot.playbook.calendar import financial_holidays, knows_holidays, public_holidays
from mailbot.reading.bank_days import add_bank_days

ROOT = Path(__file__).resolve().parent.parent


def test_a_lookup_imports_only_the_asked_countries_calendars() -> None:
    probe = (
        "import sys\n"
        "from mailbot.playbook.calendar import public_holidays\n"
        "from mailbot.reading.bank_days import add_bank_days\n"
        "import datetime\n"
        "assert public_holidays('DE', 2026)\n"
        "assert public_holidays('JP', 2027)\n"
        "assert add_bank_days(datetime.date(2026, 12, 23), 3, 'GBP')\n"
        "assert add_bank_days(datetime.date(2026, 12, 23), 3, 'EUR')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('holidays.countries',\n"
        "                                                      'holidays.financial'))))\n")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == str([
        "holidays.countries.germany", "holidays.countries.japan",
        "holidays.countries.united_kingdom", "holidays.financial.european_central_bank"])


@pytest.mark.parametrize("country", [
    "DE", "DEU", "GB", "UK", "US", "FR", "JP", "ID", "RU", "CH", "AX", "FI", "IN", "CN",
    "BR", "AU", "CA", "NZ", "SE", "ZA"])
@pytest.mark.parametrize("year", [2025, 2026, 2031])
def test_the_calendar_is_the_packages_own(country: str, year: int) -> None:
    ours = public_holidays(country, year)
    theirs = holidays.country_holidays(country, years=year, language="en_US")
    assert dict(ours.items()) == dict(theirs.items())
    assert ours


@pytest.mark.parametrize("market", ["XECB", "ECB", "TAR", "XNYS", "NYSE", "XSWX"])
def test_a_markets_calendar_is_the_packages_own(market: str) -> None:
    ours = financial_holidays(market, 2026)
    assert dict(ours.items()) == dict(holidays.financial_holidays(market, years=2026).items())
    assert ours


def test_every_code_the_package_knows_is_known_and_no_other() -> None:
    codes = set(holidays.list_supported_countries())
    assert {c for c in codes if knows_holidays(c)} == codes
    for unknown in ("XX", "ZZZ", "", "de", "HolidaysAX", "Germany", "EUR"):
        assert not knows_holidays(unknown)
        assert public_holidays(unknown, 2026) == {}


def test_a_whole_package_imported_after_one_country_has_the_same_class() -> None:
    probe = (
        "from mailbot.playbook.calendar import public_holidays\n"
        "assert public_holidays('AX', 2026)\n"  # Aland's module imports Finland's
        "import holidays.countries, holidays.countries.finland as fi\n"
        "assert holidays.countries.Finland is fi.Finland\n"
        "assert holidays.countries.AlandIslands is type(public_holidays('AX', 2026))\n"
        "assert holidays.country_holidays('DE', years=2026)\n"
        "assert holidays.financial_holidays('XECB', years=2026)\n")
    subprocess.run([sys.executable, "-c", probe], cwd=ROOT, check=True)


def test_bank_days_still_skip_the_countrys_holidays() -> None:
    # Fri 25 and Mon 28 December 2026 are UK bank holidays
    assert add_bank_days(date(2026, 12, 23), 2, "GBP") == date(2026, 12, 29)
    assert add_bank_days(date(2026, 12, 23), 2, "XYZ") is None
    # TARGET closes on the 25th and 26th (a Saturday), not on the 28th
    assert add_bank_days(date(2026, 12, 23), 2, "EUR") == date(2026, 12, 28)

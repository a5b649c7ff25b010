"""A due date whose sentence wraps right after its label ("срок оплаты\\nдо 15.12.2026",
"payable\\nby 15/12/2026"): the date on the next line after a short word is the due date,
not the default terms (the seventh blind round's ru/08 was chased on the 30-day default)."""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.reading.extract import due_date


@pytest.mark.parametrize("text", [
    ("Направляем счёт СЧ-1 на первый платёж — 243 100,00 руб., срок оплаты\n"
    "до 15.12.2026. Второй платёж — после поставки."),
    "Please find invoice INV-1 for the first instalment, payment due\nby 15/12/2026 at the latest.",
    "Anbei die Rechnung RE-1 über den Abschlag, zahlbar\nbis 15.12.2026 ohne Abzug.",
])
def test_a_due_date_wrapped_onto_the_next_line_is_read(text: str) -> None:
    assert due_date(text) == date(2026, 12, 15)


def test_a_next_line_that_only_mentions_a_date_later_is_not_the_due_date() -> None:
    text = "Zahlungsziel:\nWie vereinbart nach der Abnahme am 15.12.2026.\n"
    assert due_date(text) is None

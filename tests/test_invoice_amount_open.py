"""An invoice whose amount due now is open goes to a person: payable in another currency
at the rate of the payment day ("or the equivalent in ...", "atau ekuivalen Rupiah
dengan kurs ... pada hari pembayaran", "по курсу ЦБ на день оплаты"), or a sum that
depends on a condition not yet met ("pay the reduced amount if ...", "допсоглашение
пока на согласовании")."""

from __future__ import annotations

import pytest

from mailbot.domain.values import Kind
from tests.test_invoices import message, run


@pytest.mark.parametrize("body", [
    ("Invoice INV-7301, fee EUR 3,000.00 or the equivalent in GBP at the mid-market rate on "
     "the day of payment. Payment within 30 days.\n"),
    ("Rechnung RE-7302: 4.000,00 USD oder den Gegenwert in EUR zum Tageskurs am Tag der "
     "Zahlung. Zahlbar innerhalb 14 Tagen.\n"),
    ("Invoice INV-7303\nNilai tagihan: USD 1,800.00 atau ekuivalen Rupiah dengan kurs JISDOR "
     "pada hari pembayaran. Jatuh tempo 14 hari.\n"),
    ("Счёт № СЧ-7304 от 10.11.2026 на сумму 2 500,00 USD, оплата в рублях по курсу ЦБ РФ на "
     "день оплаты. Срок оплаты — 10 дней.\n"),
    ("Invoice INV-7305 for EUR 5,000.00. Once the amended contract is signed you can pay the "
     "reduced amount of EUR 4,500.00 instead. Payment within 14 days.\n"),
    ("Счёт № СЧ-7306 от 10.11.2026 — 120 000,00 руб. После подписания допсоглашения скидка "
     "5%, но оно пока на согласовании. Срок оплаты — 10 дней.\n"),
])
def test_an_amount_that_is_still_open_goes_to_a_person(body):
    c = run(message(body, date_="Tue, 10 Nov 2026 09:30:00 +0000"))
    assert c.kind == Kind.INVOICE_COPY
    assert c.needs_human, c.reason

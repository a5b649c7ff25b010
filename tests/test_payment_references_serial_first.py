"""Payment notices whose reference writes an invoice number otherwise, where the number's
serial comes first and its year last ("0412/ABC-INV/XI/2026"): "INV 0412 ABC XI 2026",
"invoice 0412 website"; the year alone never stands for an invoice. And a notice that
states an open remainder above zero ("Offener Betrag 1.200,00 €", "Sisa tagihan: Rp
...", "Остаток к оплате: ...") is a part payment, not a full one."""

from __future__ import annotations

import pytest

import tests.test_payment_facts as base
from mailbot.reading.context import Context
from tests.test_payment_facts import BOT, MX

CTX = Context(
    bot_address=BOT,
    staff_domains=frozenset({"acme.test"}),
    notifiers=frozenset({"alerts@bank.test"}),
    authserv_ids=frozenset({MX}),
    known_invoice_numbers=("0412/ABC-INV/XI/2026", "0415/ABC-INV/XI/2026",
                           "0398/ABC-INV/X/2026", "RE-2026-601"),
)


@pytest.fixture(autouse=True)
def _serial_first_numbers(monkeypatch):
    monkeypatch.setattr(base, "CTX", CTX)


def read(body: str) -> dict[str, object]:
    return base.record(body)


@pytest.mark.parametrize("body", [
    "Transfer Masuk\nNominal   : Rp 12.500.000,00\nBerita    : INV 0412 ABC XI 2026\n",
    "Pembayaran QRIS diterima\nJumlah : Rp12.500.000\nCatatan pembeli : invoice 0412 website\n",
])
def test_a_serial_first_number_written_otherwise_is_found(body):
    r = read(body)
    assert r["kind"] == "payment_confirmation"
    assert r["invoice_numbers"] == ["0412/ABC-INV/XI/2026"], r["reason"]
    assert not r["needs_human"], r["reason"]


def test_the_year_alone_stands_for_no_invoice():
    r = read("Transfer Masuk\nNominal   : Rp 12.500.000,00\nBerita    : PEMBAYARAN 2026\n")
    assert r["invoice_numbers"] == []
    assert r["needs_human"]


@pytest.mark.parametrize("body", [
    ("Zahlung erhalten\nRechnung          RE-2026-601\nRechnungsbetrag   2.400,00 €\n"
     "Bezahlt           1.200,00 €\nOffener Betrag    1.200,00 €\n"),
    ("Pembayaran diterima\nInvoice : RE-2026-601\nDibayar : Rp 1.200.000\n"
     "Sisa tagihan : Rp 1.200.000\n"),
    ("Поступил платёж\nСчёт: RE-2026-601\nОплачено: 1 200,00 ₽\nОстаток к оплате: 1 200,00 ₽\n"),
])
def test_an_open_remainder_above_zero_is_a_part_payment(body):
    r = read(body)
    assert r["kind"] == "payment_confirmation"
    assert r["payment_full"] is False, r


def test_a_remainder_of_zero_is_no_part_payment():
    r = read("Zahlung erhalten\nRechnung          RE-2026-601\nBezahlt           2.400,00 €\n"
             "Offener Betrag    0,00 €\n")
    assert r["payment_full"] is not False, r


def test_a_piece_of_an_amount_is_no_serial_first_number():
    # "0412/ABC-INV/XI/2026" is written "0412": the "412" of "412 500,00" is an amount's
    r = read("Поступление 412 500,00 руб. на счёт\n"
             "Назначение платежа: оплата по сч. RE-2026-601, НДС не облагается\n")
    assert r["invoice_numbers"] == ["RE-2026-601"], r["reason"]

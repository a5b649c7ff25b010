"""What a letter to a client says besides its stage's words: the company's name and
signature in the letter's language, and the payment details for the invoices it is about.
Pure: config and values in, the template context out. The scheduler and `mailbot preview`
both build a letter's context here, so a preview is the letter as sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

from mailbot.adapters.config import CompanyConfig, PaymentConfig, VirtualAccount


@dataclass(frozen=True)
class LetterCompany:
    """The company as a letter in one language names it."""

    name: str
    signature: str


@dataclass(frozen=True)
class PaymentRow:
    """One line of the payment details: `key` picks the label in the letter's language
    (templates/<lang>/_payment.j2); `subject` fills a label that names an invoice."""

    key: str
    value: str
    subject: str = ""
    url: bool = False


@dataclass(frozen=True)
class PaymentDetails:
    rows: tuple[PaymentRow, ...]
    note: str = ""


def payment_details(company: CompanyConfig, lang: str, numbers: Sequence[str],
                    debtor_keys: Iterable[str] = ()) -> PaymentDetails:
    """The payment details for invoices `numbers`, each line keyed for its label. A virtual
    account is the one configured for any of `debtor_keys` (the debtor's name, addresses,
    domains)."""
    note = company.text(lang).note or ""
    p = company.payment
    if p is None:  # the deprecated single string, as written
        rows = [PaymentRow("instructions", company.payment_instructions or "")]
        rows += _links(company.payment_link, "{number}", numbers)
        return PaymentDetails(tuple(rows), note)
    rows = [PaymentRow("holder", p.holder)]
    if p.iban:
        rows.append(PaymentRow("iban", p.iban))
    if p.bic:
        rows.append(PaymentRow("bic", p.bic))
    if p.local:
        rows += [PaymentRow("bank", p.local.bank), PaymentRow("account", p.local.number)]
    virtual = virtual_account(p, debtor_keys)
    if virtual is not None:
        if virtual.bank:
            rows.append(PaymentRow("virtual_bank", virtual.bank))
        rows.append(PaymentRow("virtual_account", virtual.number))
    if numbers:
        refs = [p.reference.format(number=n) for n in numbers]
        rows.append(PaymentRow("reference" if len(refs) == 1 else "references",
                               ", ".join(refs)))
    rows += _links(p.link or company.payment_link, p.reference, numbers)
    return PaymentDetails(tuple(rows), note)


def _links(link: str | None, reference: str, numbers: Sequence[str]) -> list[PaymentRow]:
    """The payment link, its reference filled in (one link per invoice when it has one)."""
    if not link:
        return []

    def url(number: str) -> str:
        return link.replace("{reference}", quote(reference.format(number=number), safe=""))

    if "{reference}" not in link or len(numbers) <= 1:
        return [PaymentRow("link", url(numbers[0]) if numbers else link, url=True)]
    return [PaymentRow("link_for", url(n), subject=n, url=True) for n in numbers]


def virtual_account(p: PaymentConfig, debtor_keys: Iterable[str]) -> VirtualAccount | None:
    for key in debtor_keys:
        found = p.virtual_accounts.get(key.strip().lower())
        if found is not None:
            return found
    return None


def debtor_keys(name: str, emails: Iterable[str]) -> list[str]:
    """What a virtual account may be keyed by: the debtor's name, each address, and each
    address's domain with its parents (finance.globex.test, globex.test)."""
    keys = [name]
    for email in emails:
        keys.append(email)
        domain = email.rpartition("@")[2]
        while "." in domain:
            keys.append(domain)
            domain = domain.partition(".")[2]
    return keys


def letter_context(company: CompanyConfig, lang: str, *, debtor: Any, contact_name: str,
                   contact_emails: Sequence[str], invoices: list[dict[str, Any]],
                   show_payment: bool, promise_missed_on: date | None = None,
                   ) -> dict[str, Any]:
    """The context of templates/<lang>/<stage>.j2 for one client letter."""
    text = company.text(lang)
    return {
        "company": LetterCompany(name=text.name or company.name,
                                 signature=text.signature or company.signature),
        "debtor": debtor,
        "contact_name": contact_name,
        "invoices": invoices,
        "show_payment": show_payment,
        # a broken promise's day: the note says, politely, that it passed (once)
        "promise_missed_on": promise_missed_on,
        "payment": payment_details(company, lang, [i["number"] for i in invoices],
                                   debtor_keys(debtor.name, contact_emails)),
    }

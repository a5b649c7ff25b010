"""A bank's ISO 20022 camt.054 debit/credit notification (the XML a German bank attaches
to "Neue Umsatzbenachrichtigung"). Pure.

Read into the lines a text notice would hold, for the payment reader: the credited amount
and currency, the value date, the payer and the remittance information, one block per
credit entry (debits are not money received). The XML is parsed without DTDs, entities or
network, as e-invoices are (mailbot.reading.einvoice)."""

from __future__ import annotations

import io
from dataclasses import dataclass

MAX_PAYLOAD = 2_000_000


@dataclass(frozen=True)
class Credit:
    amount: str  # as written: "3927.00"
    currency: str
    value_date: str | None  # ISO "2026-11-24"
    booking_date: str | None
    payer: str | None
    remittance: str

    def as_text(self) -> str:
        """The lines of a text notice, in the payment reader's English labels."""
        lines = [f"Amount credited: {self.currency} {self.amount}"]
        if self.value_date:
            lines.append(f"Value date: {self.value_date}")
        if self.payer:
            lines.append(f"From: {self.payer}")
        if self.remittance:
            lines.append(f"Reference: {self.remittance}")
        return "\n".join(lines)


def is_camt054(payload: bytes) -> bool:
    head = payload[:2000]
    return b"camt.054" in head and b"BkToCstmrDbtCdtNtfctn" in head


def credits(payload: bytes) -> list[Credit] | None:
    """The credit entries of a camt.054 file, or None when it is not one (or does not
    parse, or carries a DTD)."""
    if len(payload) > MAX_PAYLOAD or not is_camt054(payload):
        return None
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             load_dtd=False)
    try:
        tree = etree.parse(io.BytesIO(payload), parser)
    except Exception:  # noqa: BLE001 - XMLSyntaxError, but also encoding errors
        return None
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        return None
    found: list[Credit] = []
    for entry in tree.getroot().iterfind(".//{*}Ntry"):
        if (entry.findtext("{*}CdtDbtInd") or "").strip() != "CRDT":
            continue
        amount = entry.find("{*}Amt")
        if amount is None or not (amount.text or "").strip():
            continue
        remittance = " ".join(
            " ".join((e.text or "").split()) for e in entry.iterfind(".//{*}RmtInf//*")
            if (e.text or "").strip())
        payer = (entry.findtext(".//{*}RltdPties/{*}Dbtr/{*}Pty/{*}Nm")
                 or entry.findtext(".//{*}RltdPties/{*}Dbtr/{*}Nm"))
        found.append(Credit(
            amount=(amount.text or "").strip(), currency=amount.get("Ccy", "").strip(),
            value_date=_date(entry, "ValDt"), booking_date=_date(entry, "BookgDt"),
            payer=payer.strip() if payer else None, remittance=remittance))
    return found


def _date(entry: object, name: str) -> str | None:
    found = entry.find(f"{{*}}{name}")  # type: ignore[attr-defined]
    if found is None:
        return None
    text = found.findtext("{*}Dt") or found.findtext("{*}DtTm") or ""
    return text.strip()[:10] or None

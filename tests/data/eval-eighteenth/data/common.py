"""Shared bits for the desk modules: bot address, reminder helpers, MDN/DSN builders."""
from __future__ import annotations

from mailkit import (BOT, Leaf, Multi, Reminder, addr, ar, attach, build, dt, enc, h, html,
                     mail, msgid, rfcdate, text)

BOT_ADDR = addr("Wrenfield Accounts Receivable", BOT)


def thread(rem: Reminder, extra_refs: str = "") -> dict:
    refs = (extra_refs + " " if extra_refs else "") + rem.id
    return {"irt": rem.id, "refs": refs}


def mdn_report(seed: str, human: str, *, reporting_ua: str, final_rcpt: str, orig: str,
               disposition: str = "manual-action/MDN-sent-manually; displayed",
               human_cs: str = "utf-8", human_cte: str = "quoted-printable", style: str = "plain",
               orig_headers: str | None = None, extra_fields: str = "") -> Multi:
    fields = (f"Reporting-UA: {reporting_ua}\nFinal-Recipient: rfc822;{final_rcpt}\n"
              f"Original-Message-ID: {orig}\nDisposition: {disposition}\n{extra_fields}")
    parts = [text(human, cs=human_cs, cte=human_cte),
             Leaf("message/disposition-notification", fields.encode(), "7bit")]
    if orig_headers:
        parts.append(Leaf("text/rfc822-headers", orig_headers.encode("utf-8"), "7bit", '; charset="utf-8"'
                          if not orig_headers.isascii() else ""))
    return Multi("report", *parts, seed=seed, style=style,
                 params=' report-type="disposition-notification";')


def dsn_report(seed: str, human: str, *, reporting_mta: str, recipients: list[tuple[str, str, str, str]],
               arrival: str | None = None, orig_headers: str = "", human_cs: str = "us-ascii",
               human_cte: str = "7bit", style: str = "plain", full_original: bytes | None = None,
               envelope_id: str | None = None) -> Multi:
    """recipients: (address, action, status, diagnostic)."""
    per = [f"Reporting-MTA: dns; {reporting_mta}"]
    if envelope_id:
        per.append(f"Original-Envelope-Id: {envelope_id}")
    if arrival:
        per.append(f"Arrival-Date: {arrival}")
    blocks = ["\n".join(per)]
    for a, action, status, diag in recipients:
        b = [f"Final-Recipient: rfc822; {a}", f"Original-Recipient: rfc822;{a}", f"Action: {action}",
             f"Status: {status}"]
        if diag:
            b.append(f"Diagnostic-Code: smtp; {diag}")
        blocks.append("\n".join(b))
    parts = [text(human, cs=human_cs, cte=human_cte),
             Leaf("message/delivery-status", ("\n\n".join(blocks) + "\n").encode(), "7bit")]
    if full_original is not None:
        parts.append(Leaf("message/rfc822", full_original, "8bit"))
    elif orig_headers:
        parts.append(Leaf("text/rfc822-headers", orig_headers.encode(), "7bit"))
    return Multi("report", *parts, seed=seed, style=style, params=' report-type="delivery-status";')


SEND_TIME = {"en": "09:30", "de": "08:40", "id": "02:10", "ru": "06:20"}


def sent_date(rem: Reminder) -> str:
    return rfcdate(rem.sent + " " + SEND_TIME[rem.desk], "+0000")


def reminder_headers(rem: Reminder, subject_cs: str = "utf-8") -> str:
    return (f"From: Wrenfield Accounts Receivable <{BOT}>\nTo: {rem.recipient}\n"
            f"Subject: {enc(rem.subject, subject_cs)}\nDate: {sent_date(rem)}\n"
            f"Message-ID: {rem.id}\nDisposition-Notification-To: {BOT}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n")


def reminder_message(rem: Reminder, body: str) -> bytes:
    return build([("From", f"Wrenfield Accounts Receivable <{BOT}>"), ("To", rem.recipient),
                  ("Subject", enc(rem.subject)), ("Date", sent_date(rem)),
                  ("Message-ID", rem.id), ("Disposition-Notification-To", BOT)], text(body))

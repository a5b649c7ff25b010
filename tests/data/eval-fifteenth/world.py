"""The invented world (Kestrel Print & Packaging) and the message builders each desk uses."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import mailkit as mk
from mailkit import BOT, MX

COMPANY = "Kestrel Print & Packaging"

LABEL_COLS = ["file", "kind", "language", "invoice_numbers", "amount", "currency", "issue_date", "due_date",
              "payment_terms_days", "intent", "promised_date", "return_date", "failed_recipients",
              "bounce_permanent", "original_message_id", "needs_human", "bounce_reason", "challenge",
              "payment_date", "payment_full", "allocations", "note"]


@dataclass
class Client:
    key: str
    name: str
    contact: str
    addr: str
    tz: str = "+0000"
    cur: str = "GBP"
    lang: str = "en"

    @property
    def domain(self) -> str:
        return self.addr.split("@", 1)[1]


@dataclass
class Reminder:
    id: str
    client: Client
    invoices: list
    amounts: list
    dues: list
    sent: str  # 'YYYY-MM-DD HH:MM +ZZZZ'
    to: str
    cur: str
    stage: str
    subject: str = ""


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember"]


def fmt_date(lang: str, iso: str) -> str:
    d = date.fromisoformat(iso)
    if lang == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if lang == "id":
        return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"
    return d.strftime("%d.%m.%Y")


def _group(n: int, sep: str) -> str:
    s = f"{n:,}"
    return s.replace(",", sep)


def fmt_amt(lang: str, x: float, cur: str) -> str:
    units = int(round(x * 100)) // 100
    cents = int(round(x * 100)) % 100
    if lang == "en":
        sym = {"GBP": "£", "EUR": "€", "USD": "US$"}.get(cur, cur + " ")
        return f"{sym}{_group(units, ',')}.{cents:02d}"
    if lang == "de":
        return f"{_group(units, '.')},{cents:02d} {'€' if cur == 'EUR' else cur}"
    if lang == "id":
        if cur == "IDR":
            return f"Rp {_group(units, '.')}" + (f",{cents:02d}" if cents else "")
        return f"USD {_group(units, ',')}.{cents:02d}"
    if lang == "ru":
        word = {"RUB": "руб.", "USD": "USD", "KZT": "тенге"}[cur]
        return f"{_group(units, chr(160))},{cents:02d} {word}"
    raise ValueError(lang)


BANK = {
    "en": "Northgate Bank plc, sort code 20-45-77, account 43917265 (IBAN GB29 NGBK 2045 7743 9172 65, BIC NGBKGB2L)",
    "de": "Rhein-Main Bank eG, IBAN DE44 5009 0500 0712 3456 78, BIC GENODEF1RMB",
    "id": "Bank Nusantara Raya, a/n PT Kestrel Print Indonesia, no. rekening 118-00-7745210-3",
    "ru": "р/с 40702810900000012345 в АО «Банк Волга-Кредит», БИК 044525999, к/с 30101810400000000999",
}


class Desk:
    def __init__(self, lang: str, domain: str, staff: dict, notifiers: dict, bot_tz: str):
        self.lang = lang
        self.domain = domain
        self.staff = staff            # key -> (name, addr)
        self.notifiers = notifiers    # key -> (name, addr)
        self.bot_tz = bot_tz
        self.items: list = []
        self.reminders: list[Reminder] = []

    # ------------------------------------------------------------ reminders
    def rem(self, client: Client, invoices, amounts, dues, sent: str, to: str | None = None,
            cur: str | None = None, stage: str = "overdue") -> Reminder:
        invoices = [invoices] if isinstance(invoices, str) else list(invoices)
        amounts = [amounts] if isinstance(amounts, (int, float)) else list(amounts)
        dues = [dues] if isinstance(dues, str) else list(dues)
        r = Reminder(mk.reminder_id(sent, f"{self.lang}:{client.key}:{'/'.join(invoices)}:{sent}"), client,
                     invoices, amounts, dues, sent, to or client.addr, cur or client.cur, stage)
        r.subject = reminder_subject(self.lang, r)
        self.reminders.append(r)
        return r

    # ------------------------------------------------------------ items
    def add(self, slug: str, raw: bytes, kind: str, language: str | None = None, **label):
        row = {c: "" for c in LABEL_COLS}
        row.update(kind=kind, language=language or self.lang)
        for k, v in label.items():
            if k not in row:
                raise KeyError(k)
            if isinstance(v, bool):
                v = "true" if v else "false"
            elif isinstance(v, (list, tuple)):
                v = ";".join(v)
            elif isinstance(v, float):
                v = f"{v:.2f}"
            elif isinstance(v, Reminder):
                v = v.id
            row[k] = str(v)
        if row["kind"] != "client_reply" and "needs_human" not in label:
            row["needs_human"] = "false"
        if row["needs_human"] == "":
            row["needs_human"] = "false"
        self.items.append((slug, raw, row))

    # ------------------------------------------------------------ generic mail
    def mail(self, seed: str, frm, to, when: str, subject: str, part, cc=None, irt=None, refs=None,
             auth="ok", extra=None, helo=None, ip="198.51.100.23", mid=None, return_path=None,
             charset="utf-8", delivered_to=True, auth_domain=None) -> bytes:
        name, a = frm
        dom = a.split("@", 1)[1]
        hs = []
        hs.append(("Return-Path", f"<{return_path if return_path is not None else a}>"))
        if delivered_to:
            hs.append(("Delivered-To", BOT))
        hs.append(("Received", mk.received(helo or f"mail.{dom}", ip, when, f"{self.lang}:{seed}")))
        if auth == "ok":
            hs.append(("Authentication-Results", mk.auth_results(auth_domain or dom)))
        elif auth == "fail":
            hs.append(("Authentication-Results", mk.auth_results(auth_domain or dom, ok=False)))
        elif auth:
            hs.append(("Authentication-Results", auth))
        hs.append(("From", mk.addr(name, a)))
        tos = [to] if isinstance(to, (str, tuple)) else to
        hs.append(("To", ",\n\t".join(mk.addr(*t) if isinstance(t, tuple) else t for t in tos)))
        if cc:
            ccs = [cc] if isinstance(cc, (str, tuple)) else cc
            hs.append(("Cc", ",\n\t".join(mk.addr(*t) if isinstance(t, tuple) else t for t in ccs)))
        hs.append(("Subject", mk.enc(subject, charset if charset in ("utf-8", "koi8-r", "windows-1251", "windows-1252", "iso-8859-1") else "utf-8")))
        hs.append(("Date", mk.date_hdr(when)))
        hs.append(("Message-ID", mid or mk.msgid(f"{self.lang}:{seed}", dom if "." in dom else "localhost")))
        if irt:
            hs.append(("In-Reply-To", irt))
        if refs:
            hs.append(("References", mk.fold("References", refs)))
        for k, v in extra or []:
            hs.append((k, v))
        return mk.finish(hs, part)

    # ------------------------------------------------------------ bot's own reminder
    def reminder_bytes(self, r: Reminder) -> bytes:
        body = reminder_text(self.lang, r)
        hs = [("From", mk.addr(BOT_NAME[self.lang], BOT)),
              ("To", mk.addr(r.client.contact, r.to)),
              ("Subject", mk.enc(r.subject)),
              ("Date", mk.date_hdr(r.sent)),
              ("Message-ID", r.id),
              ("Disposition-Notification-To", BOT),
              ("Auto-Submitted", "auto-generated"),
              ("X-Mailer", "mailbot")]
        return mk.finish(hs, mk.text(body))

    def reminder_header_lines(self, r: Reminder) -> str:
        raw = self.reminder_bytes(r).replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
        return raw.decode("ascii")

    def quote(self, r: Reminder, when: str | None = None) -> str:
        body = reminder_text(self.lang, r)
        return attribution(self.lang, r.sent) + "\n" + "\n".join(("> " + ln).rstrip() for ln in body.split("\n"))

    # ------------------------------------------------------------ client reply
    def reply(self, seed, client: Client, r: Reminder | None, when: str, body: str, frm=None, subject=None,
              html=False, charset="utf-8", cc=None, refs_extra=(), quote=True, cte=None, extra=None,
              to=None, irt=True) -> bytes:
        frm = frm or (client.contact, client.addr)
        text_body = body
        if r is not None and quote:
            text_body = body.rstrip("\n") + "\n\n" + self.quote(r) + "\n"
        if subject is None:
            subject = reply_prefix(client.lang if client.lang in ("en", "de", "id", "ru") else self.lang) + r.subject
        if html:
            part = mk.multipart("alternative", [mk.text(text_body, charset=charset, cte=cte),
                                                mk.text(to_html(text_body), "html", charset=charset, cte=cte)],
                                f"{self.lang}:{seed}:alt")
        else:
            part = mk.text(text_body, charset=charset, cte=cte)
        refs = None
        irt_v = None
        if r is not None:
            refs = list(refs_extra) + [r.id]
            irt_v = r.id if irt else None
            if not irt:
                refs = list(refs_extra) + [r.id]
        return self.mail(seed, frm, to or [(BOT_NAME[self.lang], BOT)], when, subject, part, cc=cc,
                         irt=irt_v, refs=refs, charset=charset, extra=extra)

    # ------------------------------------------------------------ invoice copy
    def invoice(self, seed, staff_key, client: Client, when, subject, body, pdf_lines=None, pdf_name=None,
                html=None, charset="utf-8", bcc=False, xml=None, xml_name=None, cc_extra=(), cte=None,
                fwd=None) -> bytes:
        sname, saddr = self.staff[staff_key]
        if html is not None:
            main = mk.multipart("alternative", [mk.text(body, charset=charset, cte=cte),
                                                mk.text(html, "html", charset=charset, cte=cte)],
                                f"{self.lang}:{seed}:alt")
        else:
            main = mk.text(body, charset=charset, cte=cte)
        parts = [main]
        if pdf_lines:
            parts.append(mk.binary(mk.pdf(pdf_lines, title=pdf_name or "Invoice"), "application/pdf",
                                   pdf_name or "invoice.pdf"))
        if xml:
            parts.append(mk.binary(xml.encode("utf-8"), "application/xml", xml_name or "invoice.xml"))
        part = parts[0] if len(parts) == 1 else mk.multipart("mixed", parts, f"{self.lang}:{seed}:mix")
        cc = list(cc_extra)
        if not bcc:
            cc.append((BOT_NAME[self.lang], BOT))
        return self.mail(seed, (sname, saddr), [(client.contact, client.addr)], when, subject, part,
                         cc=cc or None, helo=f"smtp.{self.domain}", ip="203.0.113.10", charset=charset)

    # ------------------------------------------------------------ read receipts
    def mdn(self, seed, r: Reminder, when, human: str, ua="Microsoft Outlook 16.0", standard=True,
            subject=None, irt=True, disposition="manual-action/MDN-sent-manually; displayed", frm=None):
        c = r.client
        frm = frm or (c.contact, r.to)
        if standard:
            rep = (f"Reporting-UA: {c.domain}; {ua}\nFinal-Recipient: rfc822;{r.to}\n"
                   f"Original-Message-ID: {r.id}\nDisposition: {disposition}\n")
            part = mk.multipart("report", [mk.text(human),
                                           mk.raw_part("message/disposition-notification", rep),
                                           mk.rfc822(self.reminder_bytes(r), headers_only=True)],
                                f"{self.lang}:{seed}:mdn", params="report-type=disposition-notification")
        else:
            part = mk.text(human)
        subj = subject or (READ_PREFIX[self.lang] + r.subject)
        return self.mail(seed, frm, [(BOT_NAME[self.lang], BOT)], when, subj, part,
                         irt=r.id if irt else None, refs=[r.id] if irt else None)

    # ------------------------------------------------------------ bounces
    def dsn(self, seed, r: Reminder, when, human: str, status: str, diag: str, remote: str | None,
            action="failed", reporter=MX, frm=("Mail Delivery System", "MAILER-DAEMON@mx1.kestrel-print.com"),
            subject="Undelivered Mail Returned to Sender", full=True, recipient=None, lang_charset="utf-8"):
        rcpt = recipient or r.to
        per_msg = f"Reporting-MTA: dns; {reporter}\nX-Postfix-Queue-ID: {mk.h('qid' + seed, 10).upper()}\n" \
                  f"Arrival-Date: {mk.date_hdr(r.sent)}\n"
        per_rcpt = f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {action}\n" \
                   f"Status: {status}\n"
        if remote:
            per_rcpt += f"Remote-MTA: dns; {remote}\n"
        per_rcpt += f"Diagnostic-Code: smtp; {diag}\n"
        if action == "delayed":
            per_rcpt += f"Will-Retry-Until: {mk.date_hdr(when[:11] + '23:59' + when[16:])}\n"
        part = mk.multipart("report", [mk.text(human, charset=lang_charset),
                                       mk.raw_part("message/delivery-status", per_msg + "\n" + per_rcpt),
                                       mk.rfc822(self.reminder_bytes(r), headers_only=not full)],
                            f"{self.lang}:{seed}:dsn", params="report-type=delivery-status")
        ar = (f"{MX};\n\tspf=none smtp.helo={reporter};\n\tdkim=none;\n\tdmarc=none")
        return self.mail(seed, frm, [r.to if False else BOT], when, subject, part, auth=ar,
                         return_path="", helo=reporter, ip="10.20.0.5",
                         extra=[("Auto-Submitted", "auto-replied")])

    def ndr(self, seed, r: Reminder, when, body: str, frm, subject, charset="utf-8", attach_original=True,
            auth=None, cte=None):
        """Non-standard bounce: plain text (or text + original message), no delivery-status part."""
        if attach_original:
            part = mk.multipart("mixed", [mk.text(body, charset=charset, cte=cte),
                                          mk.rfc822(self.reminder_bytes(r))], f"{self.lang}:{seed}:ndr")
        else:
            part = mk.text(body, charset=charset, cte=cte)
        dom = frm[1].split("@", 1)[1]
        ar = auth or f"{MX};\n\tspf=pass smtp.mailfrom={dom};\n\tdkim=none;\n\tdmarc=none header.from={dom}"
        return self.mail(seed, frm, [BOT], when, subject, part, auth=ar, return_path="", charset=charset)


BOT_NAME = {"en": "Kestrel Print & Packaging – Accounts", "de": "Kestrel Print & Packaging – Buchhaltung",
            "id": "Kestrel Print & Packaging – Keuangan", "ru": "Kestrel Print & Packaging – Бухгалтерия"}
READ_PREFIX = {"en": "Read: ", "de": "Gelesen: ", "id": "Dibaca: ", "ru": "Прочитано: "}


def reply_prefix(lang: str) -> str:
    return {"en": "RE: ", "de": "AW: ", "id": "Re: ", "ru": "Re: "}.get(lang, "Re: ")


def reminder_subject(lang: str, r: Reminder) -> str:
    inv = ", ".join(r.invoices)
    n = len(r.invoices)
    if lang == "en":
        if n > 1:
            return f"Statement of account – {n} open invoices ({inv})"
        return f"Reminder: invoice {inv} (due {fmt_date('en', r.dues[0])})"
    if lang == "de":
        if n > 1:
            return f"Kontoauszug – {n} offene Rechnungen ({inv})"
        return f"Zahlungserinnerung: Rechnung {inv} – Kestrel Print & Packaging"
    if lang == "id":
        if n > 1:
            return f"Rekap tagihan – {n} invoice terbuka ({inv})"
        return f"Pengingat pembayaran: Invoice {inv}"
    if n > 1:
        return f"Акт сверки: {n} неоплаченных счёта ({inv})"
    return f"Напоминание об оплате: счёт № {inv}"


def reminder_text(lang: str, r: Reminder) -> str:
    c = r.client
    rows = [(i, fmt_amt(lang, a, r.cur), fmt_date(lang, d)) for i, a, d in zip(r.invoices, r.amounts, r.dues)]
    if lang == "en":
        lines = [f"Dear {c.contact},", "", "How are you? We hope business is going well.", ""]
        if r.stage == "arrival":
            lines.append("We just wanted to check that our invoice below reached you safely:")
        else:
            lines.append("This is a friendly reminder about the following open invoice(s):")
        lines += [f"  Invoice {i}: {a}, due {d}" for i, a, d in rows]
        lines += ["", f"Payment details: {BANK['en']}.", "Please quote the invoice number as reference.", "",
                  "If you have already paid, please ignore this message – and thank you!",
                  "If anything is unclear, just reply to this email and we will be glad to help.", "",
                  "Kind regards,", "Accounts team", COMPANY]
    elif lang == "de":
        lines = [f"Sehr geehrte Damen und Herren, sehr geehrte/r {c.contact},", "",
                 "wir hoffen, es geht Ihnen gut und die Geschäfte laufen erfreulich.", ""]
        lines.append("Wir möchten Sie freundlich an folgende offene Rechnung(en) erinnern:")
        lines += [f"  Rechnung {i}: {a}, fällig am {d}" for i, a, d in rows]
        lines += ["", f"Bankverbindung: {BANK['de']}.", "Bitte geben Sie die Rechnungsnummer als Verwendungszweck an.",
                  "", "Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.",
                  "Bei Fragen antworten Sie einfach auf diese E-Mail.", "", "Mit freundlichen Grüßen", "Ihre Buchhaltung",
                  COMPANY]
    elif lang == "id":
        lines = [f"Yth. Bapak/Ibu {c.contact},", "", "Semoga Bapak/Ibu dalam keadaan sehat dan usaha berjalan lancar.", "",
                 "Kami ingin mengingatkan tagihan berikut yang belum kami terima pembayarannya:"]
        lines += [f"  Invoice {i}: {a}, jatuh tempo {d}" for i, a, d in rows]
        lines += ["", f"Pembayaran ke: {BANK['id']}.", "Mohon cantumkan nomor invoice pada berita transfer.", "",
                  "Apabila Bapak/Ibu sudah melakukan pembayaran, mohon abaikan email ini. Terima kasih.",
                  "Jika ada pertanyaan, silakan balas email ini.", "", "Salam hormat,", "Tim Keuangan", COMPANY]
    else:
        lines = [f"Добрый день, {c.contact}!", "", "Надеемся, у вас всё хорошо и дела идут успешно.", "",
                 "Напоминаем о неоплаченных счетах:"]
        lines += [f"  Счёт № {i}: {a}, срок оплаты {d}" for i, a, d in rows]
        lines += ["", f"Реквизиты: {BANK['ru']}.", "В назначении платежа, пожалуйста, укажите номер счёта.", "",
                  "Если вы уже оплатили, пожалуйста, не обращайте внимания на это письмо — спасибо!",
                  "Если есть вопросы, просто ответьте на это письмо.", "", "С уважением,", "Бухгалтерия", COMPANY]
    return "\n".join(lines) + "\n"


def attribution(lang: str, sent: str) -> str:
    d = mk.dt(sent)
    if lang == "en":
        return f"On {d.strftime('%a')}, {d.day} {MONTHS_EN[d.month - 1][:3]} {d.year} at {d:%H:%M}, {BOT_NAME['en']} <{BOT}> wrote:"
    if lang == "de":
        return f"Am {d:%d.%m.%Y} um {d:%H:%M} schrieb {BOT_NAME['de']} <{BOT}>:"
    if lang == "id":
        return f"Pada {d.day} {MONTHS_ID[d.month - 1][:3]} {d.year} {d:%H.%M}, {BOT_NAME['id']} <{BOT}> menulis:"
    return f"{d:%d.%m.%Y}, {d:%H:%M}, {BOT_NAME['ru']} <{BOT}> пишет:"


def to_html(t: str) -> str:
    import html as _h
    out = []
    for ln in t.split("\n"):
        if ln.startswith(">"):
            out.append(f'<div style="color:#555;border-left:2px solid #ccc;padding-left:6px">{_h.escape(ln[1:].lstrip())}</div>')
        else:
            out.append(f"<div>{_h.escape(ln) or '<br>'}</div>")
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>\n"


def add_days(iso: str, n: int) -> str:
    return (date.fromisoformat(iso) + timedelta(days=n)).isoformat()

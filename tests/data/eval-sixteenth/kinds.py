"""Builders for each kind of message. Each returns (slug, raw_bytes, label_dict)."""
from mailkit import (BOT, BOT_NAME, MX, addr, attachment, auth_results, date_hdr, dt, hdr, message,
                     msgid, multipart, pdf, quote, raw_part, received, reminder_id, text, h)

COLUMNS = ("file,kind,language,invoice_numbers,amount,currency,issue_date,due_date,payment_terms_days,"
           "intent,promised_date,return_date,failed_recipients,bounce_permanent,original_message_id,"
           "needs_human,bounce_reason,challenge,payment_date,payment_full,allocations,note").split(",")


def label(kind, language, **kw):
    lab = {c: "" for c in COLUMNS}
    lab["kind"] = kind
    lab["language"] = language
    lab["needs_human"] = "false"
    for k, v in kw.items():
        if k not in lab:
            raise KeyError(k)
        if isinstance(v, bool):
            v = "true" if v else "false"
        elif isinstance(v, (list, tuple)):
            v = ";".join(v)
        lab[k] = str(v)
    return lab


class Desk:
    def __init__(self, code, staff_domain, tzoff, sig):
        self.code = code
        self.staff_domain = staff_domain
        self.tz = tzoff
        self.sig = sig  # bot signature line in the desk language
        self.reminders = {}
        self.items = []
        self.staff = []
        self.notifiers = []
        self.known_invoices = []

    # ------------------------------------------------------------ reminders
    def reminder(self, key, day, to, invoices, currency, due, subject, body, hm="09:30"):
        """to = (name, email); invoices = [(no, amount_str)]"""
        rid = reminder_id(day, self.code + key)
        self.reminders[key] = dict(id=rid, day=day, to=to, invoices=invoices, currency=currency,
                                   due=due, subject=subject, body=body, hm=hm)
        for no, _ in invoices:
            if no not in self.known_invoices:
                self.known_invoices.append(no)
        return rid

    def rem(self, key):
        return self.reminders[key]

    def rem_date(self, key):
        r = self.reminders[key]
        return date_hdr(dt(r["day"], r["hm"], self.tz))

    # ------------------------------------------------------------ envelope
    def add(self, slug, raw, lab):
        self.items.append((slug, raw, lab))

    def headers(self, frm, to, subject, when, seed, cc=None, irt=None, refs=None, extra=(), auth="pass",
                reply_to=None, mailer=None, lang=None, charset="utf-8", pre=(), mid_domain=None,
                ip="203.0.113.25", rcv_host=None, no_auth=False):
        frm_name, frm_email = frm
        dom = frm_email.split("@")[1]
        hs = []
        if not no_auth:
            if isinstance(auth, tuple):
                hs.append(("Authentication-Results", auth_results(dom, *auth, mailfrom=frm_email)))
            elif auth == "pass":
                hs.append(("Authentication-Results", auth_results(dom, mailfrom=frm_email)))
            elif auth:
                hs.append(("Authentication-Results", auth))
        null_rp = frm_email.lower().split("@")[0] in ("mailer-daemon", "postmaster")
        hs.append(("Return-Path", "<>" if null_rp else f"<{frm_email}>"))
        if rcv_host == "localhost":
            ip = "127.0.0.1"
        hs.append(("Received", received(rcv_host or ("mail." + dom), ip, MX, when, idseed=seed)))
        hs.append(("Delivered-To", BOT))
        hs += list(pre)  # headers the sender put there (below our own trace headers)
        hs.append(("From", addr(frm_name, frm_email, charset)))
        if to:
            hs.append(("To", ", ".join(addr(n, e, charset) for n, e in to)))
        if cc:
            hs.append(("Cc", ", ".join(addr(n, e, charset) for n, e in cc)))
        if reply_to:
            hs.append(("Reply-To", addr(*reply_to)))
        hs.append(("Subject", hdr(subject, charset)))
        hs.append(("Date", date_hdr(when)))
        hs.append(("Message-ID", msgid(seed, mid_domain or dom)))
        if irt:
            hs.append(("In-Reply-To", irt))
        if refs:
            hs.append(("References", "\n\t".join(refs) if isinstance(refs, list) else refs))
        if lang:
            hs.append(("Content-Language", lang))
        if mailer:
            hs.append(("X-Mailer" if not mailer.startswith("UA:") else "User-Agent", mailer.replace("UA:", "")))
        hs += list(extra)
        return hs


BOT_ADDR = (BOT_NAME, BOT)


def reply_body(desk, key, new_text, style="gmail", who=None, when_line=None):
    """Text of a reply quoting the bot reminder `key`."""
    r = desk.rem(key)
    q = quote(r["body"])
    if style == "gmail":
        head = when_line or f"On {r['day']} at {r['hm']}, {BOT_NAME} <{BOT}> wrote:"
        return f"{new_text.rstrip()}\n\n{head}\n{q}\n"
    if style == "outlook":
        sep = "-----Original Message-----" if not when_line else when_line
        return (f"{new_text.rstrip()}\n\n{sep}\nFrom: {BOT_NAME} <{BOT}>\nSent: {desk.rem_date(key)}\n"
                f"To: {r['to'][0]} <{r['to'][1]}>\nSubject: {r['subject']}\n\n{r['body'].strip()}\n")
    if style == "none":
        return new_text
    raise ValueError(style)


def mdn_parts(desk, key, reporter_ua, final_rcpt, disposition, human_text, seed, charset="utf-8"):
    r = desk.rem(key)
    mdn = (f"Reporting-UA: {reporter_ua}\nFinal-Recipient: rfc822;{final_rcpt}\n"
           f"Original-Message-ID: {r['id']}\nDisposition: {disposition}\n")
    return multipart("report", [text(human_text, charset=charset),
                                raw_part("message/disposition-notification", mdn)],
                     seed, 'report-type=disposition-notification')


def returned_headers(desk, key):
    r = desk.rem(key)
    return (f"Return-Path: <{BOT}>\nFrom: {BOT_NAME.encode('ascii', 'replace').decode()} <{BOT}>\n"
            f"To: {r['to'][1]}\nSubject: {hdr(r['subject'])}\nDate: {desk.rem_date(key)}\n"
            f"Message-ID: {r['id']}\nDisposition-Notification-To: <{BOT}>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n")


def dsn_part(reporting_mta, rcpt, action, status, diag, remote_mta=None, arrival=None, extra=""):
    s = f"Reporting-MTA: dns; {reporting_mta}\n"
    if arrival:
        s += f"Arrival-Date: {arrival}\n"
    s += f"\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {action}\nStatus: {status}\n"
    if remote_mta:
        s += f"Remote-MTA: dns; {remote_mta}\n"
    s += f"Diagnostic-Code: smtp; {diag}\n" + extra
    return raw_part("message/delivery-status", s)


def invoice_pdf(lines, fname):
    return attachment(pdf(lines, fname), "application/pdf", fname)


def _mail(self, slug, when, frm, to, subject, part, lab, **kw):
    seed = self.code + slug
    hs = self.headers(frm, to, subject, when, seed, **kw)
    self.add(slug, message(hs, part), lab)


Desk.mail = _mail


def reply_refs(desk, *keys):
    ids = [desk.rem(k)["id"] for k in keys]
    return dict(irt=ids[-1], refs=ids)


def with_pdf(body_part, lines, fname, seed):
    return multipart("mixed", [body_part, invoice_pdf(lines, fname)], seed)


def alt(plain, html, seed, charset="utf-8"):
    return multipart("alternative", [text(plain, charset=charset), text(html, "html", charset=charset)], seed)


def rfc822_part(desk, key):
    r = desk.rem(key)
    return raw_part("message/rfc822", returned_headers(desk, key) + "\n" + r["body"], cte="8bit")

"""Builders for machine mail: DSNs (several MTA styles), MDNs, Outlook-style receipts."""
from email.header import Header
from .common import BOT, MX, OUT_HOST, auth, rfcdate, h, mid, received


def encaddr(s):
    from email.utils import parseaddr, formataddr
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        n, a = parseaddr(s)
        return formataddr((n, a), charset="utf-8")


def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def orig_headers(desk, to, subject, omid, odate):
    return (f"Return-Path: <{BOT}>\n"
            f"Received: from app1.frostline-group.com by {OUT_HOST} (Postfix) with ESMTPSA id {h(omid,10).upper()}; {rfcdate(desk, odate)}\n"
            f"From: Frostline Accounts Receivable <{BOT}>\n"
            f"To: {to}\n"
            f"Subject: {enc(subject)}\n"
            f"Date: {rfcdate(desk, odate)}\n"
            f"Message-ID: {omid}\n"
            f"Disposition-Notification-To: {BOT}\n"
            f"MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n")


def top(desk, date, from_domain, result="pass", extra=""):
    ds = rfcdate(desk, date)
    return (f"Return-Path: <>\n"
            f"Authentication-Results: {auth(from_domain, result)}\n"
            f"Received: {received('mail.' + from_domain, '203.0.113.' + str(int(h(from_domain,2),16)%250+1), ds)}\n"
            + extra), ds


def dsn(desk, *, date, reporter, rcpts, action="failed", human_text, orig_to=None, subject_orig,
        omid, odate, reporting_mta, remote_mta=None, subject=None, frm=None, body_part="headers",
        orig_body="", arrival=None, report_lang_header=None):
    """RFC 3464 multipart/report. rcpts = list of (addr, status, diag)."""
    t, ds = top(desk, date, reporter)
    b = "=_dsn_" + h(omid + date, 10)
    frm = frm or f"Mail Delivery System <MAILER-DAEMON@{reporter}>"
    subject = subject or "Undelivered Mail Returned to Sender"
    per = ""
    for addr, status, diag in rcpts:
        per += f"\nFinal-Recipient: rfc822; {addr}\nOriginal-Recipient: rfc822;{addr}\nAction: {action}\nStatus: {status}\n"
        if remote_mta:
            per += f"Remote-MTA: dns; {remote_mta}\n"
        if diag:
            per += f"Diagnostic-Code: smtp; {diag}\n"
        if action == "delayed":
            per += "Will-Retry-Until: " + rfcdate(desk, date.replace(date[8:10], date[8:10])) + "\n"
    to_line = orig_to or ", ".join(r[0] for r in rcpts)
    oh = orig_headers(desk, to_line, subject_orig, omid, odate)
    if body_part == "full":
        third = f"Content-Type: message/rfc822\nContent-Description: Undelivered Message\n\n{oh}\n{orig_body}\n"
    elif body_part == "headers":
        third = f"Content-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n\n{oh}"
    else:
        third = None
    msg = t + (f"From: {encaddr(frm)}\nTo: {BOT}\nSubject: {enc(subject)}\nDate: {ds}\n"
               f"Message-ID: <{h(omid+date+'dsn',12)}@{reporter}>\n"
               + (f"Auto-Submitted: auto-replied\n")
               + "MIME-Version: 1.0\n"
               f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"\n\n"
               "This is a MIME-encapsulated message.\n\n"
               f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
               + (f"Content-Language: {report_lang_header}\n" if report_lang_header else "")
               + f"\n{human_text.strip()}\n\n"
               f"--{b}\nContent-Type: message/delivery-status\n\n"
               f"Reporting-MTA: dns; {reporting_mta}\n"
               + (f"X-Postfix-Queue-ID: {h(omid,10).upper()}\n")
               + f"Arrival-Date: {arrival or rfcdate(desk, odate)}\n"
               + per + "\n")
    if third:
        msg += f"--{b}\n{third}\n"
    msg += f"--{b}--\n"
    return msg


def plain_bounce(desk, *, date, reporter, frm, subject, body, extra_headers=""):
    t, ds = top(desk, date, reporter)
    return t + (f"From: {encaddr(frm)}\nTo: {BOT}\nSubject: {enc(subject)}\nDate: {ds}\n"
                f"Message-ID: <{h(body+date,12)}@{reporter}>\n{extra_headers}"
                "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
                + body.strip() + "\n")


def mdn(desk, *, date, frm, frm_domain, subject, human_text, final_rcpt, omid, ua,
        disposition="manual-action/MDN-sent-manually; displayed", include_headers=None,
        charset="utf-8", extra=""):
    t, ds = top(desk, date, frm_domain)
    b = "=_mdn_" + h(omid + date, 10)
    msg = t + (f"From: {encaddr(frm)}\nTo: {BOT}\nSubject: {enc(subject)}\nDate: {ds}\n"
               f"Message-ID: {mid(frm_domain, omid+date)}\n"
               f"In-Reply-To: {omid}\nReferences: {omid}\n{extra}"
               "MIME-Version: 1.0\n"
               f"Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary=\"{b}\"\n\n"
               f"--{b}\nContent-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: 8bit\n\n"
               f"{human_text.strip()}\n\n"
               f"--{b}\nContent-Type: message/disposition-notification\n\n"
               f"Reporting-UA: {ua}\n"
               f"Original-Recipient: rfc822;{final_rcpt}\n"
               f"Final-Recipient: rfc822;{final_rcpt}\n"
               f"Original-Message-ID: {omid}\n"
               f"Disposition: {disposition}\n\n")
    if include_headers:
        msg += f"--{b}\nContent-Type: text/rfc822-headers\n\n{include_headers}\n"
    msg += f"--{b}--\n"
    return msg

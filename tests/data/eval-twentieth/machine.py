"""Builders for machine mail: DSNs, MDNs, auto-replies, challenges."""
import quopri

from lib import BOT, Part, ar, enc, hx, mail, multi, raw_part, text
import templates as T


def returned_message(r):
    """The reminder as a full message/rfc822 part (ASCII, QP body)."""
    body = quopri.encodestring(T.body(r).encode("utf-8") + b"\n").decode("ascii")
    inner = T.rfc822_headers(r) + "\n\n" + body
    return Part([("Content-Type", "message/rfc822"), ("Content-Disposition", "inline")], inner.encode("ascii"))


def returned_headers(r):
    return raw_part("text/rfc822-headers", T.rfc822_headers(r))


def dsn(seed, r, *, failed, frm, date, subject, human, status, action, diag, reporting_mta,
        remote_mta=None, arrival=None, include="headers", extra_fields="", auth=None,
        human_cs="us-ascii", human_cte="7bit", received=None, extra=None, to=None, orig_rcpt=True,
        per_msg_extra="", mid=None, crlf=False):
    fields = "Reporting-MTA: dns; %s\n" % reporting_mta
    if per_msg_extra:
        fields += per_msg_extra.rstrip("\n") + "\n"
    if arrival:
        fields += "Arrival-Date: %s\n" % arrival
    fields += "\n"
    if isinstance(orig_rcpt, str):
        fields += "Original-Recipient: rfc822;%s\n" % orig_rcpt
    fields += "Final-Recipient: rfc822; %s\n" % failed
    if orig_rcpt is True:
        fields += "Original-Recipient: rfc822;%s\n" % failed
    fields += "Action: %s\nStatus: %s\n" % (action, status)
    if remote_mta:
        fields += "Remote-MTA: dns; %s\n" % remote_mta
    if diag:
        fields += "Diagnostic-Code: %s\n" % diag
    if extra_fields:
        fields += extra_fields.rstrip("\n") + "\n"
    parts = [text(human, cs=human_cs, cte=human_cte),
             raw_part("message/delivery-status", fields)]
    if include == "headers":
        parts.append(returned_headers(r))
    elif include == "full":
        parts.append(returned_message(r))
    body = multi("report", parts, seed, params="report-type=delivery-status")
    d = frm.split("@")[-1].rstrip(">")
    return mail(seed, frm, to or BOT, subject, date, body,
                auth=auth or ar(d, dkim="none", dmarc="none", mailfrom="<>"),
                received=received, extra=extra, mid=mid, crlf=crlf)


def mdn(seed, r, *, frm, date, subject, human, ua, final_rcpt, disposition="manual-action/MDN-sent-manually; displayed",
        auth, human_cs="utf-8", human_cte="quoted-printable", irt=True, include_headers=False, extra=None,
        original_rcpt=None, received=None):
    fields = "Reporting-UA: %s\n" % ua
    if original_rcpt:
        fields += "Original-Recipient: rfc822;%s\n" % original_rcpt
    fields += "Final-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: %s\n" % (final_rcpt, r.id, disposition)
    parts = [text(human, cs=human_cs, cte=human_cte), raw_part("message/disposition-notification", fields)]
    if include_headers:
        parts.append(returned_headers(r))
    body = multi("report", parts, seed, params="report-type=disposition-notification")
    return mail(seed, frm, BOT, subject, date, body, auth=auth,
                irt=r.id if irt else None, refs=[r.id] if irt else None, extra=extra, received=received)

"""Bounces and read receipts, parameterised per desk."""
from .kit import Msg, T, H, RAW, MULTI, ALT, BOT, MX, OUT, h, mbid, d, format_datetime, addr
import datetime as dt


def orig_headers(o):
    return ("Return-Path: <%s>\nMessage-ID: %s\nDate: %s\nFrom: %s\nTo: %s\nSubject: %s\nMIME-Version: 1.0\n"
            "Disposition-Notification-To: %s\n" % (BOT, o["mid"], format_datetime(o["date"]), addr(o["from_name"], BOT),
                                                   ", ".join(o["to"]), o["subject_enc"], BOT))


def bounce(slug, lang, style, o, failed, perm, reason, status, diag, date, remote, with_orig=True,
           label=None, note="", needs_human=False):
    """o: dict(mid, date, to, subject, subject_enc, from_name)."""
    oh = orig_headers(o)
    mid_lbl = o["mid"] if with_orig else ""
    lbl = dict(failed_recipients=";".join(failed), bounce_permanent=str(perm).lower(),
               original_message_id=mid_lbl, bounce_reason=reason, needs_human=str(needs_human).lower(), note=note)
    lbl.update(label or {})
    arr = format_datetime(date)
    frm = "Mail Delivery System <MAILER-DAEMON@%s>" % OUT
    subj = "Undelivered Mail Returned to Sender"
    auth = "spf=pass smtp.helo=%s; dkim=none; dmarc=none" % OUT
    rf = OUT
    extra = []
    if style == "dsn":
        action = "failed" if perm else "delayed"
        subj = "Undelivered Mail Returned to Sender" if perm else "Delayed Mail (still being retried)"
        txt = ("This is the mail system at host %s.\n\n" % OUT)
        if perm:
            txt += ("I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
                    "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                    "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                    "                   The mail system\n\n")
        else:
            txt += ("####################################################################\n"
                    "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                    "####################################################################\n\n"
                    "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
                    "                   The mail system\n\n")
        for f in failed:
            txt += "<%s>: host %s said: %s\n" % (f, remote, diag)
        ds = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n" % (
            OUT, h(slug, 10).upper(), BOT, format_datetime(o["date"]))
        for f in failed:
            ds += "\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n" % (
                f, f, action, status, remote, diag)
            if not perm:
                ds += "Will-Retry-Until: %s\n" % format_datetime(o["date"] + dt.timedelta(days=5))
        parts = [T(txt, "us-ascii", "7bit"), RAW("message/delivery-status", ds, "7bit",
                                                   [("Content-Description", "Delivery report")])]
        if with_orig:
            parts.append(RAW("text/rfc822-headers", oh, "7bit", [("Content-Description", "Undelivered Message Headers")]))
        body = MULTI("report", parts, "; report-type=delivery-status")
        extra.append(("Auto-Submitted", "auto-replied"))
    elif style == "qmail":
        frm = "MAILER-DAEMON@%s" % remote
        subj = "failure notice"
        rf = remote
        auth = "spf=none smtp.helo=%s; dkim=none; dmarc=none" % remote
        txt = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
               "This is a permanent error; I've given up. Sorry it didn't work out.\n\n" % remote)
        for f in failed:
            txt += "<%s>:\n%s\n\n" % (f, diag)
        txt += "--- Below this line is a copy of the message.\n\n"
        txt += (oh + "\n[body suppressed]\n") if with_orig else "Return-Path: <%s>\n\n[...]\n" % BOT
        body = T(txt, "us-ascii", "7bit")
    elif style == "exim":
        frm = "Mail Delivery System <Mailer-Daemon@%s>" % remote
        subj = "Mail delivery failed: returning message to sender" if perm else "Warning: message %s delayed 24 hours" % h(slug, 6).upper()
        rf = remote
        auth = "spf=pass smtp.helo=%s; dkim=none; dmarc=none" % remote
        if perm:
            txt = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
                   "recipients. This is a permanent error. The following address(es) failed:\n\n")
        else:
            txt = ("This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\n"
                   "recipients after more than 24 hours on the queue on %s.\n\nThe message identifier is:     %s-000Ab1-C3\n\n"
                   "The address to which the message has not yet been delivered is:\n\n" % (remote, h(slug, 6)))
        for f in failed:
            txt += "  %s\n    %s\n" % (f, diag)
        if not perm:
            txt += "\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n"
        txt += "\n------ This is a copy of the message, including all the headers. ------\n\n"
        txt += (oh + "\nDear customer, ...\n") if with_orig else "Subject: %s\n\n...\n" % o["subject_enc"]
        body = T(txt, "us-ascii", "7bit")
        extra += [("X-Failed-Recipients", ", ".join(failed)), ("Auto-Submitted", "auto-replied")]
    elif style == "exchange":
        frm = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>" % remote.split(".", 1)[-1]
        subj = "Undeliverable: %s" % o["subject"]
        rf = remote
        auth = "spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s; dmarc=pass header.from=%s" % ((remote.split(".", 1)[-1],) * 3)
        txt = ("Your message to %s couldn't be delivered.\n\n%s wasn't found at %s.\n\n%s\nOffice 365      %s\nAction Required                 Recipient\n\n"
               "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
               "  - Retype the recipient's address, then resend the message.\n\n"
               "Diagnostic information for administrators:\n\nGenerating server: %s\n\n%s\nRemote Server returned '%s'\n\nOriginal message headers:\n\n%s"
               % (failed[0], failed[0].split("@")[0], failed[0].split("@")[1], BOT.split("@")[0], failed[0].split("@")[0],
                  remote, failed[0], diag, oh if with_orig else "Subject: %s\n" % o["subject_enc"]))
        html = "<html><body><p><b><font color=\"#000066\" size=\"3\">Your message to %s couldn't be delivered.</font></b></p><p>%s wasn't found at %s.</p><p>Remote Server returned '%s'</p></body></html>" % (
            failed[0], failed[0].split("@")[0], failed[0].split("@")[1], diag)
        body = MULTI("report", [ALT(txt, html), RAW("message/delivery-status",
                     "Reporting-MTA: dns;%s\n\nFinal-recipient: RFC822;%s\nAction: failed\nStatus: %s\nRemote-MTA: dns;%s\n" % (remote, failed[0], status, remote))]
                     + ([RAW("text/rfc822-headers", oh)] if with_orig else []), "; report-type=delivery-status")
    elif style == "gmail":
        frm = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
        subj = "Delivery Status Notification (Failure)" if perm else "Delivery Status Notification (Delay)"
        rf = "mail-sor-f69.google.com"
        auth = "spf=pass smtp.helo=mail-sor-f69.google.com; dkim=pass header.d=googlemail.com; dmarc=pass header.from=googlemail.com"
        if perm:
            txt = ("** Address not found **\n\n" if reason == "user_unknown" else "** Message blocked **\n\n") + \
                  ("Your message wasn't delivered to %s because %s\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
                   % (failed[0], "the address couldn't be found, or is unable to receive mail." if reason == "user_unknown" else "the remote server rejected it."))
        else:
            txt = "** Message not delivered yet **\n\nThere was a temporary problem delivering your message to %s. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\n" % failed[0]
        txt += "The response from the remote server was:\n%s\n" % diag
        parts = [T(txt, "utf-8", "quoted-printable")]
        if with_orig:
            parts.append(RAW("message/rfc822", oh + "\n[message body]\n", "7bit"))
        body = MULTI("mixed", parts)
        extra.append(("X-Failed-Recipients", ", ".join(failed)))
        extra.append(("Auto-Submitted", "auto-replied"))
    elif style == "yahoo":
        frm = "MAILER-DAEMON@yahoo.com"
        subj = "Failure Notice"
        rf = "mta1042.mail.ir2.yahoo.com"
        auth = "spf=none smtp.helo=mta1042.mail.ir2.yahoo.com; dkim=none; dmarc=none"
        txt = ("Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n%s\n\n"
               "--- Below this line is a copy of the message.\n\n%s" % (failed[0], diag, oh if with_orig else ""))
        body = T(txt, "us-ascii", "7bit")
    elif style in ("de_exchange", "ru_yandex", "id_local"):
        if style == "de_exchange":
            frm = "Postmaster <postmaster@%s>" % remote.split(".", 1)[-1]
            subj = "Unzustellbar: %s" % o["subject"]
            txt = ("Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.\n\n      Betreff: %s\n      Gesendet am: %s\n\n"
                   "Folgende(r) Empfänger konnte(n) nicht erreicht werden:\n\n      %s am %s\n            %s\n            <%s #%s>\n"
                   % (o["subject"], o["date"].strftime("%d.%m.%Y %H:%M"), failed[0], date.strftime("%d.%m.%Y %H:%M"), diag, remote, status))
            cs = "iso-8859-15"
        elif style == "ru_yandex":
            frm = "mailer-daemon@yandex.ru"
            subj = "Недоставленное сообщение"
            txt = ("Это сообщение сгенерировано автоматически почтовой системой Яндекса.\n\n"
                   "Ваше письмо не может быть доставлено одному или нескольким получателям.\n\n<%s>: %s\n\n"
                   "Пожалуйста, не отвечайте на это письмо.\n" % (failed[0], diag))
            cs = "koi8-r"
        else:
            frm = "Pengelola Surat <postmaster@%s>" % remote.split(".", 1)[-1]
            subj = "Pesan tidak terkirim"
            txt = ("Pesan Anda tidak dapat dikirim ke penerima berikut:\n\n   %s\n   Alasan: %s\n\nPesan asli terlampir.\n" % (failed[0], diag))
            cs = "utf-8"
        rf = remote
        auth = "spf=pass smtp.helo=%s; dkim=none; dmarc=none" % remote
        parts = [T(txt, cs, "quoted-printable" if cs != "koi8-r" else "8bit")]
        parts.append(RAW("message/delivery-status", "Reporting-MTA: dns; %s\n\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\nDiagnostic-Code: smtp; %s\n"
                         % (remote, failed[0], "failed" if perm else "delayed", status, diag.encode("ascii", "replace").decode())))
        if with_orig:
            parts.append(RAW("text/rfc822-headers", oh))
        body = MULTI("report", parts, "; report-type=delivery-status")
        if style == "ru_yandex":
            extra.append(("X-Yandex-Spam", "1"))
    return Msg(slug, "bounce", lang, frm, BOT, subj, date, body, auth=auth, rcvd_from=rf, extra=extra,
               return_path="", label=lbl)


def mdn(slug, lang, o, who_name, who, date, style="mdn", disposition="manual-action/MDN-sent-manually; displayed",
        human_text=None, subj_prefix="Read: ", note="", extra_label=None, charset="utf-8"):
    dom = who.split("@")[1]
    lbl = dict(original_message_id=o["mid"], needs_human="false", note=note)
    lbl.update(extra_label or {})
    if style == "mdn":
        txt = human_text or ("This is a receipt for the mail you sent to\n%s at %s\n\nThis receipt verifies that the message has been displayed on the recipient's computer. "
                             "There is no guarantee that the content has been read or understood.\n" % (who, format_datetime(o["date"])))
        dn = ("Reporting-UA: %s; Mozilla Thunderbird\nOriginal-Recipient: rfc822;%s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: %s\n"
              % (dom, who, who, o["mid"], disposition))
        body = MULTI("report", [T(txt, charset, "quoted-printable"), RAW("message/disposition-notification", dn),
                                RAW("text/rfc822-headers", orig_headers(o))], "; report-type=disposition-notification")
        return Msg(slug, "read_receipt", lang, addr(who_name, who), BOT, subj_prefix + o["subject"], date, body,
                   irt=o["mid"], label=lbl)
    # outlook-style, no MDN part, text only, threaded
    body = T(human_text, charset, "quoted-printable")
    return Msg(slug, "read_receipt", lang, addr(who_name, who), BOT, subj_prefix + o["subject"], date, body,
               irt=o["mid"] if style == "outlook_thread" else None,
               extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", o["subject"])], label=lbl)

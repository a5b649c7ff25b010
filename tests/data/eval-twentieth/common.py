"""Shared helpers for the desk modules."""
from lib import BOT, addr, ar, dom, mail, multi, text
import templates as T


class Desk:
    def __init__(self, name):
        self.name = name
        self.entries = []

    def add(self, slug, raw, **label):
        self.entries.append((slug, raw, label))


def reply(seed, r, frm, date, body, *, subject=None, style="gmail", threaded=True, auth=None, html=None,
          cs="utf-8", cte="quoted-printable", quote=True, extra=None, cc=None, refs_extra=None, to=None,
          hcs="utf-8", flowed=False, received=None):
    """A human reply to reminder r. frm is a formatted address."""
    fm = frm.split("<")[-1].rstrip(">")
    full = body.rstrip("\n") + "\n"
    if quote and r is not None:
        full += "\n" + T.quoted(r, style) + "\n"
    part = text(full, cs=cs, cte=cte, flowed=flowed)
    if html is not None:
        part = multi("alternative", [part, text(html, sub="html", cs=cs, cte=cte)], seed)
    subj = subject if subject is not None else T.reply_subject(r, {"en": "Re: ", "de": "AW: ", "id": "Re: ", "ru": "Re: "}[r.lang])
    refs = None
    irt = None
    if threaded and r is not None:
        irt = r.id
        refs = (refs_extra or []) + [r.id]
    return mail(seed, frm, to or BOT, subj, date, part, auth=auth or ar(dom(fm)), irt=irt, refs=refs,
                extra=extra, cc=cc, hcs=hcs, received=received)


def staff_mail(seed, frm, to, subject, date, body, *, cc=BOT, bcc=False, auth=None, extra=None, irt=None,
               refs=None, hcs="utf-8"):
    fm = frm.split("<")[-1].rstrip(">")
    return mail(seed, frm, to, subject, date, body, auth=auth or ar(dom(fm)), cc=None if bcc else cc,
                delivered_to=bcc, extra=extra, irt=irt, refs=refs, hcs=hcs)


def auto_reply(seed, r, frm, date, subject, body, *, headers=(), auth=None, cs="utf-8", cte="quoted-printable",
               threaded=True, html=None, hcs="utf-8", hmethod="B", to=None):
    fm = frm.split("<")[-1].rstrip(">")
    part = text(body, cs=cs, cte=cte)
    if html is not None:
        part = multi("alternative", [part, text(html, sub="html", cs=cs, cte=cte)], seed)
    return mail(seed, frm, to or BOT, subject, date, part, auth=auth or ar(dom(fm)),
                irt=r.id if threaded else None, refs=[r.id] if threaded else None, extra=list(headers),
                hcs=hcs, hmethod=hmethod)


def A(name, mail_addr, cs="utf-8"):
    return addr(name, mail_addr, cs)

"""The invented world of blind set 8: Kestrelmoor Systems and its four desks.

Helpers here register every invoice number and bot Message-ID that a message uses,
so make.py can write context.toml and check the labels against it.
"""
import hashlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

COMPANY = "Kestrelmoor Systems"
BOT = "ar@kestrelmoor.com"
BOT_NAME = "Kestrelmoor Accounts"
AUTHSERV = "mx1.kestrelmoor.com"
STAFF_DOMAINS = ["kestrelmoor.com", "kestrelmoor.de", "kestrelmoor.co.id", "kestrelmoor.ru"]

STAFF = {
    "fiona": "Fiona Pettigrew <fiona.pettigrew@kestrelmoor.com>",
    "rhys": "Rhys Okafor <rhys.okafor@kestrelmoor.com>",
    "jana": "Jana Wendler <j.wendler@kestrelmoor.de>",
    "malte": "Malte Brinkhaus <m.brinkhaus@kestrelmoor.de>",
    "ratna": "Ratna Sulistyowati <ratna@kestrelmoor.co.id>",
    "bagus": "Bagus Hidayat <bagus.hidayat@kestrelmoor.co.id>",
    "olga": "Ольга Зайцева <o.zaytseva@kestrelmoor.ru>",
    "timur": "Тимур Хабибуллин <t.khabibullin@kestrelmoor.ru>",
    "ops": "Kestrelmoor Ops <ops@kestrelmoor.com>",
}

NOTIFIERS = {
    "northmoor": "Northmoor Bank <alerts@northmoorbank.co.uk>",
    "payvessel": "Payvessel <receipts@payvessel.com>",
    "saale": "Saalebank eG <kontoinfo@saalebank.de>",
    "arunika": "Bank Arunika <notifikasi@bankarunika.co.id>",
    "volga": "Банк «Волжский кредит» <noreply@volgacredit.ru>",
}

# billing contacts the ledger knows (some replies come from colleagues not listed)
CONTACTS = {
    "en": {
        "harbourline": "accounts@harbourline-logistics.co.uk",
        "pennant": "finance@pennantbrewing.com",
        "wexcombe": "j.marsh@wexcombe-dental.co.uk",
        "thornbury": "ap@thornburyhomes.co.uk",
        "calder": "invoices@calderprint.co.uk",
        "moss": "sam@mossandfinch.design",
        "ostrava": "billing@ostrava-foods.ie",
        "greyfriars": "bursar@greyfriarsacademy.org.uk",
        "lumen": "payables@lumenhealth.com",
        "bexley": "office@bexleyvets.co.uk",
    },
    "de": {
        "holzner": "buchhaltung@holzner-bau.de",
        "elbtal": "rechnungen@elbtal-apotheke.de",
        "kramer": "m.kramer@kramer-steuerberatung.de",
        "nordlicht": "kreditoren@nordlicht-medien.de",
        "brauhaus": "info@brauhaus-vogel.de",
        "saxonia": "eingangsrechnungen@saxonia-logistik.de",
        "hartwig": "b.hartwig@hartwig-gmbh.at",
        "zahnwerk": "praxis@zahnwerk-leipzig.de",
        "fuchs": "verwaltung@fuchs-kita.de",
        "ruhrtec": "ap@ruhrtec.de",
    },
    "id": {
        "sinarjaya": "finance@sinarjaya-logistik.co.id",
        "kopiku": "keuangan@kopikuindonesia.com",
        "mitra": "ap@mitraprima.co.id",
        "batik": "admin@batiksekarjagad.com",
        "medika": "tagihan@klinikmedika.id",
        "rahayu": "dewi.rahayu@gmail.com",
        "nusantara": "finance@nusantaratour.co.id",
        "tekno": "accounting@teknomandiri.co.id",
        "sekolah": "bendahara@sekolahcendekia.sch.id",
        "hotel": "fa@hotelpuribumi.com",
    },
    "ru": {
        "volgastroy": "buh@volgastroy.ru",
        "kazanmed": "finance@kazanmed.ru",
        "severtrans": "oplata@severtrans.ru",
        "tatagro": "glavbuh@tatagro.ru",
        "pekarnya": "pekarnya.solnce@mail.ru",
        "itbureau": "accounts@itbureau.ru",
        "uralmash": "zakupki@uralmet-servis.ru",
        "klinika": "buhgalteria@klinika-zdorovie.ru",
        "ipivanov": "ivanov.sergei@yandex.ru",
        "hotelvolga": "fin@hotel-volga.ru",
    },
}

INVOICES = set()
BOT_MIDS = {}


def I(*nums):
    """register invoice numbers; return them ';'-joined"""
    for n in nums:
        INVOICES.add(n)
    return ";".join(nums)


def bm(tag):
    """the bot's Message-ID for an outgoing mail identified by tag"""
    if tag not in BOT_MIDS:
        h = hashlib.sha1(tag.encode()).hexdigest()
        BOT_MIDS[tag] = "<%s.%s@ar.kestrelmoor.com>" % (str(int(h[:10], 16))[:12], h[10:18])
    return BOT_MIDS[tag]


def dt(s, tz="+0000"):
    """'2026-11-17 09:14' + '+0700' -> RFC 5322 date"""
    sign = 1 if tz[0] == "+" else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(off))
    return format_datetime(d)


def mid(domain, seed):
    h = hashlib.md5(seed.encode()).hexdigest()
    return "<%s@%s>" % (h[:20].upper() if "outlook" in domain else h[:24], domain)


def addr_of(a):
    return a.split("<")[-1].rstrip(">").strip() if "<" in a else a.strip()


def dom(a):
    return addr_of(a).split("@")[1]


# ---- MIME part specs -------------------------------------------------------
def T(text, charset="utf-8", cte="quoted-printable", sub="plain", name=None, inline=None, extra=None):
    return {"type": "text/" + sub, "charset": charset, "cte": cte, "text": text,
            "name": name, "inline": inline, "extra": extra or []}


def Hm(html, charset="utf-8", cte="quoted-printable"):
    return T(html, charset, cte, sub="html")


def Alt(text, html, charset="utf-8", cte="quoted-printable", hcte=None):
    return M("alternative", T(text, charset, cte), Hm(html, charset, hcte or cte))


def M(sub, *parts, **params):
    return {"type": "multipart/" + sub, "parts": list(parts), "params": params}


def R(ctype, text, cte="7bit", name=None, charset=None):
    return {"type": ctype, "charset": charset, "cte": cte, "text": text, "name": name,
            "inline": None, "extra": []}


def html_of(text, font="Calibri, sans-serif"):
    """a plain Outlook-ish HTML twin of a text body"""
    import html
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        out.append("<p class=\"MsoNormal\">" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:%s}</style></head>\n"
            "<body lang=\"EN-GB\">\n<div class=\"WordSection1\">\n%s\n</div>\n</body></html>\n" % (font, "\n".join(out)))


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


# ---- authentication ---------------------------------------------------------
def auth(kind, frm_domain, mailfrom=None):
    mf = mailfrom or frm_domain
    if kind == "pass":
        return ("%s; dkim=pass header.d=%s header.s=s1 header.b=%s; spf=pass (%s: domain of %s designates "
                "sender as permitted) smtp.mailfrom=%s; dmarc=pass (p=QUARANTINE) header.from=%s"
                % (AUTHSERV, frm_domain, hashlib.md5(frm_domain.encode()).hexdigest()[:8], AUTHSERV, mf, mf, frm_domain))
    if kind == "none":
        return "%s; dkim=none; spf=none smtp.mailfrom=<> smtp.helo=%s; dmarc=none" % (AUTHSERV, mf)
    if kind == "fail":
        return ("%s; dkim=fail (signature did not verify) header.d=%s; spf=fail smtp.mailfrom=%s; "
                "dmarc=fail (p=REJECT dis=NONE) header.from=%s" % (AUTHSERV, frm_domain, mf, frm_domain))
    if kind == "nodkim":
        return ("%s; dkim=none; spf=softfail smtp.mailfrom=%s; dmarc=fail (p=NONE dis=NONE) header.from=%s"
                % (AUTHSERV, mf, frm_domain))
    return kind


COLS = ["file", "kind", "language", "invoice_numbers", "amount", "currency", "issue_date", "due_date",
        "payment_terms_days", "intent", "promised_date", "return_date", "failed_recipients",
        "bounce_permanent", "original_message_id", "needs_human", "bounce_reason", "challenge",
        "payment_date", "payment_full", "allocations", "note"]


def msg(file, kind, frm, to, subject, date, body, note, cc=None, irt=None, refs=None, msgid=None,
        au="pass", extra=(), hcharset="utf-8", mailfrom=None, **labels):
    """one message: headers, body spec and labels"""
    d = dom(frm)
    h = []
    rp = mailfrom if mailfrom is not None else addr_of(frm)
    h.append(("Return-Path", "<%s>" % rp))
    h.append(("Delivered-To", BOT))
    rel = "mail." + d if "." in d else d
    h.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
              % (rel, rel, "198.51.100.%d" % (int(hashlib.md5(file.encode()).hexdigest()[:2], 16) % 250 + 2),
                 AUTHSERV, hashlib.md5((file + "q").encode()).hexdigest()[:11].upper(), BOT, date)))
    if au:
        h.append(("Authentication-Results", auth(au, d, (rp.split("@")[-1] if rp else rel))))
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", subject))
    h.append(("Date", date))
    h.append(("Message-ID", msgid or mid(d, file)))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs or irt:
        h.append(("References", refs or irt))
    h.extend(extra)
    lab = {c: "" for c in COLS}
    lab.update({k: v for k, v in labels.items()})
    lab["kind"] = kind
    lab["note"] = note
    for k in ("bounce_permanent", "payment_full", "challenge", "needs_human"):
        if isinstance(lab.get(k), bool):
            lab[k] = "true" if lab[k] else "false"
    if lab["needs_human"] == "":
        nh = kind in ("challenge", "other") or (kind == "client_reply" and lab["intent"] in
                                                ("paid_claim", "not_received", "dispute", "plan_request", "other"))
        lab["needs_human"] = "true" if nh else "false"
    if kind == "challenge":
        lab["challenge"] = "true"
    return {"file": file, "headers": h, "body": body, "labels": lab, "hcharset": hcharset}


# ---- machine-mail builders ---------------------------------------------------
def orig_headers(to, subject, date, omid, lang="en"):
    return ("Return-Path: <ar@kestrelmoor.com>\nFrom: Kestrelmoor Accounts <ar@kestrelmoor.com>\n"
            "To: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "Disposition-Notification-To: ar@kestrelmoor.com\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Language: %s\n" % (to, subject, date, omid, lang))


def dsn(human, reporting_mta, rcpt, action, status, diag, orig_to, orig_subject, orig_date, omid,
        arrival=None, remote_mta=None, lang="en", human_charset="us-ascii", human_cte="7bit",
        full_original=None, will_retry=None, orcpt=True):
    ds = "Reporting-MTA: dns; %s\n" % reporting_mta
    ds += "X-Postfix-Queue-ID: %s\n" % hashlib.md5(omid.encode()).hexdigest()[:10].upper() if "postfix" in human.lower() else ""
    ds += "Arrival-Date: %s\n\n" % (arrival or orig_date)
    if orcpt:
        ds += "Original-Recipient: rfc822;%s\n" % rcpt
    ds += "Final-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n" % (rcpt, action, status)
    if remote_mta:
        ds += "Remote-MTA: dns; %s\n" % remote_mta
    ds += "Diagnostic-Code: smtp; %s\n" % diag
    if will_retry:
        ds += "Will-Retry-Until: %s\n" % will_retry
    oh = orig_headers(orig_to, orig_subject, orig_date, omid, lang)
    if full_original:
        body = oh + "\n" + full_original
        third = R("message/rfc822", body, cte="7bit" if body.isascii() else "8bit")
    else:
        third = R("text/rfc822-headers", oh)
    return M("report", T(human, human_charset, human_cte), R("message/delivery-status", ds), third,
             **{"report-type": "delivery-status"})


def mdn_body(human, reader_addr, omid, ua, disposition="manual-action/MDN-sent-manually; displayed",
             charset="utf-8", cte="quoted-printable"):
    dn = ("Reporting-UA: %s\nOriginal-Recipient: rfc822;%s\nFinal-Recipient: rfc822;%s\n"
          "Original-Message-ID: %s\nDisposition: %s\n" % (ua, reader_addr, reader_addr, omid, disposition))
    return M("report", T(human, charset, cte), R("message/disposition-notification", dn),
             **{"report-type": "disposition-notification"})

# ledger knows these older invoices too (none of the messages is about them)
OLDER_INVOICES = ["KMS-26-0288", "KMS-26-0301", "KMS-26-0345", "RE-2026-0944", "RE-2026-1012",
                  "0041/KMN-INV/IX/2026", "0058/KMN-INV/X/2026", "КМ-0371", "КМ-0390"]
# bot Message-IDs minted but never answered in this set
EXTRA_MIDS = ["unused-%02d" % i for i in range(1, 13)]

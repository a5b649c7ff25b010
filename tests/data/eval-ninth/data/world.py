"""The world of the ninth blind set: Pelagian Loomworks and its four desks.

Everything here is deterministic: Message-IDs and MIME boundaries are hashes of the
message slug, dates are given literally.  Standard library only.
"""
from __future__ import annotations

import base64
import hashlib
import quopri
from datetime import datetime, timedelta, timezone

BOT = "receivables@pelagian-loom.group"
BOT_NAME = "Pelagian Loomworks Receivables"
AUTHSERV = "mx1.pelagian-loom.group"
BOT_MID_DOMAIN = "out.pelagian-loom.group"

DESKS = {
    "en": dict(entity="Pelagian Loomworks (UK) Ltd", domain="pelagian-loomworks.co.uk",
               currency="GBP", fmt="PLW-K26-NNNN",
               staff=[("Harriet Quennell", "harriet.quennell@pelagian-loomworks.co.uk"),
                      ("Callum Brannigan", "callum.brannigan@pelagian-loomworks.co.uk")]),
    "de": dict(entity="Pelagian Webwerk GmbH", domain="pelagian-webwerk.de",
               currency="EUR", fmt="PWG-RE-26MMNNN",
               staff=[("Friederike Albrecht-Sommerfeld", "f.albrecht@pelagian-webwerk.de"),
                      ("Jonas Türkmen", "j.tuerkmen@pelagian-webwerk.de")]),
    "id": dict(entity="PT Pelagian Tenun Nusantara", domain="pelagian-tenun.co.id",
               currency="IDR", fmt="INV/PTN/<roman month>/2026/NNNN",
               staff=[("Ni Luh Ayu Pradnyani", "ayu.pradnyani@pelagian-tenun.co.id"),
                      ("Bonifasius Situmorang", "boni.situmorang@pelagian-tenun.co.id")]),
    "ru": dict(entity="ООО «Пелагиан Ткацкие Системы»", domain="pelagian-tkan.ru",
               currency="RUB", fmt="ПЛ-NNNN/26 (Cyrillic prefix)",
               staff=[("Ольга Лазарева", "o.lazareva@pelagian-tkan.ru"),
                      ("Тимур Ахметзянов", "t.akhmetzyanov@pelagian-tkan.ru")]),
}

NOTIFIERS = {
    # address: (name, desk, what)
    "avis@notify.northgate-mercantile.co.uk": ("Northgate Mercantile Bank", "en", "bank"),
    "payouts@payloft.io": ("Payloft", "en", "psp"),
    "zahlungsavis@ems-weser-bank.de": ("Ems-Weser Bank eG", "de", "bank"),
    "service@kassenwerk.de": ("Kassenwerk Payments", "de", "psp"),
    "notifikasi@samudraraya.co.id": ("Bank Samudra Raya", "id", "bank"),
    "no-reply@nusapay.id": ("NusaPay", "id", "psp"),
    "uvedomlenie@sevverf-bank.ru": ("Банк «Северная Верфь»", "ru", "bank"),
    "kassa@paygavan.ru": ("ПэйГавань", "ru", "psp"),
}

FORGERIES = {
    "avis@notify.northgate-mercantiIe.co.uk": "capital I instead of l (look-alike of Northgate)",
    "avis@notify.northgate-mercantile.co.uk": "real notifier address, forged: DMARC fail (EN)",
    "zahlungsavis@ems-weser-bank.de.avis-portal.com": "subdomain trick (look-alike of Ems-Weser Bank)",
    "notifikasi@samudraraya-co.id": "dot replaced by hyphen (look-alike of Bank Samudra Raya)",
    "no-reply@nusapay.id": "real PSP address, forged: SPF pass for a relay but DMARC fail (ID)",
    "uvedomlenie@sevverf-bank.com": ".com instead of .ru (look-alike of Северная Верфь)",
    "kassa@paygavan.ru": "real PSP address, forged: DKIM fail, DMARC fail (RU)",
    "zahlungsavis@ems-weser-bank.de": "real bank address, forged: DMARC fail + fake upstream A-R pass (DE)",
}

CONTACTS = {
    "en": ["accounts@hartwellpike.co.uk", "ap@mossgiel-sail.co.uk", "finance@brackenfold.events",
           "payables@thistlewood-marine.com", "oriel.kiteschool@gmail.com", "treasurer@saltmarshyc.org.uk",
           "invoices@quayside-rigging.co.uk", "accounts@greyfriars-theatre.org", "ap@lowther-glamping.co.uk",
           "bookkeeping@cairnbrae-outdoor.scot"],
    "de": ["buchhaltung@hinrichsen-segel.de", "rechnung@kuehne-drachen.de", "kreditoren@bsba-ausruestung.de",
           "info@zeltverleih-oberhaupt.de", "kasse@nordwand-ev.de", "ap@woehrle-markisen.de",
           "rechnungseingang@lindenhof-buehne.de", "finanzen@hafenkante-events.de", "einkauf@moorlicht-camping.de", "buero@segelschule-moewe.de"],
    "id": ["keuangan@layarbahari.co.id", "admin.tendamerapi@gmail.com", "ap@samudrakargo.id",
           "bendahara@pelita.sch.id", "accounting@pantaimentari.com", "finance@nelayanmakmur.co.id",
           "tagihan@rinjani-expedisi.co.id", "ap@kopisenja-group.com", "purchasing@balitentindo.com"],
    "ru": ["buh@parus-snab.ru", "oplata@baltenty.ru", "garifullin.rr@yandex.ru", "fin@onega-yacht.ru",
           "zakupki@dvorec-sporta-vologda.ru", "schet@vetrolov.ru", "buhgalteria@sever-tent.ru",
           "ap@ladoga-kemping.ru", "kaznachey@festival-belye-nochi.ru"],

}

OLDER_INVOICES = ["PLW-K26-0371", "PLW-K26-0388", "PWG-RE-2610041", "PWG-RE-2610057",
                  "INV/PTN/X/2026/0071", "INV/PTN/X/2026/0078", "ПЛ-0398/26", "ПЛ-0411/26"]

# --------------------------------------------------------------------------- ids

USED_BOT_MIDS: dict[str, str] = {}


def hx(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def bot_mid(tag: str) -> str:
    """Message-ID the bot minted for one of its own reminders (tag = stable name)."""
    v = f"<mb-{hx('bot:' + tag)[:18]}@{BOT_MID_DOMAIN}>"
    USED_BOT_MIDS[tag] = v
    return v


UNANSWERED_BOT_TAGS = [f"never-answered-{i:02d}" for i in range(1, 13)]


def mid(slug: str, domain: str) -> str:
    return f"<{hx('mid:' + slug)[:22]}@{domain}>"


def bnd(slug: str, n: int = 0) -> str:
    return f"----=_Part_{hx(f'bnd:{slug}:{n}')[:20]}"


# --------------------------------------------------------------------------- dates

def dt(s: str, tz: str = "+0000") -> str:
    """'2026-11-04 09:12' + '+0100' -> RFC 5322 date."""
    sign = 1 if tz[0] == "+" else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(second=int(hx(s)[:2], 16) % 60,
                                                      tzinfo=timezone(off))
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return (f"{days[d.weekday()]}, {d.day:02d} {months[d.month - 1]} {d.year} "
            f"{d.hour:02d}:{d.minute:02d}:{d.second:02d} {tz}")


# --------------------------------------------------------------------------- headers

def ew(s: str, cs: str = "utf-8", enc: str = "B") -> str:
    """RFC 2047 encode s (if it is not plain ASCII), in chunks."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    s = fit(s, cs)
    words = []
    step = 18 if enc == "B" else 14
    for i in range(0, len(s), step):
        chunk = s[i:i + step].encode(cs)
        if enc == "B":
            words.append(f"=?{cs}?B?{base64.b64encode(chunk).decode()}?=")
        else:
            q = "".join(
                "_" if b == 32 else (chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122)
                                     else f"={b:02X}")
                for b in chunk)
            words.append(f"=?{cs}?Q?{q}?=")
    return "\n ".join(words)


def addr(name: str | None, a: str, cs: str = "utf-8", enc: str = "B") -> str:
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()"@'):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{a}>"
    except UnicodeEncodeError:
        return f"{ew(name, cs, enc)} <{a}>"


def domain_of(a: str) -> str:
    return a.rsplit("@", 1)[1].strip(">").lower()


def auth_results(frm: str, mode: str = "pass", dkim_d: str | None = None) -> list[tuple[str, str]]:
    d = domain_of(frm)
    dk = dkim_d or d
    if mode == "pass":
        v = (f"{AUTHSERV};\n\tdkim=pass header.d={dk} header.s=sel1 header.b=Zq3xK8pA;\n"
             f"\tspf=pass (sender SPF authorized) smtp.mailfrom={d};\n"
             f"\tdmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from={d}")
    elif mode == "none":  # small senders without DMARC; MDNs/DSNs from MTAs
        v = (f"{AUTHSERV};\n\tdkim=none;\n\tspf=pass smtp.mailfrom={d};\n"
             f"\tdmarc=none (p=NONE) header.from={d}")
    elif mode == "fail":
        v = (f"{AUTHSERV};\n\tdkim=fail (signature did not verify) header.d={dk};\n"
             f"\tspf=fail smtp.mailfrom={d};\n"
             f"\tdmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from={d}")
    elif mode == "spfonly":
        v = (f"{AUTHSERV};\n\tdkim=none;\n\tspf=pass smtp.mailfrom=bulk-relay.example-mailer.net;\n"
             f"\tdmarc=fail (p=QUARANTINE dis=QUARANTINE) header.from={d}")
    elif mode == "lookalike":  # look-alike domains authenticate fine for THEIR domain
        v = (f"{AUTHSERV};\n\tdkim=pass header.d={dk};\n\tspf=pass smtp.mailfrom={d};\n"
             f"\tdmarc=pass (p=NONE) header.from={d}")
    else:
        raise ValueError(mode)
    return [("Authentication-Results", v)]


def inbound(slug: str, frm: str, subject: str, date: str, *, to: str | None = None,
            cc: str | None = None, auth: str = "pass", irt: str | None = None,
            refs: str | None = None, extra: tuple = (), hcs: str = "utf-8", henc: str = "B",
            frm_name: str | None = None, to_name: str | None = None, msgid: str | None = None,
            delivered: str = BOT, mailer: str | None = None, dkim_d: str | None = None,
            pre: tuple = ()) -> list[tuple[str, str]]:
    """Headers of a message as our MX stores it (Received + A-R on top)."""
    d = domain_of(frm)
    rcvd = (f"from mail-{hx(slug)[:6]}.{d} (mail-{hx(slug)[:6]}.{d} [198.51.100.{int(hx(slug)[:2], 16) % 250 + 1}])\n"
            f"\tby {AUTHSERV} (Postfix) with ESMTPS id {hx(slug)[6:16].upper()}\n"
            f"\tfor <{delivered}>; {date}")
    null_sender = frm.lower().split("@")[0] in ("mailer-daemon", "postmaster")
    h: list[tuple[str, str]] = [("Return-Path", "<>" if null_sender else f"<bounces+{hx(slug)[:8]}@{d}>"),
                                ("Delivered-To", delivered)]
    h += list(pre)
    h += auth_results(frm, auth, dkim_d)
    h += [("Received", rcvd)]
    h += [("Date", date), ("From", addr(frm_name, frm, hcs, henc)),
          ("To", to if to is not None else addr(BOT_NAME, BOT))]
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", ew(subject, hcs, henc)))
    h.append(("Message-ID", msgid or mid(slug, d)))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs or irt:
        h.append(("References", refs or irt))
    if mailer:
        h.append(("X-Mailer", mailer))
    h += list(extra)
    return h


# --------------------------------------------------------------------------- MIME parts

Part = tuple[list[tuple[str, str]], bytes]


def _b64(data: bytes) -> bytes:
    s = base64.b64encode(data)
    return b"\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + b"\n"


def _cte(data: bytes, cte: str) -> tuple[str, bytes]:
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(data)
    if cte == "b64":
        return "base64", _b64(data)
    if cte in ("8bit", "7bit"):
        return cte, data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


FALLBACK = {"«": '"', "»": '"', "—": "-", "–": "-", "№": "N", "²": "2", "₽": "руб.", "\u00a0": " ", "…": "..."}


def fit(s: str, cs: str) -> str:
    """What a legacy mail client does with characters its charset lacks: plain substitutes."""
    out = []
    for ch in s:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(FALLBACK[ch])
    return "".join(out)


def text(s: str, cs: str = "utf-8", cte: str = "qp", sub: str = "plain", extra: tuple = (),
         fmt_flowed: bool = False) -> Part:
    data = fit(s, cs).encode(cs)
    name, body = _cte(data, cte)
    ct = f'text/{sub}; charset="{cs}"' + ("; format=flowed" if fmt_flowed else "")
    return [("Content-Type", ct), ("Content-Transfer-Encoding", name)] + list(extra), body


def html(s: str, cs: str = "utf-8", cte: str = "qp") -> Part:
    return text(s, cs, cte, "html")


def att(data: bytes, ctype: str, filename: str, cte: str = "b64", inline: bool = False) -> Part:
    name, body = _cte(data, cte)
    fn = filename
    try:
        fn.encode("ascii")
        fnp = f'filename="{fn}"'
        ctn = f'; name="{fn}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        fnp = f"filename*=utf-8''{quote(fn)}"
        ctn = ""
    disp = "inline" if inline else "attachment"
    return [("Content-Type", f"{ctype}{ctn}"), ("Content-Disposition", f"{disp}; {fnp}"),
            ("Content-Transfer-Encoding", name)], body


def raw(ctype: str, body: str, cte: str = "7bit", cs: str = "utf-8") -> Part:
    b = body.encode(cs)
    if not b.endswith(b"\n"):
        b += b"\n"
    hs = [("Content-Type", ctype)]
    if cte != "7bit":
        hs.append(("Content-Transfer-Encoding", cte))
    return hs, b


def mp(slug: str, sub: str, *parts: Part, n: int = 0, params: str = "",
       preamble: str = "This is a multi-part message in MIME format.\n") -> Part:
    b = bnd(slug, n)
    out = preamble.encode()
    for ph, pb in parts:
        out += f"\n--{b}\n".encode()
        out += "".join(f"{k}: {v}\n" for k, v in ph).encode("utf-8")
        out += b"\n" + pb.rstrip(b"\n") + b"\n"
    out += f"\n--{b}--\n".encode()
    return [("Content-Type", f'multipart/{sub}; boundary="{b}"{params}')], out


def build(headers: list[tuple[str, str]], part: Part, crlf: bool = False) -> bytes:
    ph, pb = part
    hs = headers + [("MIME-Version", "1.0")] + ph
    head = "".join(f"{k}: {v}\n" for k, v in hs).encode("utf-8")
    data = head + b"\n" + pb
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# --------------------------------------------------------------------------- machine mail

def bot_headers(tag: str, to: str, subject: str, date: str, dnt: bool = True) -> str:
    """Header block of one of the bot's reminders, as quoted in DSNs."""
    h = [("Return-Path", f"<{BOT}>"), ("Date", date), ("From", addr(BOT_NAME, BOT)), ("To", to),
         ("Subject", ew(subject)), ("Message-ID", bot_mid(tag)), ("MIME-Version", "1.0"),
         ("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "quoted-printable")]
    if dnt:
        h.append(("Disposition-Notification-To", BOT))
    return "".join(f"{k}: {v}\n" for k, v in h)


def dsn_fields(reporting_mta: str, rcpts: list[tuple], arrival: str, remote: str | None = None) -> str:
    """rcpts: (address, action, status, diagnostic)."""
    out = f"Reporting-MTA: dns; {reporting_mta}\nX-Postfix-Queue-ID: {hx(reporting_mta + arrival)[:10].upper()}\n" \
          f"Arrival-Date: {arrival}\n"
    for a, action, status, diag in rcpts:
        out += f"\nFinal-Recipient: rfc822; {a}\nOriginal-Recipient: rfc822;{a}\nAction: {action}\nStatus: {status}\n"
        if remote:
            out += f"Remote-MTA: dns; {remote}\n"
        if diag:
            out += f"Diagnostic-Code: smtp; {diag}\n"
    return out


def mdn_fields(ua: str, final: str, orig_mid: str | None, disposition: str) -> str:
    out = f"Reporting-UA: {ua}\nOriginal-Recipient: rfc822;{final}\nFinal-Recipient: rfc822;{final}\n"
    if orig_mid:
        out += f"Original-Message-ID: {orig_mid}\n"
    out += f"Disposition: {disposition}\n"
    return out


# --------------------------------------------------------------------------- documents

def pdf(lines: list[str]) -> bytes:
    """A tiny but valid one-page PDF with uncompressed Helvetica text (latin-1 only)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 50 800 Td 14 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    cbytes = content.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(cbytes)).encode() + b" >>\nstream\n" + cbytes + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offs:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def cii(inv: str, issue: str, due: str, cur: str, net: str, tax: str, grand: str, prepaid: str,
        payable: str, seller: str, buyer: str, iban: str, ref: str) -> bytes:
    """A minimal XRechnung-flavoured UN/CEFACT CII invoice."""
    ymd = lambda s: s.replace("-", "")  # noqa: E731
    x = f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext>
  <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
 </rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument>
  <ram:ID>{inv}</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">{ymd(issue)}</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:BuyerReference>{ref}</ram:BuyerReference>
   <ram:SellerTradeParty><ram:Name>{seller}</ram:Name></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>{buyer}</ram:Name></ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:PaymentReference>{inv}</ram:PaymentReference>
   <ram:InvoiceCurrencyCode>{cur}</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>
    <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>{iban}</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
   </ram:SpecifiedTradeSettlementPaymentMeans>
   <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">{ymd(due)}</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:LineTotalAmount>{net}</ram:LineTotalAmount>
    <ram:TaxBasisTotalAmount>{net}</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="{cur}">{tax}</ram:TaxTotalAmount>
    <ram:GrandTotalAmount>{grand}</ram:GrandTotalAmount>
    <ram:TotalPrepaidAmount>{prepaid}</ram:TotalPrepaidAmount>
    <ram:DuePayableAmount>{payable}</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""
    return x.encode("utf-8")


# --------------------------------------------------------------------------- message registry

class Desk:
    """Collects the messages of one desk, in slot order."""

    def __init__(self, lang: str):
        self.lang = lang
        self.msgs: list[dict] = []

    def add(self, slug: str, kind: str, eml: bytes, **lab) -> None:
        self.msgs.append(dict(slug=slug, kind=kind, eml=eml, lab=lab))

    # helpers for staff invoice copies
    def staff(self, i: int) -> tuple[str, str]:
        return DESKS[self.lang]["staff"][i]

    def copy_headers(self, slug: str, who: int, to: str, subject: str, date: str, *, bcc: bool = False,
                     cc_extra: str | None = None, hcs: str = "utf-8", henc: str = "B",
                     mailer: str | None = None, extra: tuple = ()) -> list[tuple[str, str]]:
        name, a = self.staff(who)
        cc = None if bcc else addr(BOT_NAME, BOT)
        if cc_extra:
            cc = f"{cc_extra}, {cc}" if cc else cc_extra
        return inbound(slug, a, subject, date, to=to, cc=cc, frm_name=name, hcs=hcs, henc=henc,
                       mailer=mailer, extra=extra)

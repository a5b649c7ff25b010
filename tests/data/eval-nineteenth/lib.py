"""Shared world and MIME-building helpers for the nineteenth blind evaluation set.

Everything here is deterministic: Message-IDs, boundaries and tokens are derived
from SHA-256 hashes of fixed strings, dates are written out by hand.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import quopri
import re
import textwrap
import zlib
from email.header import Header
from email.utils import format_datetime

# ---------------------------------------------------------------- the world
COMPANY = "Merrow Linen Group"
DOMAIN = "merrowlinen.com"
BOT = "ar@merrowlinen.com"
BOT_NAME = "Merrow Linen Accounts"
AUTHSERV = "mx1.merrowlinen.com"

DESKS = {
    "en": {
        "staff_domain": "merrowlinen.co.uk",
        "staff": {
            "fiona": ("Fiona Hale", "fiona.hale@merrowlinen.co.uk"),
            "dev": ("Dev Patel", "dev.patel@merrowlinen.co.uk"),
            "niamh": ("Niamh Byrne", "niamh.byrne@merrowlinen.co.uk"),
        },
        "notifiers": [
            "notifications@alerts.thamesidebank.co.uk",
            "payouts@mail.fernpay.com",
            "noreply@online.liffeybank.ie",
        ],
        "scheme": "MLU-NNNNN",
        "currencies": ["GBP", "EUR", "USD"],
        "zones": "Europe/London (+0000), Europe/Dublin (+0000), America/New_York (-0500)",
    },
    "de": {
        "staff_domain": "merrow-textilservice.de",
        "staff": {
            "katrin": ("Katrin Vogt", "katrin.vogt@merrow-textilservice.de"),
            "joerg": ("Jörg Brenner", "joerg.brenner@merrow-textilservice.de"),
            "lea": ("Lea Gasser", "lea.gasser@merrow-textilservice.de"),
        },
        "notifiers": [
            "avis@mail.rheinhaus-bank.de",
            "service@mitteilung.donauland-bank.at",
            "noreply@ebanking.bergkantonalbank.ch",
        ],
        "scheme": "RE-26-NNNNN",
        "currencies": ["EUR", "CHF"],
        "zones": "Europe/Berlin, Europe/Vienna, Europe/Zurich (all +0100 in Feb/Mar 2026)",
    },
    "id": {
        "staff_domain": "merrowlinen.co.id",
        "staff": {
            "dewi": ("Dewi Lestari", "dewi.lestari@merrowlinen.co.id"),
            "budi": ("Budi Santoso", "budi.santoso@merrowlinen.co.id"),
            "putu": ("Ni Luh Putu Ayu", "putu.ayu@merrowlinen.co.id"),
        },
        "notifiers": [
            "notifikasi@bankmentari.co.id",
            "no-reply@va.xendana.co.id",
            "cms-alert@nusaniaga.co.id",
        ],
        "scheme": "INV/MLI/YYYY/MM/NNNN",
        "currencies": ["IDR", "USD"],
        "zones": "Asia/Jakarta (+0700), Asia/Makassar (+0800, Bali)",
    },
    "ru": {
        "staff_domain": "merrow-linen.ru",
        "staff": {
            "olga": ("Ольга Смирнова", "o.smirnova@merrow-linen.ru"),
            "artem": ("Артём Ковалёв", "a.kovalev@merrow-linen.ru"),
            "aigerim": ("Айгерим Нурланова", "a.nurlanova@merrow-linen.ru"),
        },
        "notifiers": [
            "noreply@notify.volgabank.ru",
            "info@uvedomlenie.stepbank.kz",
            "robot@pay.uralkassa.ru",
        ],
        "scheme": "MLR-26-NNNN",
        "currencies": ["RUB", "KZT"],
        "zones": "Europe/Moscow (+0300), Asia/Almaty (+0500), Asia/Yekaterinburg (+0500)",
    },
}


def staff(desk: str, key: str) -> tuple[str, str]:
    return DESKS[desk]["staff"][key]


def hx(s: str, n: int = 12) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def t(s: str) -> str:
    """Dedent a triple-quoted body and drop the first newline."""
    if s.startswith("\n"):
        s = s[1:]
    return textwrap.dedent(s)


# ---------------------------------------------------------------- dates
def parse_when(s: str) -> dt.datetime:
    """'2026-02-17 09:12 +0000' or with seconds."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)(?::(\d\d))? ([+-])(\d\d)(\d\d)", s)
    if not m:
        raise ValueError(s)
    y, mo, d, H, M = (int(m.group(i)) for i in range(1, 6))
    S = int(m.group(6) or 0)
    sign = 1 if m.group(7) == "+" else -1
    off = dt.timedelta(hours=int(m.group(8)), minutes=int(m.group(9))) * sign
    return dt.datetime(y, mo, d, H, M, S, tzinfo=dt.timezone(off))


def rfc_date(s: str) -> str:
    return format_datetime(parse_when(s))


def add_days(iso: str, n: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=n)).isoformat()


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"],
}


def human_date(iso: str, lang: str) -> str:
    d = dt.date.fromisoformat(iso)
    if lang == "en":
        return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
    if lang == "id":
        return f"{d.day} {MONTHS['id'][d.month - 1]} {d.year}"
    return d.strftime("%d.%m.%Y")


# ---------------------------------------------------------------- money
def _group(intpart: str, sep: str) -> str:
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return sep.join(out)


def money(amount: str, cur: str, lang: str) -> str:
    ip, _, fp = f"{float(amount):.2f}".partition(".")
    if lang == "en":
        sym = {"GBP": "£", "EUR": "€", "USD": "US$"}[cur]
        return f"{sym}{_group(ip, ',')}.{fp}"
    if lang == "de":
        if cur == "CHF":
            return f"CHF {_group(ip, chr(39))}.{fp}"
        return f"{_group(ip, '.')},{fp} €"
    if lang == "id":
        if cur == "IDR":
            return f"Rp {_group(ip, '.')}"
        return f"USD {_group(ip, ',')}.{fp}"
    if lang == "ru":
        if cur == "KZT":
            return f"{_group(ip, chr(160))},{fp} тенге"
        return f"{_group(ip, chr(160))},{fp} руб."
    raise ValueError(lang)


BANK = {
    ("en", "GBP"): ["Merrow Linen Services Ltd, Thameside Bank plc",
                    "Sort code 20-45-77, account 43981265",
                    "IBAN GB71 THMS 2045 7743 9812 65"],
    ("en", "EUR"): ["Merrow Linen Ireland DAC, Liffey Bank",
                    "IBAN IE64 LIFF 9311 5214 7730 58, BIC LIFFIE2D"],
    ("en", "USD"): ["Merrow Linen Services Ltd, Thameside Bank plc (USD account)",
                    "IBAN GB48 THMS 2045 7771 0066 21, SWIFT THMSGB2L"],
    ("de", "EUR"): ["Merrow Textilservice GmbH, Rheinhaus Bank",
                    "IBAN DE27 3705 0411 0042 8813 90, BIC RHHBDE33XXX"],
    ("de", "CHF"): ["Merrow Wäscherei AG, Bergkantonalbank",
                    "IBAN CH58 0077 4155 2298 1037 6, BIC BKBLCH22"],
    ("id", "IDR"): ["PT Merrow Linen Indonesia, Bank Mentari cabang Kuningan",
                    "No. rekening 214-00-7781-3325"],
    ("id", "USD"): ["PT Merrow Linen Indonesia, Bank Nusa Niaga (USD)",
                    "Account 0918-22-4410-7, SWIFT NUNIIDJA"],
    ("ru", "RUB"): ["ООО «Мерроу Лин», ИНН 7714829365, КПП 771401001",
                    "р/с 40702810938000117254 в АО «Волга-Банк», БИК 044525731"],
    ("ru", "KZT"): ["ТОО «Merrow Linen Kazakhstan», БИН 180840021547",
                    "ИИК KZ52 722S 0000 1734 0911 в АО «Степь Банк», БИК STEPKZKA"],
}

# ---------------------------------------------------------------- reminders
REMINDERS: dict[str, dict] = {}


def rem(desk, key, when, recipient, invoices, amounts, currency, due, stage="pastdue",
        name="", lang=None, invdates=None):
    """Register a reminder the bot sent. when = 'YYYY-MM-DD HH:MM +ZZZZ' (bot time)."""
    invoices = invoices if isinstance(invoices, list) else [invoices]
    amounts = amounts if isinstance(amounts, list) else [amounts]
    due = due if isinstance(due, list) else [due] * len(invoices)
    assert len(invoices) == len(amounts) == len(due)
    k = f"{desk}:{key}"
    assert k not in REMINDERS, k
    day = when[:10].replace("-", "")
    mid = f"<mb.{day}.{hx('reminder:' + k)}@ar.{DOMAIN}>"
    r = dict(key=k, desk=desk, when=when, recipient=recipient, invoices=invoices,
             amounts=amounts, currency=currency, due=due, stage=stage, name=name,
             lang=lang or desk, mid=mid)
    r["subject"] = rem_subject(r)
    REMINDERS[k] = r
    return r


def R(desk, key):
    return REMINDERS[f"{desk}:{key}"]


def rem_subject(r) -> str:
    inv = ", ".join(r["invoices"])
    lang, st = r["lang"], r["stage"]
    if lang == "en":
        return {"arrival": f"Did our invoice {inv} reach you?",
                "predue": f"Friendly reminder: invoice {inv} due soon",
                "pastdue": f"Payment reminder: invoice {inv}"}[st]
    if lang == "de":
        w = "Rechnung" if len(r["invoices"]) == 1 else "Rechnungen"
        return {"arrival": f"Ist unsere {w} {inv} angekommen?",
                "predue": f"Freundliche Erinnerung: {w} {inv} bald fällig",
                "pastdue": f"Zahlungserinnerung: {w} {inv}"}[st]
    if lang == "id":
        return {"arrival": f"Konfirmasi penerimaan invoice {inv}",
                "predue": f"Pengingat: invoice {inv} segera jatuh tempo",
                "pastdue": f"Pengingat pembayaran invoice {inv}"}[st]
    if lang == "ru":
        w = "счёт" if len(r["invoices"]) == 1 else "счета"
        return {"arrival": f"Получили ли вы {w} {inv}?",
                "predue": f"Напоминание: {w} {inv} — скоро срок оплаты",
                "pastdue": f"Напоминание об оплате: {w} {inv}"}[st]
    raise ValueError(lang)


def rem_body(r) -> str:
    lang, st, cur = r["lang"], r["stage"], r["currency"]
    rows = []
    for inv, amt, due in zip(r["invoices"], r["amounts"], r["due"]):
        rows.append((inv, money(amt, cur, lang), human_date(due, lang)))
    bank = BANK[(r["desk"] if r["desk"] != "en" or lang == "en" else "en", cur)]
    if lang == "en":
        lines = ["Hello,", "", "We hope you are keeping well and that business is going nicely.", ""]
        if st == "arrival":
            lines.append("We sent you the invoice below a few days ago and just wanted to check that it arrived safely and reached the right person:")
        elif st == "predue":
            lines.append("A friendly reminder that the following invoice falls due shortly:")
        else:
            lines.append("According to our records the following is now past due:")
        lines += [f"  {a}  {b}  due {c}" for a, b, c in rows]
        lines += ["", "If you have already paid, please ignore this message - and thank you.", "",
                  "Payment details:"] + ["  " + b for b in bank] + [
                  "Please quote the invoice number as the payment reference.", "",
                  "If anything is unclear or you would like to discuss payment, simply reply to this e-mail.",
                  "", "Kind regards,", "Accounts Receivable", "Merrow Linen Group"]
    elif lang == "de":
        lines = ["Guten Tag,", "", "wir hoffen, es geht Ihnen gut und die Geschäfte laufen erfreulich.", ""]
        if st == "arrival":
            lines.append("vor einigen Tagen haben wir Ihnen die folgende Rechnung geschickt. Ist sie gut bei Ihnen angekommen?")
        elif st == "predue":
            lines.append("wir möchten Sie freundlich daran erinnern, dass folgende Rechnung demnächst fällig wird:")
        else:
            lines.append("laut unserer Buchhaltung ist folgender Betrag noch offen:")
        lines += [f"  {a}  {b}  fällig am {c}" for a, b, c in rows]
        lines += ["", "Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie diese E-Mail bitte als gegenstandslos.", "",
                  "Bankverbindung:"] + ["  " + b for b in bank] + [
                  "Bitte geben Sie die Rechnungsnummer als Verwendungszweck an.", "",
                  "Bei Fragen oder wenn Sie die Zahlung mit uns besprechen möchten, antworten Sie einfach auf diese E-Mail.",
                  "", "Mit freundlichen Grüßen", "Debitorenbuchhaltung", "Merrow Textilservice"]
    elif lang == "id":
        lines = ["Selamat pagi Bapak/Ibu,", "", "Semoga Bapak/Ibu dalam keadaan sehat dan usaha berjalan lancar.", ""]
        if st == "arrival":
            lines.append("Beberapa hari lalu kami mengirimkan invoice berikut. Mohon konfirmasi apakah invoice tersebut sudah diterima:")
        elif st == "predue":
            lines.append("Kami ingin mengingatkan bahwa invoice berikut akan segera jatuh tempo:")
        else:
            lines.append("Berdasarkan catatan kami, invoice berikut sudah melewati tanggal jatuh tempo:")
        lines += [f"  {a}  {b}  jatuh tempo {c}" for a, b, c in rows]
        lines += ["", "Apabila Bapak/Ibu sudah melakukan pembayaran, mohon abaikan email ini dan terima kasih.", "",
                  "Pembayaran dapat ditransfer ke:"] + ["  " + b for b in bank] + [
                  "Mohon cantumkan nomor invoice pada berita transfer.", "",
                  "Jika ada pertanyaan atau ingin membicarakan pembayaran, silakan balas email ini.",
                  "", "Hormat kami,", "Bagian Piutang", "PT Merrow Linen Indonesia"]
    elif lang == "ru":
        lines = ["Здравствуйте!", "", "Надеемся, у вас всё хорошо и дела идут успешно.", ""]
        if st == "arrival":
            lines.append("Несколько дней назад мы направили вам счёт, указанный ниже. Подтвердите, пожалуйста, что он получен:")
        elif st == "predue":
            lines.append("Напоминаем, что приближается срок оплаты по счёту:")
        else:
            lines.append("По нашим данным, срок оплаты по следующему счёту истёк:")
        lines += [f"  {a}  {b}  срок оплаты {c}" for a, b, c in rows]
        lines += ["", "Если вы уже произвели оплату, просто не обращайте внимания на это письмо. Спасибо!", "",
                  "Реквизиты для оплаты:"] + ["  " + b for b in bank] + [
                  "В назначении платежа, пожалуйста, укажите номер счёта.", "",
                  "Если есть вопросы или вы хотите обсудить оплату, просто ответьте на это письмо.",
                  "", "С уважением,", "отдел расчётов с клиентами", "Merrow Linen"]
    else:
        raise ValueError(lang)
    return "\n".join(lines) + "\n"


ATTRIB = {
    "en": "On {wd}, {d} {mon} {y} at {hm}, Merrow Linen Accounts <ar@merrowlinen.com> wrote:",
    "de": "Am {dd}.{mm}.{y} um {hm} schrieb Merrow Linen Accounts <ar@merrowlinen.com>:",
    "id": "Pada {wd_id}, {d} {mon_id} {y} pukul {hm_dot}, Merrow Linen Accounts <ar@merrowlinen.com> menulis:",
    "ru": "{dd}.{mm}.{y} {hm}, Merrow Linen Accounts <ar@merrowlinen.com> пишет:",
}
WD_ID = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]


def quoted(r, lang=None, style="attrib") -> str:
    """The reminder quoted below a reply, in the client's quoting style."""
    w = parse_when(r["when"])
    lang = lang or r["lang"]
    fmt = dict(wd=w.strftime("%a"), d=w.day, mon=w.strftime("%b"), y=w.year, hm=w.strftime("%H:%M"),
               dd=f"{w.day:02d}", mm=f"{w.month:02d}", wd_id=WD_ID[w.weekday()],
               mon_id=MONTHS["id"][w.month - 1][:3], hm_dot=w.strftime("%H.%M"))
    body = rem_body(r)
    if style == "outlook":
        hdr = {
            "en": ["From: Merrow Linen Accounts <ar@merrowlinen.com>",
                   f"Sent: {w.strftime('%A')}, {w.day} {w.strftime('%B')} {w.year} {w.strftime('%H:%M')}",
                   f"To: {r['recipient']}", f"Subject: {r['subject']}"],
            "de": ["Von: Merrow Linen Accounts <ar@merrowlinen.com>",
                   f"Gesendet: {w.day:02d}.{w.month:02d}.{w.year} {w.strftime('%H:%M')}",
                   f"An: {r['recipient']}", f"Betreff: {r['subject']}"],
            "id": ["Dari: Merrow Linen Accounts <ar@merrowlinen.com>",
                   f"Dikirim: {w.day} {MONTHS['id'][w.month - 1]} {w.year} {w.strftime('%H.%M')}",
                   f"Kepada: {r['recipient']}", f"Perihal: {r['subject']}"],
            "ru": ["От: Merrow Linen Accounts <ar@merrowlinen.com>",
                   f"Отправлено: {w.day:02d}.{w.month:02d}.{w.year} {w.strftime('%H:%M')}",
                   f"Кому: {r['recipient']}", f"Тема: {r['subject']}"],
        }[lang]
        return "\n" + "_" * 32 + "\n" + "\n".join(hdr) + "\n\n" + body
    att = ATTRIB[lang].format(**fmt)
    return "\n" + att + "\n" + "".join("> " + ln + "\n" if ln else ">\n" for ln in body.splitlines())


def reminder_headers(r) -> list[tuple[str, str]]:
    return [
        ("From", f"{BOT_NAME} <{BOT}>"),
        ("To", r["recipient"]),
        ("Subject", enc(r["subject"])),
        ("Date", rfc_date(r["when"])),
        ("Message-ID", r["mid"]),
        ("Disposition-Notification-To", BOT),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]


def reminder_raw(r, headers_only=False) -> str:
    hs = "".join(f"{k}: {v}\n" for k, v in reminder_headers(r))
    if headers_only:
        return hs
    return hs + "\n" + quopri.encodestring(rem_body(r).encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- headers
def enc(text: str, charset: str = "utf-8", name: str = "Subject") -> str:
    if all(ord(c) < 128 for c in text):
        return text
    return Header(text, charset, header_name=name, maxlinelen=76).encode(linesep="\n")


_SPECIALS = set('()<>[]:;@\\,."')


def addr(display: str | None, email: str, charset: str = "utf-8") -> str:
    if not display:
        return email
    if all(ord(c) < 128 for c in display):
        if any(c in _SPECIALS for c in display):
            return '"' + display.replace('"', '\\"') + '" <' + email + ">"
        return f"{display} <{email}>"
    return Header(display, charset, maxlinelen=76).encode(linesep="\n") + f" <{email}>"


def norm_addrs(s: str) -> str:
    """Re-encode a human-written address list so display names are RFC 5322/2047 clean."""
    out, buf, depth, q = [], "", 0, False
    for ch in s:
        if ch == '"':
            q = not q
        elif ch == "<" and not q:
            depth += 1
        elif ch == ">" and not q:
            depth -= 1
        if ch == "," and depth == 0 and not q:
            out.append(buf)
            buf = ""
        else:
            buf += ch
    out.append(buf)
    res = []
    for a in (x.strip() for x in out):
        m = re.fullmatch(r'(.*?)\s*<([^<>]+)>', a, re.S)
        if "=?" in a or not m or not m.group(1):
            res.append(a)
            continue
        res.append(addr(m.group(1).strip().strip('"'), m.group(2)))
    return ",\n ".join(res) if sum(len(x) for x in res) > 60 and len(res) > 1 else ", ".join(res)


def dom(email_or_addr: str) -> str:
    m = re.search(r"@([A-Za-z0-9.-]+)", email_or_addr.split("<")[-1])
    return m.group(1).lower()


def org_domain(d: str) -> str:
    parts = d.split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "com", "or", "ac", "go") and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def authres(from_dom: str, dkim="pass", spf="pass", dmarc="pass", dkim_d=None, mailfrom=None,
            policy="none", extra=None) -> str:
    dkim_d = dkim_d or org_domain(from_dom)
    mailfrom = mailfrom or from_dom
    parts = []
    if dkim == "none":
        parts.append("dkim=none (message not signed)")
    else:
        parts.append(f"dkim={dkim} header.d={dkim_d} header.s=sel{hx(dkim_d, 2)} header.b={hx('b' + dkim_d + from_dom, 8)}")
    if spf == "none-helo":
        parts.append(f"spf=pass smtp.helo={mailfrom}")
    else:
        parts.append(f"spf={spf} smtp.mailfrom={mailfrom}")
    if dmarc == "none":
        parts.append(f"dmarc=none header.from={from_dom}")
    elif dmarc == "skip":
        pass
    else:
        parts.append(f"dmarc={dmarc} (p={policy} dis={'none' if dmarc == 'pass' else policy}) header.from={from_dom}")
    if extra:
        parts.append(extra)
    return f"{AUTHSERV};\n\t" + ";\n\t".join(parts)


def received(from_host: str, when: str, seed: str, ip: str | None = None) -> str:
    w = parse_when(when).astimezone(dt.timezone.utc) + dt.timedelta(seconds=7 + int(hx(seed, 2), 16) % 40)
    ip = ip or f"198.51.100.{int(hx('ip' + from_host, 2), 16) % 200 + 20}"
    qid = hx("qid" + seed, 11).upper()
    return (f"from {from_host} ({from_host} [{ip}])\n\tby {AUTHSERV} (Postfix) with ESMTPS id {qid}\n\t"
            f"for <{BOT}>; {format_datetime(w)}")


# ---------------------------------------------------------------- MIME parts
class Text:
    def __init__(self, body: str, subtype="plain", charset="utf-8", cte="quoted-printable",
                 params="", headers=(), flowed=False):
        self.body, self.subtype, self.charset, self.cte = body, subtype, charset, cte
        self.params, self.headers, self.flowed = params, list(headers), flowed

    def content_headers(self):
        ct = f'text/{self.subtype}; charset="{self.charset}"'
        if self.flowed:
            ct += "; format=flowed"
        if self.params:
            ct += "; " + self.params
        hs = [("Content-Type", ct)]
        if self.cte:
            hs.append(("Content-Transfer-Encoding", self.cte))
        return hs + self.headers

    def payload(self, seed):
        raw = self.body.encode(self.charset)
        if self.cte == "quoted-printable":
            out = quopri.encodestring(raw).decode("ascii")
        elif self.cte == "base64":
            out = base64.encodebytes(raw).decode("ascii")
        else:
            if self.cte == "8bit":
                assert self.charset.lower() == "utf-8", "8bit only with utf-8 here"
                out = raw.decode("utf-8")
            else:
                try:
                    out = raw.decode("ascii")
                except UnicodeDecodeError:
                    raise ValueError(f"7bit body with non-ASCII text: {self.body[:50]!r}") from None
        if not out.endswith("\n"):
            out += "\n"
        return out


class Raw:
    """A leaf with a fixed content type and already-encoded (ASCII) payload."""

    def __init__(self, ctype: str, text: str, cte=None, headers=()):
        self.ctype, self.text, self.cte, self.headers = ctype, text, cte, list(headers)

    def content_headers(self):
        hs = [("Content-Type", self.ctype)]
        if self.cte:
            hs.append(("Content-Transfer-Encoding", self.cte))
        return hs + self.headers

    def payload(self, seed):
        return self.text if self.text.endswith("\n") else self.text + "\n"


class Attach(Raw):
    def __init__(self, data: bytes, ctype: str, filename: str, inline=False):
        fn = filename if all(ord(c) < 128 for c in filename) else None
        if fn is None:
            from email.utils import encode_rfc2231
            p = f"filename*={encode_rfc2231(filename, 'utf-8')}"
            n = f"name*={encode_rfc2231(filename, 'utf-8')}"
        else:
            p, n = f'filename="{fn}"', f'name="{fn}"'
        super().__init__(f"{ctype}; {n}", base64.encodebytes(data).decode("ascii"), "base64",
                         [("Content-Disposition", f"{'inline' if inline else 'attachment'}; {p}")])


class Multi:
    def __init__(self, subtype: str, parts: list, params: str = ""):
        self.subtype, self.parts, self.params = subtype, parts, params

    def content_headers_b(self, boundary):
        ct = f'multipart/{self.subtype}; boundary="{boundary}"'
        if self.params:
            ct = f"multipart/{self.subtype}; {self.params};\n\tboundary=\"{boundary}\""
        return [("Content-Type", ct)]


def render_part(part, seed: str, top=False) -> tuple[list[tuple[str, str]], str]:
    if isinstance(part, Multi):
        b = f"----=_Part_{hx('boundary' + seed, 10)}_{hx('b2' + seed, 8)}"
        hs = part.content_headers_b(b)
        body = ""
        if top:
            body += "This is a multi-part message in MIME format.\n\n"
        for i, p in enumerate(part.parts):
            phs, pbody = render_part(p, f"{seed}.{i}")
            body += f"--{b}\n" + "".join(f"{k}: {v}\n" for k, v in phs) + "\n" + pbody
            if not pbody.endswith("\n"):
                body += "\n"
        body += f"--{b}--\n"
        return hs, body
    return part.content_headers(), part.payload(seed)


# ---------------------------------------------------------------- messages
MESSAGES: list[dict] = []

LABEL_COLUMNS = ["file", "kind", "language", "invoice_numbers", "amount", "currency", "issue_date",
                 "due_date", "payment_terms_days", "intent", "promised_date", "return_date",
                 "failed_recipients", "bounce_permanent", "original_message_id", "needs_human",
                 "bounce_reason", "challenge", "payment_date", "payment_full", "allocations", "note"]


def lab(kind, language, rem=None, **kw):
    d = {c: "" for c in LABEL_COLUMNS}
    d["kind"], d["language"] = kind, language
    d["needs_human"] = "false"
    if rem is not None:
        d["invoice_numbers"] = ";".join(rem["invoices"])
        if kind in ("bounce", "auto_reply", "read_receipt", "challenge"):
            d["original_message_id"] = rem["mid"]
        if kind == "payment_confirmation":
            d["currency"] = rem["currency"]
    for k, v in kw.items():
        if k == "inv":
            k = "invoice_numbers"
        if isinstance(v, bool):
            v = "true" if v else "false"
        if isinstance(v, list):
            v = ";".join(v)
        assert k in d, k
        d[k] = str(v)
    if kind == "challenge":
        d["needs_human"] = "true"
    return d


def message_id(path: str, host: str) -> str:
    return f"<{hx('mid' + path, 16).upper()}.{hx('m2' + path, 6)}@{host}>"


def mail(path: str, labels: dict, *, frm: str, to: str, subject: str, date: str, body,
         cc: str | None = None, auth: str | None = None, irt: str | None = None,
         refs: str | None = None, extra=(), delivered_to: str | None = None,
         received_from: str | None = None, mid: str | None = "auto", mid_host: str | None = None,
         reply_to: str | None = None, pre=(), subject_raw=False, mime_version=True):
    """Assemble one message; `pre` are headers placed right after Authentication-Results."""
    fd = dom(frm)
    hs: list[tuple[str, str]] = [("Authentication-Results", auth or authres(fd))]
    hs += list(pre)
    if delivered_to:
        hs.append(("Delivered-To", delivered_to))
    hs.append(("Received", received(received_from or f"mail.{org_domain(fd)}", date, path)))
    hs.append(("From", norm_addrs(frm)))
    hs.append(("To", norm_addrs(to)))
    if cc:
        hs.append(("Cc", norm_addrs(cc)))
    if reply_to:
        hs.append(("Reply-To", norm_addrs(reply_to)))
    hs.append(("Subject", subject if subject_raw else enc(subject)))
    hs.append(("Date", rfc_date(date)))
    if mid == "auto":
        mid = message_id(path, mid_host or org_domain(fd))
    if mid:
        hs.append(("Message-ID", mid))
    if irt:
        hs.append(("In-Reply-To", irt))
        hs.append(("References", refs or irt))
    hs += list(extra)
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    chs, payload = render_part(body, path, top=True)
    hs += chs
    text = "".join(f"{k}: {v}\n" for k, v in hs) + "\n" + payload
    for ln in text.split("\n"):
        assert len(ln) <= 998, (path, ln[:60])
    raw = text.encode("ascii") if all(ord(c) < 128 for c in text) else text.encode("utf-8")
    labels = dict(labels)
    labels["file"] = path
    assert not any(m["path"] == path for m in MESSAGES), path
    MESSAGES.append(dict(path=path, raw=raw, labels=labels))
    return raw


# ---------------------------------------------------------------- machine parts
def dsn(reporting_mta: str, recipients: list[dict], arrival: str | None = None, extra_msg=()) -> Raw:
    lines = [f"Reporting-MTA: dns; {reporting_mta}"]
    lines += list(extra_msg)
    if arrival:
        lines.append(f"Arrival-Date: {rfc_date(arrival)}")
    out = "\n".join(lines) + "\n"
    for r in recipients:
        rl = []
        if r.get("original"):
            rl.append(f"Original-Recipient: rfc822;{r['original']}")
        rl.append(f"Final-Recipient: rfc822;{r['final']}")
        rl.append(f"Action: {r['action']}")
        rl.append(f"Status: {r['status']}")
        if r.get("remote"):
            rl.append(f"Remote-MTA: dns; {r['remote']}")
        if r.get("diag"):
            rl.append(f"Diagnostic-Code: smtp; {r['diag']}")
        if r.get("last"):
            rl.append(f"Last-Attempt-Date: {rfc_date(r['last'])}")
        if r.get("until"):
            rl.append(f"Will-Retry-Until: {rfc_date(r['until'])}")
        out += "\n" + "\n".join(rl) + "\n"
    return Raw("message/delivery-status", out, "7bit")


def mdn(ua: str, final: str, original_mid: str, disposition: str, original_recipient=None) -> Raw:
    lines = [f"Reporting-UA: {ua}"]
    if original_recipient:
        lines.append(f"Original-Recipient: rfc822;{original_recipient}")
    lines += [f"Final-Recipient: rfc822;{final}", f"Original-Message-ID: {original_mid}",
              f"Disposition: {disposition}"]
    return Raw("message/disposition-notification", "\n".join(lines) + "\n", "7bit")


def rfc822_part(r, headers_only=False) -> Raw:
    if headers_only:
        return Raw("text/rfc822-headers", reminder_raw(r, headers_only=True), "7bit")
    return Raw("message/rfc822", reminder_raw(r), "7bit")


# ---------------------------------------------------------------- PDF
AGL_CYR = {}
for _i, _c in enumerate("АБВГДЕ"):
    AGL_CYR[_c] = f"afii{10017 + _i}"
AGL_CYR["Ё"] = "afii10023"
for _i, _c in enumerate("ЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"):
    AGL_CYR[_c] = f"afii{10024 + _i}"
for _i, _c in enumerate("абвгде"):
    AGL_CYR[_c] = f"afii{10065 + _i}"
AGL_CYR["ё"] = "afii10071"
for _i, _c in enumerate("жзийклмнопрстуфхцчшщъыьэюя"):
    AGL_CYR[_c] = f"afii{10072 + _i}"
AGL_CYR["№"] = "afii61352"
AGL_CYR["«"] = "guillemotleft"
AGL_CYR["»"] = "guillemotright"
AGL_CYR["—"] = "emdash"
AGL_CYR["–"] = "endash"


def _pdf_str(b: bytes) -> bytes:
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(lines: list[str], title: str = "Invoice") -> bytes:
    """A one-page PDF with real text (Helvetica). Non-cp1252 text gets a custom
    encoding with /Differences glyph names plus a ToUnicode CMap."""
    cyr = any(c in AGL_CYR and c not in "«»—–" for ln in lines for c in ln)
    codemap: dict[str, int] = {}
    if cyr:
        nxt = 128
        for ln in lines:
            for c in ln:
                if ord(c) >= 128 and c not in codemap:
                    assert c in AGL_CYR, c
                    codemap[c] = nxt
                    nxt += 1
        assert nxt <= 256

        def encode(s):
            return bytes(codemap[c] if ord(c) >= 128 else ord(c) for c in s)
    else:
        def encode(s):
            return s.encode("cp1252")
    ops = [b"BT", b"/F1 10 Tf", b"14 TL", b"50 790 Td"]
    for i, ln in enumerate(lines):
        if ln.startswith("# "):
            ops += [b"/F1 15 Tf", _pdf_str(encode(ln[2:])) + b" Tj", b"/F1 10 Tf", b"T* T*"]
        else:
            ops += [_pdf_str(encode(ln)) + b" Tj", b"T*"]
    ops.append(b"ET")
    content = b"\n".join(ops) + b"\n"
    objs: list[bytes] = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                b"/Resources << /Font << /F1 5 0 R >> >> >>")
    comp = zlib.compress(content)
    objs.append(b"<< /Length " + str(len(comp)).encode() + b" /Filter /FlateDecode >>\nstream\n" + comp + b"\nendstream")
    if cyr:
        diffs = b" ".join(b"%d /%s" % (code, AGL_CYR[c].encode()) for c, code in codemap.items())
        objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
                    b"/BaseEncoding /WinAnsiEncoding /Differences [" + diffs + b"] >> /ToUnicode 6 0 R >>")
        bf = "\n".join(f"<{code:02X}> <{ord(c):04X}>" for c, code in codemap.items())
        cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
                "1 beginbfrange\n<20> <7E> <0020>\nendbfrange\n"
                f"{len(codemap)} beginbfchar\n{bf}\nendbfchar\n"
                "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").encode("ascii")
        objs.append(b"<< /Length " + str(len(cmap)).encode() + b" >>\nstream\n" + cmap + b"endstream")
    else:
        objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    info_n = len(objs) + 1
    objs.append(b"<< /Title " + _pdf_str(title.encode("latin-1", "replace")) +
                b" /Producer (Merrow billing) /CreationDate (D:20260301000000Z) >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    doc_id = hx("pdf" + "|".join(lines), 32).encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, info_n, doc_id, doc_id, xref))
    return bytes(out)


def check_pdf(data: bytes) -> list[str]:
    errs = []
    if not data.startswith(b"%PDF-1."):
        errs.append("no %PDF header")
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n$", data)
    if not m:
        return errs + ["no startxref"]
    x = int(m.group(1))
    if data[x:x + 4] != b"xref":
        return errs + ["startxref does not point at xref"]
    sec = data[x:].split(b"trailer")[0].split(b"\n")
    n = int(sec[1].split()[1])
    for i in range(1, n):
        off = int(sec[2 + i][:10])
        if not data[off:].startswith(b"%d 0 obj" % i):
            errs.append(f"xref entry {i} wrong")
    for sm in re.finditer(rb"/Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        s = sm.end()
        if data[s + ln:s + ln + 10] not in (b"\nendstream", b"endstream\n"[:10]) and not data[s + ln:].startswith(b"\nendstream") and not data[s + ln:].startswith(b"endstream"):
            errs.append("stream length wrong")
        if sm.group(2):
            zlib.decompress(data[s:s + ln])
    return errs


# ---------------------------------------------------------------- HTML helpers
def to_html(text: str, charset: str = "utf-8", font="Calibri, sans-serif") -> str:
    import html as _h
    body_lines = []
    in_quote = False
    for ln in text.split("\n"):
        if ln.startswith(">"):
            if not in_quote:
                body_lines.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
                in_quote = True
            body_lines.append(_h.escape(ln[1:].lstrip(" ")) + "<br>")
            continue
        if in_quote:
            body_lines.append("</blockquote>")
            in_quote = False
        body_lines.append(f"<div>{_h.escape(ln) if ln.strip() else '<br>'}</div>")
    if in_quote:
        body_lines.append("</blockquote>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + "\n".join(body_lines) +
            "\n</div></body></html>\n")


def alt(text: str, charset: str = "utf-8", cte: str = "quoted-printable", html: str | None = None,
        html_cte: str | None = None) -> Multi:
    return Multi("alternative", [Text(text, "plain", charset, cte),
                                 Text(html or to_html(text, charset), "html", charset, html_cte or cte)])

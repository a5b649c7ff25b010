"""The invented world of the seventh blind set: Quillmere Instruments.

Language modules register the invoice numbers, bot Message-IDs and contacts they use,
so context.toml lists exactly what the messages refer to (plus older invoices).
"""
import hashlib

COMPANY = "Quillmere Instruments"
DOMAIN = "quillmere.io"
BOT = "ar@quillmere.io"
MX = "mx.quillmere.io"
AUTHSERV = "mx.quillmere.io"
STAFF_DOMAINS = ["quillmere.io"]
STAFF = [
    "fiona.marsh@quillmere.io", "dev.okafor@quillmere.io",          # en
    "jonas.brenner@quillmere.io", "katrin.wiesel@quillmere.io",     # de
    "ayu.pratiwi@quillmere.io", "rizal.hakim@quillmere.io",         # id
    "olga.semenova@quillmere.io", "timur.basyrov@quillmere.io",     # ru
]
NOTIFIERS = [
    "@notify.northbridgebank.co.uk",   # Northbridge Bank (UK, GBP/USD)
    "receipts@paylattice.com",         # PayLattice (card/online PSP)
    "avis@rheinufer-vb.de",            # Rheinufer Volksbank eG (DE)
    "notifikasi@samudrajaya.co.id",    # Bank Samudra Jaya (ID)
    "@sevput.ru",                      # Банк «Северный Путь» (RU)
]

_INV = []
_MID = []
_CON = []

# older invoices that exist in the ledger but no message is about them
OLDER = ["QMI-10398", "QMI-10411", "QMI-10420", "RE26-0790", "RE26-0802", "RE26-0815",
         "INV/QMI/IX/2026/0171", "INV/QMI/X/2026/0188", "СЧ-0521/26", "СЧ-0530/26"]


def inv(*nums):
    for n in nums:
        if n not in _INV:
            _INV.append(n)
    return nums[0] if len(nums) == 1 else nums


def rem(key, stamp):
    """Message-ID of a mail the bot sent earlier (reminder, arrival check, digest)."""
    h = hashlib.sha1(("quillmere/" + key).encode()).hexdigest()
    mid = f"<{stamp}.{h[:10]}.ar@{DOMAIN}>"
    if mid not in _MID:
        _MID.append(mid)
    return mid


def contact(addr):
    if addr not in _CON:
        _CON.append(addr)
    return addr


def all_invoices():
    return _INV + [o for o in OLDER if o not in _INV]


def all_msgids():
    return list(_MID)


def all_contacts():
    return list(_CON)


MON = {11: "Nov", 12: "Dec"}
WD = {}


def D(day, month, hm="10:00", tz="+0000", sec="00"):
    import datetime
    dt = datetime.date(2026, month, day)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dt.weekday()]
    return f"{wd}, {day:02d} {MON[month]} 2026 {hm}:{sec} {tz}"


def dsn(text, mta, recips, orig_headers, arrival=None):
    """multipart/report delivery-status. recips: list of (addr, action, status, diag)."""
    ds = f"Reporting-MTA: dns; {mta}\n"
    if arrival:
        ds += f"Arrival-Date: {arrival}\n"
    for addr, action, status, diag in recips:
        ds += f"\nFinal-Recipient: rfc822; {addr}\nAction: {action}\nStatus: {status}\n"
        if diag:
            ds += f"Diagnostic-Code: smtp; {diag}\n"
    return dict(ctype="multipart/report; report-type=delivery-status",
                parts=[("text/plain", text), ("message/delivery-status", ds),
                       ("text/rfc822-headers", orig_headers)])


def mdn(text, ua, final_rcpt, orig_mid, disposition="manual-action/MDN-sent-manually; displayed"):
    n = (f"Reporting-UA: {ua}\nOriginal-Recipient: rfc822;{final_rcpt}\n"
         f"Final-Recipient: rfc822;{final_rcpt}\nOriginal-Message-ID: {orig_mid}\n"
         f"Disposition: {disposition}\n")
    return dict(ctype="multipart/report; report-type=disposition-notification",
                parts=[("text/plain", text), ("message/disposition-notification", n)])


def orig(to, subj, mid, date):
    return (f"From: Quillmere Instruments Accounts <{BOT}>\nTo: {to}\nSubject: {subj}\n"
            f"Date: {date}\nMessage-ID: {mid}\n")


def quote(text, prefix="> "):
    return "\n".join(prefix + line if line else prefix.rstrip() for line in text.strip("\n").split("\n"))

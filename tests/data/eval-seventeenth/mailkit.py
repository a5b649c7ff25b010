"""mailkit - a tiny, deterministic MIME writer for the blind evaluation set.

Stdlib only.  Everything that looks random (Message-IDs, boundaries, PDF /ID)
is a hash of a seed string, so two runs write byte-identical files.
Bodies are encoded by hand so that the set can use exactly the charsets and
transfer encodings real mailers use (quoted-printable, base64, 7bit, 8bit).
"""
from __future__ import annotations

import base64
import hashlib
import quopri
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

CRLF = b"\r\n"


# --------------------------------------------------------------------------- ids
def hx(seed: str, n: int = 12) -> str:
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def b32(seed: str, n: int = 16) -> str:
    raw = hashlib.sha256(seed.encode("utf-8")).digest()
    return base64.b32encode(raw).decode("ascii").rstrip("=")[:n]


def msgid(style: str, seed: str, domain: str = "") -> str:
    """A Message-ID in the style of a given mailer."""
    if style == "gmail":
        raw = hashlib.sha256(seed.encode()).digest() + hashlib.sha256((seed + "2").encode()).digest()
        tok = base64.b64encode(raw).decode()[:48].replace("/", "_")
        return f"<CA{tok[:2].upper()}{tok[2:]}@mail.gmail.com>"
    if style == "outlook":
        pod = domain or "AM9PR04MB7{}".format(hx(seed, 3).upper())
        tok = hx(seed, 32).upper()
        return f"<{pod}{tok}@{pod}.eurprd04.prod.outlook.com>"
    if style == "outlook_ap":
        pod = "SG2PR06MB{}".format(hx(seed, 4).upper())
        return f"<{pod}{hx(seed + 'x', 28).upper()}@{pod}.apcprd06.prod.outlook.com>"
    if style == "apple":
        u = hx(seed, 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "exchange":
        u = hx(seed, 32)
        return f"<{u[:8]}{u[8:16].upper()}{u[16:24]}@{domain}>"
    if style == "thunderbird":
        u = hx(seed, 32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "mailru":
        return f"<{int(hx(seed, 10), 16) % 10**10}.{int(hx(seed + 'm', 6), 16)}@{domain}>"
    if style == "yandex":
        return f"<{int(hx(seed, 8), 16) % 10**7}{int(hx(seed + 'y', 6), 16) % 10**6}@{domain}>"
    if style == "postfix":
        return f"<{hx(seed, 10).upper()}.{int(hx(seed + 'p', 6), 16)}@{domain}>"
    if style == "java":
        return f"<{int(hx(seed, 8), 16)}.{int(hx(seed + 'j', 8), 16) % 100000}.{int(hx(seed + 'k', 10), 16)}@{domain}>"
    return f"<{hx(seed, 20)}@{domain}>"


def boundary(style: str, seed: str) -> str:
    if style == "outlook":
        return f"_000_{b32(seed, 32)}_"
    if style == "outlook_alt":
        return f"_004_{b32(seed, 32)}_"
    if style == "gmail":
        return "0000000000" + hx(seed, 18)
    if style == "java":
        return f"----=_Part_{int(hx(seed, 4), 16) % 900}_{int(hx(seed + 'b', 8), 16)}.{int(hx(seed + 'c', 12), 16)}"
    if style == "apple":
        u = hx(seed, 32).upper()
        return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
    if style == "thunderbird":
        return "------------" + b32(seed, 24)
    if style == "postfix":
        return f"{hx(seed, 12).upper()}.{int(hx(seed + 'q', 8), 16)}/mail.corrydale-group.com"
    if style == "mailru":
        return "--ALT--" + hx(seed, 32).upper()
    return "=_" + hx(seed, 24)


# ------------------------------------------------------------------- time
def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def dt(s: str, offset: float = 0.0) -> datetime:
    """'2026-11-02 09:14' (+ optional seconds) in a fixed UTC offset."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=tz(offset))


def rfcdate(d: datetime, comment: str = "") -> str:
    s = format_datetime(d)
    return f"{s} ({comment})" if comment else s


# ------------------------------------------------------------- header words
_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _is_ascii(s: str) -> bool:
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew(text: str, cs: str = "utf-8", enc: str = "B") -> str:
    """RFC 2047 encoded words (<=75 chars each), split on character boundaries."""
    if cs.lower() == "iso-2022-jp":
        return _ew_jis(text)
    words, cur = [], ""
    overhead = len(f"=?{cs}?{enc}??=")

    def enclen(chunk: str) -> int:
        raw = chunk.encode(cs)
        if enc == "B":
            return 4 * ((len(raw) + 2) // 3)
        return sum(1 if (b in _QSAFE or b == 0x20) else 3 for b in raw)

    for ch in text:
        if cur and enclen(cur + ch) + overhead > 75:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = w.encode(cs)
        if enc == "B":
            body = base64.b64encode(raw).decode("ascii")
        else:
            body = "".join("_" if b == 0x20 else (chr(b) if b in _QSAFE else f"={b:02X}") for b in raw)
        out.append(f"=?{cs}?{enc}?{body}?=")
    return " ".join(out)


def _ew_jis(text: str) -> str:
    out, cur = [], ""
    for ch in text:
        cand = cur + ch
        if len(base64.b64encode(cand.encode("iso-2022-jp"))) + 18 > 75 and cur:
            out.append(cur)
            cur = ch
        else:
            cur = cand
    if cur:
        out.append(cur)
    return " ".join("=?ISO-2022-JP?B?" + base64.b64encode(w.encode("iso-2022-jp")).decode() + "?=" for w in out)


def hdr_text(s: str, cs: str = "utf-8", enc: str = "B") -> str:
    return s if _is_ascii(s) else ew(s, cs, enc)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name: str | None, email: str, cs: str = "utf-8", enc: str = "B") -> str:
    if not name:
        return email
    if _is_ascii(name):
        if any(c in _SPECIALS for c in name):
            esc = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{esc}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, cs, enc)} <{email}>"


def addrs(items, cs: str = "utf-8", enc: str = "B") -> str:
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        else:
            out.append(addr(it[0], it[1], cs, enc))
    return ", ".join(out)


def fold(name: str, value: str, width: int = 76) -> str:
    """Fold a header at spaces (never inside a word); explicit newlines are kept."""
    if "\n" in value:
        return f"{name}: {value}"
    line = f"{name}: "
    lines = []
    toks = value.split(" ")
    first = True
    for t in toks:
        if first:
            line += t
            first = False
            continue
        if len(line) + 1 + len(t) > width and line.strip():
            lines.append(line)
            line = " " + t
        else:
            line += " " + t
    lines.append(line)
    return "\n".join(lines)


# -------------------------------------------------------------------- parts
class Part:
    """A MIME entity: a leaf (payload bytes) or a multipart (list of parts)."""

    def __init__(self, ctype: str, *, payload: bytes = b"", params: dict | None = None,
                 cte: str | None = None, headers: list | None = None, parts: list | None = None,
                 disposition: str | None = None, filename: str | None = None,
                 bstyle: str = "plain", seed: str = "", preamble: str | None = None,
                 raw_body: bytes | None = None, filename_cs: str | None = None):
        self.ctype = ctype
        self.payload = payload
        self.params = dict(params or {})
        self.cte = cte
        self.headers = list(headers or [])
        self.parts = parts
        self.disposition = disposition
        self.filename = filename
        self.bstyle = bstyle
        self.seed = seed
        self.preamble = preamble
        self.raw_body = raw_body
        self.filename_cs = filename_cs

    # rendering ---------------------------------------------------------
    def header_lines(self, seed: str) -> list[str]:
        out = []
        params = dict(self.params)
        if self.parts is not None:
            params["boundary"] = self._boundary(seed)
        ps = ""
        for k, v in params.items():
            if k == "boundary":
                ps += f';\n\tboundary="{v}"' if len(v) > 38 else f'; boundary="{v}"'
            elif any(c in v for c in ' ()<>@,;:\\"/[]?='):
                ps += f'; {k}="{v}"'
            else:
                ps += f"; {k}={v}"
        out.append(f"Content-Type: {self.ctype}{ps}")
        if self.parts is None and self.cte:
            out.append(f"Content-Transfer-Encoding: {self.cte}")
        if self.disposition:
            d = self.disposition
            if self.filename:
                fn = self.filename
                if _is_ascii(fn):
                    d += f'; filename="{fn}"'
                else:
                    from urllib.parse import quote
                    d += "; filename*=utf-8''" + quote(fn.encode("utf-8"), safe="")
            out.append(f"Content-Disposition: {d}")
        for k, v in self.headers:
            out.append(fold(k, v))
        return out

    def _boundary(self, seed: str) -> str:
        return boundary(self.bstyle, (self.seed or seed) + "|" + self.ctype + str(len(self.parts or [])))

    def body_bytes(self, seed: str) -> bytes:
        if self.parts is not None:
            b = self._boundary(seed).encode()
            chunks = []
            if self.preamble is not None:
                chunks.append(self.preamble.encode() + b"\n")
            for i, p in enumerate(self.parts):
                chunks.append(b"--" + b + b"\n" + p.render(f"{seed}/{i}") + b"\n")
            chunks.append(b"--" + b + b"--\n")
            return b"".join(chunks)
        if self.raw_body is not None:
            return self.raw_body
        data = self.payload
        cte = (self.cte or "7bit").lower()
        if cte == "base64":
            return base64.encodebytes(data)
        if cte == "quoted-printable":
            enc = quopri.encodestring(data)
            return enc if enc.endswith(b"\n") else enc + b"\n"
        return data if data.endswith(b"\n") else data + b"\n"

    def render(self, seed: str) -> bytes:
        head = "\n".join(self.header_lines(seed)).encode("ascii")
        return head + b"\n\n" + self.body_bytes(seed)


def text(s: str, charset: str = "utf-8", cte: str | None = None, subtype: str = "plain",
         params: dict | None = None, **kw) -> Part:
    data = s.encode(charset)
    if cte is None:
        cte = "7bit" if all(b < 128 for b in data) else "quoted-printable"
    p = {"charset": charset}
    p.update(params or {})
    return Part(f"text/{subtype}", payload=data, params=p, cte=cte, **kw)


def html(s: str, charset: str = "utf-8", cte: str | None = "quoted-printable", **kw) -> Part:
    return text(s, charset, cte, subtype="html", **kw)


def multipart(subtype: str, parts: list, bstyle: str = "plain", params: dict | None = None, **kw) -> Part:
    return Part(f"multipart/{subtype}", parts=parts, bstyle=bstyle, params=params, **kw)


def attachment(data: bytes, ctype: str, filename: str, cte: str = "base64", inline: bool = False,
               params: dict | None = None, **kw) -> Part:
    p = {"name": filename} if _is_ascii(filename) else {}
    p.update(params or {})
    return Part(ctype, payload=data, params=p, cte=cte,
                disposition="inline" if inline else "attachment", filename=filename, **kw)


def rfc822(raw: bytes, **kw) -> Part:
    body = raw.replace(b"\r\n", b"\n")
    return Part("message/rfc822", raw_body=body if body.endswith(b"\n") else body + b"\n", cte=None, **kw)


def headers_only(raw: bytes) -> bytes:
    raw = raw.replace(b"\r\n", b"\n")
    return raw.split(b"\n\n", 1)[0] + b"\n"


def rfc822_headers(raw: bytes, **kw) -> Part:
    return Part("text/rfc822-headers", raw_body=headers_only(raw), cte=None, **kw)


def delivery_status(blocks: list[list[tuple[str, str]]]) -> Part:
    txt = "\n\n".join("\n".join(fold(k, v) for k, v in blk) for blk in blocks) + "\n"
    return Part("message/delivery-status", raw_body=txt.encode("ascii"), cte=None)


def disposition_notification(fields: list[tuple[str, str]], cte: str | None = None) -> Part:
    txt = "\n".join(fold(k, v) for k, v in fields) + "\n"
    return Part("message/disposition-notification", raw_body=txt.encode("ascii"), cte=cte)


# ------------------------------------------------------------------ message
def message(headers: list[tuple[str, str]], body: Part, seed: str, mime: bool = True) -> bytes:
    """headers: (name, value) pairs, values already ASCII (use hdr_text/addr)."""
    lines = [fold(k, v) for k, v in headers]
    if mime:
        lines.append("MIME-Version: 1.0")
    lines += body.header_lines(seed)
    head = "\n".join(lines)
    for ch in head:
        if ord(ch) > 127:
            raise ValueError(f"non-ASCII header in {seed}: {head!r}")
    raw = head.encode("ascii") + b"\n\n" + body.body_bytes(seed)
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------------------- PDF
def _pdf_str(s: str) -> bytes:
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf(rows: list, *, seed: str, title: str = "", producer: str = "", creator: str = "",
        created: str = "D:20261102090000Z", compress: bool = True) -> bytes:
    """A one- or two-page A4 PDF with text rows.

    row: "text" | ("b", "text") bold | ("r", "left", "right") two columns |
         ("rb", "left", "right") bold two columns | "" blank line.
    Text must be representable in WinAnsiEncoding (cp1252).
    """
    pages, cur, y = [], [], 800
    for row in rows:
        if y < 60:
            pages.append(cur)
            cur, y = [], 800
        cur.append((y, row))
        y -= 15 if row != "" else 9
    pages.append(cur)

    def stream_for(items) -> bytes:
        ops = [b"BT"]
        for yy, row in items:
            if row == "":
                continue
            if isinstance(row, str):
                kind, left, right = "t", row, None
            elif row[0] == "b":
                kind, left, right = "b", row[1], None
            else:
                kind, left, right = row[0], row[1], row[2]
            font = b"/F2" if kind in ("b", "rb") else b"/F1"
            size = b"11" if kind == "b" else b"9.5"
            ops.append(font + b" " + size + b" Tf 1 0 0 1 56 " + str(yy).encode() + b" Tm " + _pdf_str(left) + b" Tj")
            if right is not None:
                ops.append(font + b" " + size + b" Tf 1 0 0 1 400 " + str(yy).encode() + b" Tm " + _pdf_str(right) + b" Tj")
        ops.append(b"ET")
        return b"\n".join(ops) + b"\n"

    objs: list[bytes] = []
    # 1 catalog, 2 pages, 3 font1, 4 font2, 5 info, then (page, content) pairs
    n_pages = len(pages)
    kids = " ".join(f"{6 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Title " + _pdf_str(title) + b" /Producer " + _pdf_str(producer) + b" /Creator "
                + _pdf_str(creator) + b" /CreationDate (" + created.encode() + b") >>")
    for i, items in enumerate(pages):
        content_no = 7 + 2 * i
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {content_no} 0 R >>".encode())
        data = stream_for(items)
        if compress:
            z = zlib.compress(data, 9)
            objs.append(f"<< /Length {len(z)} /Filter /FlateDecode >>\nstream\n".encode() + z + b"\nendstream")
        else:
            objs.append(f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"endstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    idh = hx("pdf" + seed, 32)
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 5 0 R /ID [<{idh}> <{idh}>] >>\n"
            f"startxref\n{xref}\n%%EOF").encode()
    return bytes(out)


def check_pdf(data: bytes) -> list[str]:
    errs = []
    if not data.startswith(b"%PDF-"):
        errs.append("does not start with %PDF-")
    if not data.endswith(b"%%EOF"):
        errs.append("does not end with %%EOF")
    try:
        sx = int(data[data.rindex(b"startxref") + 9:].split()[0])
        if not data[sx:].startswith(b"xref"):
            errs.append("startxref does not point at xref")
        lines = data[sx:].split(b"\n")
        count = int(lines[1].split()[1])
        for i in range(1, count):
            off = int(lines[2 + i].split()[0])
            if not data[off:].startswith(f"{i} 0 obj".encode()):
                errs.append(f"xref entry {i} wrong")
    except Exception as e:  # noqa: BLE001
        errs.append(f"xref unreadable: {e}")
    return errs

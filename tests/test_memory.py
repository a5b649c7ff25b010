"""What the daemon holds in memory: big messages read in about one copy, the language
model's tables compact, the heavy libraries imported only where they are used.
(bench/memory.py measures the whole daemon; these pin each of its parts.)"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import TypeVar

from mailbot.reading import language
from mailbot.reading.parse import MAX_PARTS, parse_message

ROOT = Path(__file__).resolve().parent.parent
MB = 2**20
T = TypeVar("T")


def with_attachment(payload: bytes, *, maintype: str = "application",
                    subtype: str = "octet-stream") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "ap@client.test", "ar@acme.test", "Advice"
    msg.set_content("Hello,\n\nour payment advice is attached.\n")
    msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename="advice.bin")
    return msg.as_bytes()


def peak_of(work: Callable[[], T]) -> tuple[T, int]:
    """(the result of `work`, the peak of the memory it allocated, in bytes)."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        result = work()
        return result, tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def test_a_big_attachment_is_read_in_about_one_copy() -> None:
    payload = os.urandom(8 * MB)
    raw = with_attachment(payload)
    parse_message(with_attachment(b"warm"))
    msg, peak = peak_of(lambda: parse_message(raw))
    assert [a.payload == payload for a in msg.attachments] == [True]
    assert "payment advice is attached" in msg.text
    # the decoded attachment is 0.74 of the message; the MIME parsers alone took 7.75x
    assert peak < 1.5 * len(raw), f"{peak / len(raw):.2f} x the message's size"


def test_a_big_base64_text_body_is_still_read_as_text() -> None:
    text = "Rechnung RE-2026-0042 bezahlt.\n" * 60_000  # 1.8 MB of text, base64 encoded
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "ap@client.test", "ar@acme.test", "Paid"
    msg.set_content(text, cte="base64")
    raw = msg.as_bytes()
    assert len(raw) > 2 * MB
    parsed = parse_message(raw)
    assert parsed.text.startswith("Rechnung RE-2026-0042 bezahlt.")
    assert len(parsed.text) >= len(text) - 1


def test_big_attachments_beside_small_ones_each_keep_their_own_bytes() -> None:
    first, second = os.urandom(2 * MB), os.urandom(3 * MB)
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "ap@client.test", "ar@acme.test", "Files"
    msg.set_content("Two files and a note.\n")
    msg.add_attachment(first, maintype="application", subtype="pdf", filename="a.pdf")
    msg.add_attachment(b"small one", maintype="application", subtype="octet-stream",
                       filename="b.bin")
    msg.add_attachment(second, maintype="image", subtype="png", filename="c.png")
    parsed = parse_message(msg.as_bytes())
    assert [(a.filename, a.payload) for a in parsed.attachments] == [
        ("a.pdf", first), ("b.bin", b"small one"), ("c.png", second)]


def test_a_part_that_forges_a_marker_keeps_its_own_bytes() -> None:
    # a big body is cut out and a token put in its place; a small attachment that
    # decodes to a token must not be read as the big one's bytes
    big = os.urandom(2 * MB)
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "ap@client.test", "ar@acme.test", "Files"
    msg.set_content("Two files.\n")
    msg.add_attachment(big, maintype="application", subtype="octet-stream", filename="a")
    head = msg.as_bytes()[:4096]
    forged = [b"\x00mailbot-part-" + salt + b"-0" for salt in (
        b"", hashlib.sha256(head).hexdigest()[:12].encode())]
    for n, token in enumerate(forged):
        msg.add_attachment(token, maintype="application", subtype="octet-stream",
                           filename=f"forged{n}")
    parsed = parse_message(msg.as_bytes())
    assert [a.payload for a in parsed.attachments] == [big, *forged]


def test_a_message_of_twenty_thousand_parts_is_read_up_to_its_thousandth() -> None:
    boundary = "=_b"
    head = (f"From: ap@client.test\r\nTo: ar@acme.test\r\nSubject: Statement\r\n"
            f'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="{boundary}"'
            "\r\n\r\n")
    parts = "".join(f"--{boundary}\r\nContent-Type: text/plain\r\n\r\nline {n}\r\n"
                     for n in range(20_000))
    raw = (head + parts + f"--{boundary}--\r\n").encode()
    parse_message(raw[:2000])
    started = time.perf_counter()
    msg, peak = peak_of(lambda: parse_message(raw))
    took = time.perf_counter() - started
    assert "line 0\n" in msg.text + "\n"
    assert f"line {MAX_PARTS - 2}" in msg.text
    assert "line 19999" not in msg.text
    # read whole, it took 11.6x its size and 35 s (mail-parser walks every part)
    assert peak < 2 * len(raw), f"{peak / len(raw):.2f} x the message's size"
    assert took < 10, f"{took:.1f} s"


def test_the_language_model_is_held_compactly_and_ranks_as_py3langid_does() -> None:
    probe = ("import numpy, tracemalloc\n"
             "tracemalloc.start()\n"
             "from mailbot.reading import language\n"
             "language.detect('Wir haben die Rechnung heute bezahlt, danke.')\n"
             "print(tracemalloc.get_traced_memory()[0])\n")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    held = int(out.stdout.split()[-1])
    # as py3langid loads it: 76 MB (a 32-bit DFA table, lists of Python ints); its
    # tables split into 16 and 1 bits: 50 MB; as a trie and the naive-Bayes table's
    # usual values and exceptions: 12 MB
    assert held < 16 * MB, f"{held / MB:.0f} MB"

    from py3langid.langid import (  # type: ignore[import-untyped]
        MODEL_FILE,
        LanguageIdentifier,
    )

    stock = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    texts = ["Sudah transfer ya pak", "Danke, erledigt", "Мы оплатили счёт вчера",
             "Nous avons payé la facture hier.", "", "x", "Hemos pagado la factura.",
             "Please find attached invoice INV-2026-0042 for EUR 1,200.00." * 20,
             "Zahlung erhalten. Betrag: EUR 4.100,50 Verwendungszweck: RE 2026 118"]
    assert [language._model().rank(t) for t in texts] == [stock.rank(t) for t in texts]


def test_the_compact_tables_give_every_move_and_row_of_py3langid_s() -> None:
    import random

    import numpy as np
    from py3langid.langid import (
        MODEL_DIR,
        MODEL_FILE,
        LanguageIdentifier,
    )
    from py3langid.modelio import load_model  # type: ignore[import-untyped]

    model = language._model()
    ptc, _, _, nextmove, row, _ = load_model(MODEL_DIR / MODEL_FILE)
    table = np.frombuffer(nextmove, dtype=np.uint32).reshape(-1, 256)
    for state in range(0, len(row), 97):  # a thousand states, each with its 256 moves
        assert [model._dfa.move(state, b) for b in range(256)] == table[row[state]].tolist()
    rows = np.array([0, 1, 2, 500, 99_999, len(ptc) - 1, 7, 7])
    assert np.array_equal(model.nb_ptc[rows].view(np.uint16),
                          np.asarray(ptc)[rows].view(np.uint16))
    every = np.arange(len(ptc))
    assert np.array_equal(model.nb_ptc[every].view(np.uint16), np.asarray(ptc).view(np.uint16))
    rnd = random.Random(7)
    noise = [bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 300))) for _ in range(50)]
    plain = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    assert [model.rank(t) for t in noise] == [plain.rank(t) for t in noise]


def test_the_daemon_imports_no_pdf_xml_or_migration_library(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'mailbot.db'}"
    create = f"from mailbot.adapters.store import Store\nStore({db!r}).migrate()"
    subprocess.run([sys.executable, "-c", create], cwd=ROOT, check=True)
    probe = ("import sys\n"
             "import mailbot.cli, mailbot.daemon, mailbot.app.services\n"
             "from mailbot.adapters.store import Store\n"
             f"store = Store({db!r})\n"
             "store.migrate()\n"  # `mailbot run` migrates first: nothing to do here
             "store.check_schema()\n"
             "print(sorted({m.split('.')[0] for m in sys.modules} & "
             "{'alembic', 'facturx', 'pypdf', 'lxml', 'fpdf', 'PIL', 'fontTools'}))\n")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"

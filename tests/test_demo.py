"""`mailbot demo` as a new user sees it, piped: what arrived, what the bot understood
and the first lines of each letter it sent, in plain words, one of the clients written
to in German; no Message-IDs or internal names; the digest written where it says."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_demo_shows_letters_in_plain_words_and_writes_the_digest_here(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "mailbot", "demo"], capture_output=True,
                          text=True, timeout=240, cwd=tmp_path, check=False,
                          env={**os.environ, "COLUMNS": "80"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    # what arrived and what the bot made of it
    assert "the bot understands: a new invoice to follow up: INV-2026-0142 to Globex" in out
    assert "Globex promises to pay INV-2026-0142 by Friday 27 Nov" in out
    assert "Initech opened invoice INV-2026-0143" in out
    # an excerpt of each letter, one in German, each line whole although piped at 80
    assert "│ Dear Bob Miller," in out
    assert ('← the bot writes a reminder in German to Carola Schmidt <carola@initech.example>: '
            '"Freundliche Erinnerung: Rechnung INV-2026-0143 ist am 2. Dezember 2026 fällig"'
            in out), out
    assert "│ Ihre Zahlung für die Rechnung INV-2026-0143" in out
    # never the bot's internal words
    assert not re.search(r"<[^<>\s]+@[^<>\s]+>", out.replace("<bob@globex.example>", "")
                         .replace("<carola@initech.example>", "")), out
    for internal in ("sends chase", "thank_you", "invoice_copy", "read_receipt",
                     "payment_confirmation", "intent="):
        assert internal not in out
    # the digest, in the folder the demo was started from
    digest = tmp_path / "mailbot-demo-digest.html"
    assert digest.is_file()
    assert "<html" in digest.read_text(encoding="utf-8").lower()
    assert f"is in {digest}" in out

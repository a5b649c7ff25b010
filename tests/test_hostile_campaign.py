"""The hostile-input campaign, short: ~300 generated hostile messages and every corpus
file through the real IMAP ingest (bench/hostile.py; the long run is by hand)."""

from __future__ import annotations

import pytest

from bench import hostile
from mailbot.app import reading_pool


@pytest.mark.slow
def test_hostile_mail_is_all_kept_and_nothing_crashes(db_url):
    mails = hostile.corpus() + list(hostile.generate(300, hostile.SMALL))
    classes = {label for label, _ in mails if not label.startswith("corpus:")}
    assert classes == set(hostile.CLASSES)  # every hostile class is in the short run

    report = hostile.run(db_url, mails)

    assert report.messages == len(mails)
    assert report.crashes == []
    assert report.lost == []
    assert report.left_in_inbox == 0
    assert report.without_reason == []
    assert report.readable_quarantined == []
    assert report.quarantined > 0  # the NUL and no-header messages are held
    assert report.stored + report.quarantined + len(report.duplicates) == len(mails)
    assert report.breaches == []


@pytest.mark.slow
@pytest.mark.timeout(600)  # worker processes start, and the machine may be shared
def test_hostile_mail_read_in_batches_by_workers(sqlite_url, monkeypatch):
    """The same through `mailbot sync`'s path: a transaction per FETCH, worker processes."""
    monkeypatch.setattr(reading_pool, "spare_cores", lambda: 2.0)  # however busy the machine
    mails = hostile.corpus() + list(hostile.generate(300, hostile.SMALL))

    report = hostile.run(sqlite_url, mails, batched=True)

    assert report.crashes == []
    assert report.lost == []
    assert report.left_in_inbox == 0
    assert report.without_reason == []
    assert report.readable_quarantined == []
    assert report.stored + report.quarantined + len(report.duplicates) == len(mails)
    assert report.breaches == []

"""The crash campaign, short: the story's first days with a handful of SIGKILLs aimed at
the windows of ingest, planning and sending, on SQLite and PostgreSQL (bench/crash.py;
the long run, 60 days and 200 kills, is by hand or `bench.run --only crash`)."""

from __future__ import annotations

import pytest

from bench import crash


@pytest.mark.slow
@pytest.mark.timeout(900)  # dozens of real `mailbot` processes on a loaded machine
def test_a_killed_bot_loses_nothing_and_sends_nothing_twice(db_url):
    report = crash.run(db_url, days=3, kills=12, ticks_per_day=3)

    # a short story has few mails to send, and whether a tick's aimed kill fires depends
    # on what that tick finds due: the sending windows are aimed at one by one in
    # tests/test_crash_recovery.py, and planning's too by the long run (bench.crash)
    assert sum(report.kills.values()) >= 10
    assert {"imap.fetched", "ingest.stored"} <= set(report.kills)
    assert report.messages == 10
    assert report.sent > 0
    assert report.failures == []
    assert report.lost == report.left_in_inbox == []
    assert report.stored_twice == []
    assert report.duplicates == []
    assert report.after_payment == []
    assert report.never_sent == []
    assert report.uncertain_before_data == 0
    assert all(f.ok for f in report.figures()[1:])  # the kill count is asserted above

"""The outbox's state machine (mailbot.domain.outbox), pure: every way a queued mail can
go, and the ways it must never go (nothing at or after DATA back to pending by itself)."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from mailbot.domain import outbox
from mailbot.domain.outbox import MAX_ATTEMPTS, Status
from mailbot.errors import InvalidTransition


def test_a_sent_mail_is_final():
    assert outbox.after_send(1).status == Status.SENT
    for to in Status:
        with pytest.raises(InvalidTransition):
            outbox.move(Status.SENT, to)


def test_a_failure_at_or_after_data_is_uncertain_and_never_retried_by_itself():
    got = outbox.after_send(1, error="timeout after DATA", uncertain=True)
    assert (got.status, got.event, got.retry_in) == (Status.UNCERTAIN, "send_uncertain", None)
    assert outbox.MOVES[Status.UNCERTAIN] == {Status.PENDING}  # and only by a person:
    assert outbox.retried_by_person(Status.UNCERTAIN).status == Status.PENDING


def test_a_failure_before_data_is_retried_later_with_growing_waits():
    waits = [outbox.after_send(n, error="421 try later").retry_in for n in range(1, MAX_ATTEMPTS)]
    assert waits[:4] == [timedelta(minutes=m) for m in (5, 10, 20, 40)]
    assert all(b > a for a, b in itertools.pairwise(waits))
    assert outbox.after_send(MAX_ATTEMPTS, error="421 try later").status == Status.FAILED


def test_a_permanent_refusal_fails_at_once():
    got = outbox.after_send(1, error="550 no such user", permanent=True)
    assert (got.status, got.event) == (Status.FAILED, "mail_failed")


def test_an_expired_claim_is_pending_again_only_when_data_never_started():
    assert outbox.after_lease_expired(data_started=False).status == Status.PENDING
    assert outbox.after_lease_expired(data_started=True).status == Status.UNCERTAIN


def test_an_expired_claim_is_sent_only_when_its_copy_is_in_sent_after_data():
    found = outbox.after_lease_expired(data_started=True, seen_in_sent=True)
    assert (found.status, found.event) == (Status.SENT, "mail_found_in_sent")
    # a copy is only filed after the server took the mail: without DATA it proves nothing
    assert outbox.after_lease_expired(data_started=False,
                                      seen_in_sent=True).status == Status.PENDING


@pytest.mark.parametrize("status", [Status.PENDING, Status.SENDING, Status.SENT,
                                    Status.CANCELLED])
def test_a_person_retries_only_failed_or_uncertain_mail(status):
    with pytest.raises(InvalidTransition):
        outbox.retried_by_person(status)


def test_a_cancelled_mail_never_goes_out():
    assert outbox.MOVES[Status.CANCELLED] == frozenset()
    assert Status.CANCELLED in outbox.MOVES[Status.PENDING]
    assert Status.CANCELLED not in outbox.MOVES[Status.SENDING]  # too late: it is in flight

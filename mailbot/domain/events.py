"""The vocabulary of the event log: every kind of event the bot records, and what it
means. The log is the documentary record (what happened, when, and why); a kind not
listed here is refused when recorded, so the record never holds a word nobody defined."""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    # mail read
    NEEDS_HUMAN = "needs_human"  # a message a person must read
    CHANGE_REFUSED = "change_refused"  # a mail asked for a change its sender may not make
    INVOICE_REGISTERED = "invoice_registered"  # a staff invoice copy became an invoice
    DEBTOR_CREATED = "debtor_created"
    PROFILE_CHANGED = "profile_changed"  # a debtor's zone, country, language, hours or days
    PAYMENT_FULL = "payment_full"  # an invoice paid in full (a notice or staff)
    PAYMENT_PARTIAL = "payment_partial"
    OVERPAYMENT = "overpayment"  # money beyond what was owed: staff refund or credit it
    READ_RECEIPT = "read_receipt"
    BOUNCE = "bounce"
    AUTO_REPLY = "auto_reply"  # an absence note; may hold chasing until the client is back
    CLIENT_REPLY = "client_reply"
    PAUSED = "paused"  # a reply that needs a person paused its debtor's chasing (message_pk)
    STOPPED = "stopped"  # the client asked us to stop writing: no client mail at all
    UIDVALIDITY_CHANGED = "uidvalidity_changed"  # the server renumbered the folder
    # planning and queuing
    STAGE_SKIPPED = "stage_skipped"  # a stage passed over (e.g. read before its check)
    PROMISE_BROKEN = "promise_broken"
    MAIL_QUEUED = "mail_queued"
    NOT_SENT = "not_sent"  # nothing to send to (every address failing)
    ACTION_DROPPED = "action_dropped"  # no longer due when re-checked under the lock
    ACTION_FAILED = "action_failed"  # an action raised; the others went on
    # sending (the outbox's state machine, mailbot.domain.outbox)
    MAIL_SENT = "mail_sent"
    MAIL_RETRY = "mail_retry"  # to be sent again: a failure before DATA, or a person's retry
    MAIL_FAILED = "mail_failed"
    MAIL_CANCELLED = "mail_cancelled"  # no longer wanted when its turn came
    SEND_UNCERTAIN = "send_uncertain"  # may have been delivered: a person decides
    SEND_RECLAIMED = "send_reclaimed"  # a dead worker's claim that never reached DATA
    # a dead worker's mail proven sent: its copy is in the Sent folder (detail: evidence)
    MAIL_FOUND_IN_SENT = "mail_found_in_sent"
    RECIPIENT_REFUSED = "recipient_refused"  # one recipient refused, the others got it
    # staff
    HANDLED = "handled"  # a person dealt with a message
    RESUMED = "resumed"  # a person lifted a hold or a pause (or a stop: unstopped=True)
    PLAN_SET = "plan_set"  # staff set an installment plan (replacing any active one)
    PLAN_CANCELLED = "plan_cancelled"  # staff cancelled an invoice's installment plan
    # staff tasks (mailbot.domain.tasks)
    TASK_OPENED = "task_opened"
    TASK_CLOSED = "task_closed"  # done by a person, or resolved by events
    # the ladder's steps, carried out when staff approve them (mailbot approve)
    LETTER_APPROVED = "letter_approved"  # a drafted ladder letter queued on approval
    CREDIT_HOLD = "credit_hold"  # the debtor put on credit hold (cash only)
    WRITTEN_OFF = "written_off"  # an invoice written off: nothing more is chased
    # a staff command carried out (mail or CLI): its line and result; a note, a pause,
    # a promise or dispute staff recorded, a contact added or removed (detail: command)
    STAFF_COMMAND = "staff_command"

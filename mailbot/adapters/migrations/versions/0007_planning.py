"""indexes for reading at scale: a tick's debtors' last chasers, the digest's day of mail
and its open invoices, without reading the whole ledger

Revision ID: 0007_planning
Revises: 0006_debtor_domains
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0007_planning"
down_revision: str | None = "0006_debtor_domains"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # covering: a debtor's last chaser is read from the index alone
    op.create_index("ix_outbox_chasers", "outbox", ["debtor_id", "kind", "status", "created_at"])
    op.create_index("ix_outbox_status_sent_at", "outbox", ["status", "sent_at"])
    op.create_index("ix_message_recorded_at", "message", ["recorded_at"])
    op.create_index("ix_message_needs_human", "message", ["needs_human"])
    op.create_index("ix_invoice_state", "invoice", ["state"])


def downgrade() -> None:
    op.drop_index("ix_invoice_state", "invoice")
    op.drop_index("ix_message_needs_human", "message")
    op.drop_index("ix_message_recorded_at", "message")
    op.drop_index("ix_outbox_status_sent_at", "outbox")
    op.drop_index("ix_outbox_chasers", "outbox")

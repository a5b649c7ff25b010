"""profile: indexes that let a debtor's payment history be counted from the index alone
(its paid invoices' due and paid dates; its promise, partial-payment and reply events)

Revision ID: 0011_profile
Revises: 0010_windows
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0011_profile"
down_revision: str | None = "0010_windows"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_invoice_history", "invoice",
                    ["debtor_id", "state", "due_date", "paid_at"])
    op.create_index("ix_event_kind_debtor", "event", ["kind", "debtor_id"])


def downgrade() -> None:
    op.drop_index("ix_event_kind_debtor", "event")
    op.drop_index("ix_invoice_history", "invoice")

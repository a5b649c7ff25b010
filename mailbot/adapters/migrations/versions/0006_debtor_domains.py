"""debtor.company: the organisation a later invoice to another of its addresses joins

Revision ID: 0006_debtor_domains
Revises: 0003_outbox_lease
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_debtor_domains"
down_revision: str | None = "0003_outbox_lease"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # no backfill: which domains are public mail providers is configuration, so a debtor
    # from before takes its company at its next invoice (Appliers._register_invoice)
    with op.batch_alter_table("debtor") as batch:
        batch.add_column(sa.Column("company", sa.String(), nullable=True))
    op.create_index("ix_debtor_company", "debtor", ["company"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_debtor_company", "debtor")
    with op.batch_alter_table("debtor") as batch:
        batch.drop_column("company")

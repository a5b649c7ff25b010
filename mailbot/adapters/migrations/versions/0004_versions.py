"""invoice discount terms

An invoice's early-payment discount (percent within days of issue) becomes part of the
invoice, so a payment that takes it settles the invoice. Invoices registered before this
revision get the terms their registration event recorded.

Revision ID: 0004_versions
Revises: 0001
"""
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import mailbot.adapters.models

revision: str = '0004_versions'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('invoice') as batch:
        batch.add_column(sa.Column('discount_percent', mailbot.adapters.models.DecimalText(),
                                   nullable=True))
        batch.add_column(sa.Column('discount_days', sa.Integer(), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT invoice_id, detail FROM event WHERE kind = 'invoice_registered' "
        "AND invoice_id IS NOT NULL")).all()
    for invoice_id, detail in rows:
        d = json.loads(detail) if isinstance(detail, str) else detail
        percent, days = d.get('discount_percent'), d.get('discount_days')
        if percent in (None, 'None') or days is None:
            continue
        conn.execute(sa.text("UPDATE invoice SET discount_percent = :p, discount_days = :d "
                             "WHERE id = :i"), {"p": str(percent), "d": int(days),
                                                "i": invoice_id})


def downgrade() -> None:
    with op.batch_alter_table('invoice') as batch:
        batch.drop_column('discount_days')
        batch.drop_column('discount_percent')

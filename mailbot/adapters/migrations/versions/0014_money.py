"""money: installment plans; an invoice's late-fee terms and the day its latest payment
was made

Revision ID: 0014_money
Revises: 0013_ladder
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_money"
down_revision: str | None = "0013_ladder"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "installment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("invoice_id", sa.Integer(), sa.ForeignKey("invoice.id"), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("amount", sa.String(40), nullable=False),
        sa.Column("paid_before", sa.String(40), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_installment_invoice_id", "installment", ["invoice_id"])
    op.create_index("ix_installment_active", "installment", ["active"])
    with op.batch_alter_table("invoice") as batch:
        batch.add_column(sa.Column("late_fee", sa.String(), nullable=True))
        batch.add_column(sa.Column("last_paid_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("invoice") as batch:
        batch.drop_column("last_paid_on")
        batch.drop_column("late_fee")
    op.drop_table("installment")

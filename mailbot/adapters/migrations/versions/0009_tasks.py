"""task: what a person must do or decide, kept until it is done

Revision ID: 0009_tasks
Revises: 0008_awaiting_thanks
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_tasks"
down_revision: str | None = "0008_awaiting_thanks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("debtor_id", sa.Integer(), sa.ForeignKey("debtor.id"), nullable=True),
        sa.Column("invoice_id", sa.Integer(), sa.ForeignKey("invoice.id"), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(), nullable=True),
        sa.Column("resolution", sa.String(), nullable=True),
    )
    op.create_index("ix_task_key", "task", ["key"], unique=True)
    op.create_index("ix_task_state", "task", ["state"])
    op.create_index("ix_task_debtor_id", "task", ["debtor_id"])
    op.create_index("ix_task_invoice_id", "task", ["invoice_id"])
    op.create_index("ix_task_state_debtor", "task", ["state", "debtor_id"])


def downgrade() -> None:
    op.drop_table("task")

"""tick: each debtor's next-action time (indexed), its plan version and a tick worker's
claim; every existing debtor starts due, so the first tick computes the times

Revision ID: 0015_tick
Revises: 0014_money
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_tick"
down_revision: str | None = "0014_money"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DUE_NOW = "1970-01-01 00:00:00"  # mailbot.adapters.models.DUE_NOW, as stored (naive UTC)


def upgrade() -> None:
    # plain ADD COLUMNs (constant defaults): SQLite keeps the table, where a batch copy
    # would drop `debtor` under the rows whose foreign keys name it
    # a row inserted without it (bulk imports) is due: the next tick computes it
    op.add_column("debtor", sa.Column("next_action_at", sa.DateTime(), nullable=True,
                                      server_default=sa.text(f"'{DUE_NOW}'")))
    op.add_column("debtor", sa.Column("plan_version", sa.Integer(), nullable=False,
                                      server_default="0"))
    op.add_column("debtor", sa.Column("claimed_by", sa.String(), nullable=True))
    op.add_column("debtor", sa.Column("claim_until", sa.DateTime(), nullable=True))
    op.create_index("ix_debtor_next_action_at", "debtor", ["next_action_at"])


def downgrade() -> None:
    op.drop_index("ix_debtor_next_action_at", "debtor")
    with op.batch_alter_table("debtor") as batch:
        batch.drop_column("claim_until")
        batch.drop_column("claimed_by")
        batch.drop_column("plan_version")
        batch.drop_column("next_action_at")

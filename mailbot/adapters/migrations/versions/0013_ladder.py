"""debtor.credit_hold: the ladder's credit hold, approved by staff

Revision ID: 0013_ladder
Revises: 0012_holds
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_ladder"
down_revision: str | None = "0012_holds"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("debtor") as batch:
        batch.add_column(sa.Column("credit_hold", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("debtor") as batch:
        batch.drop_column("credit_hold")

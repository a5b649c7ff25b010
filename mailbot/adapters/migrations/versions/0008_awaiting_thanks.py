"""awaiting_thanks: paid invoices not yet thanked, found by an index rather than by
reading every paid invoice's stages on each tick

Revision ID: 0008_awaiting_thanks
Revises: 0007_planning
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_awaiting_thanks"
down_revision: str | None = "0007_planning"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("invoice") as batch:
        batch.add_column(sa.Column("awaiting_thanks", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    find = "strpos" if op.get_bind().dialect.name == "postgresql" else "instr"
    op.execute(f"UPDATE invoice SET awaiting_thanks = true WHERE state = 'paid' "
               f"AND {find}(CAST(stages_done AS TEXT), '\"thank_you\"') = 0")
    op.create_index("ix_invoice_awaiting_thanks", "invoice", ["awaiting_thanks"])


def downgrade() -> None:
    op.drop_index("ix_invoice_awaiting_thanks", "invoice")
    with op.batch_alter_table("invoice") as batch:
        batch.drop_column("awaiting_thanks")

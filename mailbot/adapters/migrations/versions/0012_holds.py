"""holds: the promised day a broken promise missed (the next note says so, at a firmer
stage), and the events of a message found by an index (which reply paused a debtor)

Revision ID: 0012_holds
Revises: 0011_profile
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_holds"
down_revision: str | None = "0011_profile"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("invoice") as batch:
        batch.add_column(sa.Column("promise_missed_on", sa.Date(), nullable=True))
    op.create_index("ix_event_message_pk", "event", ["message_pk"])


def downgrade() -> None:
    op.drop_index("ix_event_message_pk", "event")
    with op.batch_alter_table("invoice") as batch:
        batch.drop_column("promise_missed_on")

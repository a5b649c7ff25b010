"""holds: the promised day a broken promise missed (the next note says so, at a firmer
stage), and the events of a message found by an index (which reply paused a debtor)

Revision ID: 0010_holds
Revises: 0009_tasks
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_holds"
down_revision: str | None = "0009_tasks"
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

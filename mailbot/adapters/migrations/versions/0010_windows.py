"""windows: a debtor's country, business hours and days (None: the company's), and
where each profile value came from (profile_source: {field: config|invoice|reply|default})

Revision ID: 0010_windows
Revises: 0009_tasks
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_windows"
down_revision: str | None = "0009_tasks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("debtor") as batch:
        batch.add_column(sa.Column("country", sa.String(), nullable=True))
        batch.add_column(sa.Column("business_hours", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("business_days", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("profile_source", sa.JSON(), nullable=False,
                                   server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("debtor") as batch:
        batch.drop_column("profile_source")
        batch.drop_column("business_days")
        batch.drop_column("business_hours")
        batch.drop_column("country")

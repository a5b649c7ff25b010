"""folder lease: one watcher reads an IMAP folder at a time

Revision ID: 0002_folder_lease
Revises: 0005_known_facts
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # the submodule autogenerate names (AutoString)
from alembic import op

revision: str = '0002_folder_lease'
down_revision: str | None = '0005_known_facts'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('folder_lease',
    sa.Column('folder', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('holder', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('expires', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('folder')
    )


def downgrade() -> None:
    op.drop_table('folder_lease')

"""outbox claims with a lease; the DATA marker; refused recipients

Revision ID: 0003_outbox_lease
Revises: 0002_folder_lease
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # the submodule autogenerate names (AutoString)
from alembic import op

import mailbot.adapters.models

revision: str = '0003_outbox_lease'
down_revision: str | None = '0002_folder_lease'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimed_by', sqlmodel.sql.sqltypes.AutoString(),
                                      nullable=True))
        batch_op.add_column(sa.Column('lease_until', mailbot.adapters.models.UTCDateTime(),
                                      nullable=True))
        batch_op.add_column(sa.Column('data_started_at', mailbot.adapters.models.UTCDateTime(),
                                      nullable=True))
        batch_op.add_column(sa.Column('refused', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('refused')
        batch_op.drop_column('data_started_at')
        batch_op.drop_column('lease_until')
        batch_op.drop_column('claimed_by')

"""invoice.number_key and an index on invoice.thread_message_id: the readers' lookups

Revision ID: 0005_known_facts
Revises: 0004_versions
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_known_facts"
down_revision: str | None = "0004_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("invoice") as batch:
        batch.add_column(sa.Column("number_key", sa.String(), nullable=False,
                                   server_default=""))
    invoice = sa.table("invoice", sa.column("id", sa.Integer), sa.column("number", sa.String),
                       sa.column("number_key", sa.String))
    conn = op.get_bind()
    for row in conn.execute(sa.select(invoice.c.id, invoice.c.number)).all():
        conn.execute(invoice.update().where(invoice.c.id == row.id)
                     .values(number_key=row.number.casefold()))
    op.create_index("ix_invoice_number_key", "invoice", ["number_key"])
    op.create_index("ix_invoice_thread_message_id", "invoice", ["thread_message_id"])


def downgrade() -> None:
    op.drop_index("ix_invoice_thread_message_id", "invoice")
    op.drop_index("ix_invoice_number_key", "invoice")
    with op.batch_alter_table("invoice") as batch:
        batch.drop_column("number_key")

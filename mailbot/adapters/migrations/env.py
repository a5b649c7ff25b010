"""Alembic environment: runs on the connection mailbot.adapters.store hands over."""

from alembic import context
from sqlmodel import SQLModel

import mailbot.adapters.models  # noqa: F401  (registers the tables)

target_metadata = SQLModel.metadata
connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through mailbot.adapters.store.migrate()")
context.configure(connection=connection, target_metadata=target_metadata,
                  render_as_batch=True, compare_type=True)
with context.begin_transaction():
    context.run_migrations()

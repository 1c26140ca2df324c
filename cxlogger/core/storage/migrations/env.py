"""Alembic environment: runs on the connection cxlogger hands over (never at import)."""

from alembic import context

from cxlogger.core.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("cxlogger runs its migrations through cxlogger.core.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only alter tables by copying them
)
with context.begin_transaction():
    context.run_migrations()

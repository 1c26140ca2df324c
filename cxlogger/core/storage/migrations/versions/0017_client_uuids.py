"""ids made on the desk, so a record sent from a desk's outbox is saved exactly once (issue 12)

Interactions, promises and feedback get ``client_uuid``: the UUID the desk gave the record
when it was written to its local outbox while the server was unreachable. A unique index
lets the server skip an id it already has (a desk killed after the server committed, but
before it crossed the entry off its outbox, sends it again). NULL for records saved online.

Revision ID: 0017
Revises: 0012
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

TABLES = ("interactions", "promises", "feedback")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:  # a plain ADD COLUMN on SQLite too
            batch.add_column(sa.Column("client_uuid", sa.String(36), nullable=True))
        op.create_index(f"ux_{table}_client_uuid", table, ["client_uuid"], unique=True)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ux_{table}_client_uuid", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("client_uuid")

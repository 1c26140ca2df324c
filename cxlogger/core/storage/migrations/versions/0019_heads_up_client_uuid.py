"""a heads-up pinned offline is saved exactly once too (issue 12)

``heads_ups.client_uuid``: the UUID the desk gave a heads-up it kept in its outbox while
the shared server was unreachable. Its unique index lets the server skip an id it already
has, as for interactions, promises and feedback (0017). NULL for heads-ups pinned online.

Revision ID: 0019
Revises: 0017
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("heads_ups") as batch:  # a plain ADD COLUMN on SQLite too
        batch.add_column(sa.Column("client_uuid", sa.String(36), nullable=True))
    op.create_index("ux_heads_ups_client_uuid", "heads_ups", ["client_uuid"], unique=True)


def downgrade() -> None:
    op.drop_index("ux_heads_ups_client_uuid", table_name="heads_ups")
    with op.batch_alter_table("heads_ups") as batch:
        batch.drop_column("client_uuid")

"""row versions (never a silent overwrite) and roles (owner / staff) — issue 12

* every mutable table gets ``version`` (integer, starts at 1): SQLAlchemy's
  ``version_id_col`` makes each ORM update say ``WHERE version = ?`` and bump it, bulk
  updates bump it themselves, and a save based on an older version is a conflict
  (core/conflicts.py), never an overwrite;
* ``staff.role``: "owner" or "staff". The first staff member (lowest id) becomes the
  owner, so an existing database keeps someone who may do everything.

Revision ID: 0016
Revises: 0014 (after merging main; written against 0012)
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

VERSIONED = (
    "customers",
    "promises",
    "followups",
    "feedback",
    "settings",
    "staff",
    "message_templates",
)

staff = sa.table("staff", sa.column("id", sa.Integer()), sa.column("role", sa.String(10)))


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("role", sa.String(10), nullable=False, server_default="staff"))
    bind = op.get_bind()
    first = bind.execute(sa.select(sa.func.min(staff.c.id))).scalar()
    if first is not None:
        bind.execute(staff.update().where(staff.c.id == first).values(role="owner"))


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("role")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")

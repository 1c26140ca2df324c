"""reminders: who dealt with a follow-up

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("followups") as batch:
        batch.add_column(sa.Column("done_by_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_followups_done_by_id_staff"), "staff", ["done_by_id"], ["id"]
        )
        batch.create_index(op.f("ix_followups_customer_id"), ["customer_id"])


def downgrade() -> None:
    with op.batch_alter_table("followups") as batch:
        batch.drop_index(op.f("ix_followups_customer_id"))
        batch.drop_constraint(op.f("fk_followups_done_by_id_staff"), type_="foreignkey")
        batch.drop_column("done_by_id")

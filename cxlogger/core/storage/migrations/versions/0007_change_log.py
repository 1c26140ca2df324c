"""change log: one record of what changed (history, Undo, and later the change bus)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.String(length=32), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.String(length=300), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("reverts", sa.String(length=32), nullable=True),
        sa.Column("origin", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_change_log_customer_id_customers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_change_log_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index(op.f("ix_change_log_group_id"), "change_log", ["group_id"])
    op.create_index(op.f("ix_change_log_reverts"), "change_log", ["reverts"])
    op.create_index("ix_change_log_entity", "change_log", ["entity", "entity_id", "id"])
    op.create_index("ix_change_log_staff", "change_log", ["staff_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_change_log_staff", table_name="change_log")
    op.drop_index("ix_change_log_entity", table_name="change_log")
    op.drop_index(op.f("ix_change_log_reverts"), table_name="change_log")
    op.drop_index(op.f("ix_change_log_group_id"), table_name="change_log")
    op.drop_table("change_log")

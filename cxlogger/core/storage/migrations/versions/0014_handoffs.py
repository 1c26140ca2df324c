"""hand-offs (owner history of promises and follow-ups) and staff PINs (issue 11)

``handoffs``: who handed which promise or follow-up to whom, when, with what note;
when the new owner's desktop announced it and when they took it in.
``staff_pins``: an optional PIN per staff member, stored as an Argon2id hash.

Revision ID: 0014
Revises: 0012
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handoffs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("promise_id", sa.Integer(), nullable=True),
        sa.Column("followup_id", sa.Integer(), nullable=True),
        sa.Column("from_staff_id", sa.Integer(), nullable=True),
        sa.Column("to_staff_id", sa.Integer(), nullable=False),
        sa.Column("by_staff_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("announced_at", sa.DateTime(), nullable=True),
        sa.Column("seen_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name="fk_handoffs_customer_id_customers",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["promise_id"],
            ["promises.id"],
            name="fk_handoffs_promise_id_promises",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["followup_id"],
            ["followups.id"],
            name="fk_handoffs_followup_id_followups",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["from_staff_id"], ["staff.id"], name="fk_handoffs_from_staff_id_staff"
        ),
        sa.ForeignKeyConstraint(
            ["to_staff_id"], ["staff.id"], name="fk_handoffs_to_staff_id_staff"
        ),
        sa.ForeignKeyConstraint(
            ["by_staff_id"], ["staff.id"], name="fk_handoffs_by_staff_id_staff"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_handoffs"),
    )
    op.create_index("ix_handoffs_to_staff_seen", "handoffs", ["to_staff_id", "seen_at"])
    op.create_index("ix_handoffs_promise", "handoffs", ["promise_id"])
    op.create_index("ix_handoffs_followup", "handoffs", ["followup_id"])
    op.create_index("ix_handoffs_customer_at", "handoffs", ["customer_id", "at"])
    op.create_table(
        "staff_pins",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("pin_hash", sa.String(200), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name="fk_staff_pins_staff_id_staff", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("staff_id", name="pk_staff_pins"),
    )


def downgrade() -> None:
    op.drop_table("staff_pins")
    for name in (
        "ix_handoffs_customer_at",
        "ix_handoffs_followup",
        "ix_handoffs_promise",
        "ix_handoffs_to_staff_seen",
    ):
        op.drop_index(name, table_name="handoffs")
    op.drop_table("handoffs")

"""heads-ups on a customer (issue 11)

A heads-up is a short note pinned on a customer that everyone who deals with them
sees ("Mixer returned 11 Dec, stop rental invoices"): its kind (info, warning or
hold: a hold pauses messages to the customer), who pinned it and when, an optional
expiry, the interaction it came from, and who resolved it and when. ``version``
is SQLAlchemy's version counter: an update that finds another version changes
nothing and is refused (someone else changed the heads-up meanwhile).

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "heads_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_heads_ups_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_heads_ups_interaction_id_interactions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_heads_ups_created_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"], ["staff.id"], name=op.f("fk_heads_ups_resolved_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_heads_ups")),
    )
    # a customer's heads-ups, and the due list's "which customers are on hold now"
    op.create_index("ix_heads_ups_customer", "heads_ups", ["customer_id", "resolved_at"])
    op.create_index(
        "ix_heads_ups_open_kind",
        "heads_ups",
        ["kind", "customer_id"],
        sqlite_where=sa.column("resolved_at").is_(None),
        postgresql_where=sa.column("resolved_at").is_(None),
    )


def downgrade() -> None:
    op.drop_index("ix_heads_ups_open_kind", table_name="heads_ups")
    op.drop_index("ix_heads_ups_customer", table_name="heads_ups")
    op.drop_table("heads_ups")

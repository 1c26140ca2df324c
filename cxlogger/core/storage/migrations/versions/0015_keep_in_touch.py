"""keeping in touch: last contact, cadences, repeating promises (issue 11)

customers.last_contact_at is the latest interaction or sent message, kept up to date
in the same transaction as every save (core/touch.py); customers.touch_due_at is when
keeping in touch with them falls due (last contact, or when they were added, plus
their cadence), NULL when they are not tracked. Its index serves the Losing touch
list and the keep-in-touch rule. A customer's own cadence (touch_every_days) overrides
the one from their tags; touch_stopped is "Stop tracking". promises.repeat_every makes
a promise repeat (week, month, year): keeping it creates the next occurrence
(repeat_of_id links it to the one before, so reopening that one takes it back).

Revision ID: 0015
Revises: 0012
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMNs (nullable or with a constant default): no table is rebuilt
    op.add_column("customers", sa.Column("last_contact_at", sa.DateTime(), nullable=True))
    op.add_column("customers", sa.Column("touch_every_days", sa.Integer(), nullable=True))
    op.add_column(
        "customers",
        sa.Column("touch_stopped", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("customers", sa.Column("touch_due_at", sa.DateTime(), nullable=True))
    op.add_column(
        "promises", sa.Column("repeat_every", sa.String(10), nullable=False, server_default="")
    )
    op.add_column("promises", sa.Column("repeat_of_id", sa.Integer(), nullable=True))
    condition = sa.column("touch_due_at").isnot(None)
    op.create_index(
        "ix_customers_touch_due",
        "customers",
        ["touch_due_at", "id"],
        sqlite_where=condition,
        postgresql_where=condition,
    )
    snoozed = sa.column("snoozed_until").isnot(None)
    op.create_index(
        "ix_followups_snoozed_until",
        "followups",
        ["snoozed_until"],
        sqlite_where=snoozed,
        postgresql_where=snoozed,
    )
    # every customer's last contact and when keeping in touch falls due (default cadences:
    # no cadence settings existed before this revision)
    from cxlogger.core.records import touch

    bind = op.get_bind()
    touch.recompute(bind, None, touch.Cadences.from_settings({}))


def downgrade() -> None:
    op.drop_index("ix_followups_snoozed_until", table_name="followups")
    op.drop_index("ix_customers_touch_due", table_name="customers")
    with op.batch_alter_table("promises") as batch:
        batch.drop_column("repeat_of_id")
        batch.drop_column("repeat_every")
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("touch_due_at")
        batch.drop_column("touch_stopped")
        batch.drop_column("touch_every_days")
        batch.drop_column("last_contact_at")

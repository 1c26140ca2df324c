"""consent in three states; promises made "by a date" due at the close of business

* customers.contact_consent ("not_asked", "yes", "no") replaces the yes/no column
  ``consent``. That box was ticked by default, so a ticked box says nothing about
  whether anyone asked: it becomes "not_asked"; an unticked box was someone's
  decision, so it becomes "no". The old column stays in the table, unused: SQLite
  can only drop it by rebuilding ``customers``, and with foreign keys on (as
  cxlogger always runs) dropping the old table would cascade into every
  interaction, promise and follow-up.
* an open promise with a date and no time was due at 23:59:59 local time; it is now
  due at the closing time (setting ``closing_time``, default 17:00) of that day.
* the rules' watermark is cleared, so the next refresh re-plans every pending reminder.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

import json
import sqlite3
from datetime import datetime, time, timezone

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

customers = sa.table(
    "customers",
    sa.column("consent", sa.Boolean()),
    sa.column("contact_consent", sa.String(10)),
)
promises = sa.table(
    "promises",
    sa.column("id", sa.Integer()),
    sa.column("due_at", sa.DateTime()),
    sa.column("due_has_time", sa.Boolean()),
    sa.column("status", sa.String(10)),
)
settings = sa.table("settings", sa.column("key", sa.String(100)), sa.column("value", sa.Text()))


def _closing_time(bind) -> time:
    stored = bind.execute(
        sa.select(settings.c.value).where(settings.c.key == "closing_time")
    ).scalar()
    try:
        hours, minutes = json.loads(stored).split(":")
        return time(int(hours), int(minutes))
    except Exception:
        return time(17, 0)


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("customers") as batch:
        batch.add_column(
            sa.Column("contact_consent", sa.String(10), nullable=False, server_default="not_asked")
        )
    op.execute(
        customers.update().where(customers.c.consent == sa.false()).values(contact_consent="no")
    )
    close = _closing_time(bind)
    rows = bind.execute(
        sa.select(promises.c.id, promises.c.due_at).where(
            promises.c.status == "open", promises.c.due_has_time == sa.false()
        )
    ).all()
    for ident, due_at in rows:
        if due_at is None:
            continue
        if due_at.tzinfo is None:
            due_at = due_at.replace(tzinfo=timezone.utc)
        day = due_at.astimezone().date()  # this desktop's local day, as when it was saved
        closing = datetime.combine(day, close).astimezone().astimezone(timezone.utc)
        bind.execute(
            promises.update()
            .where(promises.c.id == ident)
            .values(due_at=closing.replace(tzinfo=None))
        )
    # the next refresh looks at everything again (not only what changed since the last
    # one), so pending reminders take the new due times, lead and wording
    op.execute(settings.delete().where(settings.c.key == "rules_checked_at"))


def downgrade() -> None:
    op.execute(
        customers.update().where(customers.c.contact_consent == "no").values(consent=sa.false())
    )
    op.execute(
        customers.update().where(customers.c.contact_consent != "no").values(consent=sa.true())
    )
    if op.get_bind().dialect.name == "sqlite":
        # never rebuild customers (see above); a leftover column with a default is harmless
        if sqlite3.sqlite_version_info >= (3, 35, 0):
            op.execute("ALTER TABLE customers DROP COLUMN contact_consent")
        return
    op.drop_column("customers", "contact_consent")

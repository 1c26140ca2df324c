"""reports at a million interactions: a per-day summary, and indexes for the other blocks

``report_days``: per LOCAL day and staff member, the counts the Reports view adds up
instead of the rows of two years (the period and the one before it; a GROUP BY over
1M interactions takes seconds on SQLite however it is indexed, as it reads every row):
* "channel" / "kind": interactions per channel, and per kind with their money
  (currency, meaning, how many had an amount, the sum of the amounts, unsigned);
* "new": customers added, per owner;
* "due": promises by due day and what became of them ("open" for open and overdue
  alike: the report reads the promises due today, the only ones that can be either);
  "made": by day made; "kept": kept promises by day closed, customer told or not;
  "late": promises kept after their due moment, by day due (the median's count);
* "compl": complaints by day and whether, three days on, they had a promise or a
  resolution (the report reads the last three days' complaints, still "recent").

Kept current by SQLite triggers, so every write is counted in its own transaction,
whatever wrote it: the ORM (saves, edits, undo, merges), the erase's plain DELETEs, a
foreign key's ON DELETE CASCADE, a bulk import with sqlite3 (a session hook would miss
the last three). A promise's triggers recount, before and after it changes, the
complaint it belongs to. The local day is SQLite's ``date(..., 'localtime')``, the same
local time the report's month buckets use. ``report_days_zone`` holds a fingerprint
of the local time zone the rows were counted in (the local time of fixed UTC moments);
a trigger that runs in another zone blanks it, the report then reads the rows
themselves, and the next start (core/report_days.ensure_current) recounts.

On PostgreSQL the tables exist but stay empty (no triggers): the report reads the rows
there, as before.

Indexes for the blocks that still read their rows:
* promises (due_at, status, owner_id, closed_at, created_at): the Promises block's
  range of due dates without a look-up of each promise;
* promises (interaction_id, created_at): the complaint-has-a-promise test, one seek;
* promises (status, closed_at, customer_told_at, owner_id) and (status, due_at,
  closed_at, owner_id): the two medians (hours from kept to told, days late) from the
  index alone;
* promises (closed_at) WHERE amount_minor IS NOT NULL: the money a promise closed with;
* customers (owner_id, touch_due_at) WHERE touch_due_at IS NOT NULL: losing touch, per
  staff member.

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

# the local time zone's fingerprint, in SQL: the local time of fixed UTC moments (written
# out here, as in core/report_days.py: a migration never changes)
_MOMENTS = [f"2026-{m:02d}-{d:02d} 12:00:00" for m in range(1, 13) for d in (1, 15)] + [
    f"{y}-{m:02d}-15 12:00:00" for y in (2000, 2013, 2020, 2035) for m in (1, 7)
]
ZONE_SQL = " || '|' || ".join(f"datetime('{t}', 'localtime')" for t in _MOMENTS)

COLUMNS = "day, part, staff_id, key, currency, meaning, n, money_n, amount"
CONFLICT = (
    "ON CONFLICT(part, day, staff_id, key, currency, meaning) DO UPDATE SET "
    "n = n + excluded.n, money_n = money_n + excluded.money_n, "
    "amount = amount + excluded.amount"
)
# what became of a promise, but "open" for open and overdue alike (reports.promise_class)
PROMISE_CLASS = """CASE WHEN {p}.status = 'kept' AND {p}.closed_at <= {p}.due_at THEN 'on_time'
    WHEN {p}.status = 'kept' THEN 'late' WHEN {p}.status = 'broken' THEN 'broken'
    WHEN {p}.status = 'open' THEN 'open' ELSE 'cancelled' END"""
# a complaint three days on (reports.complaint_state, COMPLAINT_DAYS = 3): handled when
# resolved, or given a promise, within the three days
COMPLAINT_STATE = """CASE WHEN ({i}.resolved_at IS NOT NULL
        AND ((julianday({i}.resolved_at) - julianday({i}.occurred_at)) * 86400.0) < 259200.0)
    OR EXISTS (SELECT 1 FROM promises AS cp WHERE cp.interaction_id = {i}.id
        AND cp.customer_id + 0 = {i}.customer_id
        AND ((julianday(cp.created_at) - julianday({i}.occurred_at)) * 86400.0) < 259200.0)
    THEN 'handled' ELSE 'unhandled' END"""


def _interaction_rows(row: str, sign: str) -> str:
    day = f"date({row}.occurred_at, 'localtime')"
    staff = f"coalesce({row}.staff_id, 0)"
    has_money = f"{row}.amount_minor IS NOT NULL"
    currency = f"CASE WHEN {has_money} THEN coalesce({row}.currency, '') ELSE '' END"
    meaning = f"CASE WHEN {has_money} THEN coalesce({row}.amount_kind, '') ELSE '' END"
    return f"""
        INSERT INTO report_days({COLUMNS})
        VALUES ({day}, 'channel', {staff}, {row}.channel, '', '', {sign}1, 0, 0) {CONFLICT};
        INSERT INTO report_days({COLUMNS})
        VALUES ({day}, 'kind', {staff}, {row}.kind, {currency}, {meaning}, {sign}1,
                {sign}({has_money}), {sign}coalesce(abs({row}.amount_minor), 0)) {CONFLICT};"""


def _complaint_rows(interaction_id: str, sign: str) -> str:
    """The complaint ``interaction_id`` as it is in the tables now, counted ``sign``."""
    return f"""
        INSERT INTO report_days({COLUMNS})
        SELECT date(ci.occurred_at, 'localtime'), 'compl', coalesce(ci.staff_id, 0),
               {COMPLAINT_STATE.format(i="ci")}, '', '', {sign}1, 0, 0
        FROM interactions AS ci WHERE ci.id = {interaction_id} AND ci.kind = 'complaint'
        {CONFLICT};"""


def _promise_rows(row: str, sign: str) -> str:
    owner = f"coalesce({row}.owner_id, 0)"
    told = f"CASE WHEN {row}.customer_told_at IS NOT NULL THEN 'told' ELSE 'not_told' END"
    return f"""
        INSERT INTO report_days({COLUMNS})
        SELECT date({row}.due_at, 'localtime'), 'due', {owner},
               {PROMISE_CLASS.format(p=row)}, '', '', {sign}1, 0, 0
        WHERE {row}.due_at IS NOT NULL {CONFLICT};
        INSERT INTO report_days({COLUMNS})
        SELECT date({row}.created_at, 'localtime'), 'made', {owner}, '', '', '', {sign}1, 0, 0
        WHERE {row}.created_at IS NOT NULL {CONFLICT};
        INSERT INTO report_days({COLUMNS})
        SELECT date({row}.closed_at, 'localtime'), 'kept', {owner}, {told}, '', '', {sign}1, 0, 0
        WHERE {row}.status = 'kept' AND {row}.closed_at IS NOT NULL {CONFLICT};
        INSERT INTO report_days({COLUMNS})
        SELECT date({row}.due_at, 'localtime'), 'late', {owner}, '', '', '', {sign}1, 0, 0
        WHERE {row}.status = 'kept' AND {row}.closed_at > {row}.due_at {CONFLICT};"""


def _customer_rows(row: str, sign: str) -> str:
    return f"""
        INSERT INTO report_days({COLUMNS})
        VALUES (date({row}.created_at, 'localtime'), 'new', coalesce({row}.owner_id, 0),
                '', '', '', {sign}1, 0, 0) {CONFLICT};"""


ZONE_CHECK = f"UPDATE report_days_zone SET zone = '' WHERE zone <> '' AND zone <> ({ZONE_SQL});"

INTERACTION_COLUMNS = "occurred_at, staff_id, channel, kind, amount_minor, currency, amount_kind"
COMPLAINT_COLUMNS = "kind, occurred_at, resolved_at, customer_id, staff_id"
PROMISE_COLUMNS = "due_at, status, closed_at, owner_id, created_at, customer_told_at"
PROMISE_LINK_COLUMNS = "interaction_id, customer_id, created_at"
_OTHER = "WHEN new.interaction_id IS NOT old.interaction_id"
TRIGGERS = {
    "report_days_interactions_ai": f"""CREATE TRIGGER report_days_interactions_ai
        AFTER INSERT ON interactions BEGIN {ZONE_CHECK} {_interaction_rows("new", "+")}
        {_complaint_rows("new.id", "+")} END""",
    "report_days_interactions_bd": f"""CREATE TRIGGER report_days_interactions_bd
        BEFORE DELETE ON interactions BEGIN {_complaint_rows("old.id", "-")} END""",
    "report_days_interactions_ad": f"""CREATE TRIGGER report_days_interactions_ad
        AFTER DELETE ON interactions BEGIN {ZONE_CHECK} {_interaction_rows("old", "-")} END""",
    "report_days_interactions_au": f"""CREATE TRIGGER report_days_interactions_au
        AFTER UPDATE OF {INTERACTION_COLUMNS} ON interactions BEGIN {ZONE_CHECK}
        {_interaction_rows("old", "-")} {_interaction_rows("new", "+")} END""",
    "report_days_complaints_bu": f"""CREATE TRIGGER report_days_complaints_bu
        BEFORE UPDATE OF {COMPLAINT_COLUMNS} ON interactions BEGIN
        {_complaint_rows("old.id", "-")} END""",
    "report_days_complaints_au": f"""CREATE TRIGGER report_days_complaints_au
        AFTER UPDATE OF {COMPLAINT_COLUMNS} ON interactions BEGIN
        {_complaint_rows("new.id", "+")} END""",
    "report_days_promises_bi": f"""CREATE TRIGGER report_days_promises_bi
        BEFORE INSERT ON promises BEGIN {_complaint_rows("new.interaction_id", "-")} END""",
    "report_days_promises_ai": f"""CREATE TRIGGER report_days_promises_ai
        AFTER INSERT ON promises BEGIN {ZONE_CHECK} {_promise_rows("new", "+")}
        {_complaint_rows("new.interaction_id", "+")} END""",
    "report_days_promises_bd": f"""CREATE TRIGGER report_days_promises_bd
        BEFORE DELETE ON promises BEGIN {_complaint_rows("old.interaction_id", "-")} END""",
    "report_days_promises_ad": f"""CREATE TRIGGER report_days_promises_ad
        AFTER DELETE ON promises BEGIN {ZONE_CHECK} {_promise_rows("old", "-")}
        {_complaint_rows("old.interaction_id", "+")} END""",
    "report_days_promises_au": f"""CREATE TRIGGER report_days_promises_au
        AFTER UPDATE OF {PROMISE_COLUMNS} ON promises BEGIN {ZONE_CHECK}
        {_promise_rows("old", "-")} {_promise_rows("new", "+")} END""",
    "report_days_promise_links_bu": f"""CREATE TRIGGER report_days_promise_links_bu
        BEFORE UPDATE OF {PROMISE_LINK_COLUMNS} ON promises BEGIN
        {_complaint_rows("old.interaction_id", "-")} END""",
    "report_days_promise_links_bu2": f"""CREATE TRIGGER report_days_promise_links_bu2
        BEFORE UPDATE OF {PROMISE_LINK_COLUMNS} ON promises {_OTHER} BEGIN
        {_complaint_rows("new.interaction_id", "-")} END""",
    "report_days_promise_links_au": f"""CREATE TRIGGER report_days_promise_links_au
        AFTER UPDATE OF {PROMISE_LINK_COLUMNS} ON promises BEGIN
        {_complaint_rows("old.interaction_id", "+")} END""",
    "report_days_promise_links_au2": f"""CREATE TRIGGER report_days_promise_links_au2
        AFTER UPDATE OF {PROMISE_LINK_COLUMNS} ON promises {_OTHER} BEGIN
        {_complaint_rows("new.interaction_id", "+")} END""",
    "report_days_customers_ai": f"""CREATE TRIGGER report_days_customers_ai
        AFTER INSERT ON customers BEGIN {ZONE_CHECK} {_customer_rows("new", "+")} END""",
    "report_days_customers_ad": f"""CREATE TRIGGER report_days_customers_ad
        AFTER DELETE ON customers BEGIN {ZONE_CHECK} {_customer_rows("old", "-")} END""",
    "report_days_customers_au": f"""CREATE TRIGGER report_days_customers_au
        AFTER UPDATE OF created_at, owner_id ON customers BEGIN {ZONE_CHECK}
        {_customer_rows("old", "-")} {_customer_rows("new", "+")} END""",
}

# a recount of everything (core/report_days.py REBUILD_SQL is the same, a test checks)
REBUILD_SQL = [
    "DELETE FROM report_days",
    f"""INSERT INTO report_days({COLUMNS})
        SELECT date(occurred_at, 'localtime'), 'channel', coalesce(staff_id, 0), channel,
               '', '', count(*), 0, 0
        FROM interactions GROUP BY 1, 3, 4""",
    f"""INSERT INTO report_days({COLUMNS})
        SELECT d, 'kind', s, kind, c, m, count(*), count(amount_minor),
               coalesce(sum(abs(amount_minor)), 0)
        FROM (SELECT date(occurred_at, 'localtime') AS d, coalesce(staff_id, 0) AS s, kind,
                     CASE WHEN amount_minor IS NOT NULL THEN coalesce(currency, '') ELSE ''
                     END AS c,
                     CASE WHEN amount_minor IS NOT NULL THEN coalesce(amount_kind, '') ELSE ''
                     END AS m,
                     amount_minor
              FROM interactions)
        GROUP BY d, s, kind, c, m""",
    f"""INSERT INTO report_days({COLUMNS})
        SELECT date(ci.occurred_at, 'localtime'), 'compl', coalesce(ci.staff_id, 0),
               {COMPLAINT_STATE.format(i="ci")}, '', '', count(*), 0, 0
        FROM interactions AS ci WHERE ci.kind = 'complaint' GROUP BY 1, 3, 4""",
    f"""INSERT INTO report_days({COLUMNS})
        SELECT date(p.due_at, 'localtime'), 'due', coalesce(p.owner_id, 0),
               {PROMISE_CLASS.format(p="p")}, '', '', count(*), 0, 0
        FROM promises AS p WHERE p.due_at IS NOT NULL GROUP BY 1, 3, 4""",
    f"""INSERT INTO report_days({COLUMNS})
        SELECT date(created_at, 'localtime'), 'made', coalesce(owner_id, 0), '', '', '',
               count(*), 0, 0
        FROM promises WHERE created_at IS NOT NULL GROUP BY 1, 3""",
    f"""INSERT INTO report_days({COLUMNS})
        SELECT date(closed_at, 'localtime'), 'kept', coalesce(owner_id, 0),
               CASE WHEN customer_told_at IS NOT NULL THEN 'told' ELSE 'not_told' END,
               '', '', count(*), 0, 0
        FROM promises WHERE status = 'kept' AND closed_at IS NOT NULL GROUP BY 1, 3, 4""",
    f"""INSERT INTO report_days({COLUMNS})
        SELECT date(due_at, 'localtime'), 'late', coalesce(owner_id, 0), '', '', '',
               count(*), 0, 0
        FROM promises WHERE status = 'kept' AND closed_at > due_at GROUP BY 1, 3""",
    f"""INSERT INTO report_days({COLUMNS})
        SELECT date(created_at, 'localtime'), 'new', coalesce(owner_id, 0), '', '', '',
               count(*), 0, 0
        FROM customers GROUP BY 1, 3""",
    "DELETE FROM report_days_zone",
    f"INSERT INTO report_days_zone(id, zone) VALUES (1, {ZONE_SQL})",
]


def upgrade() -> None:
    op.create_table(
        "report_days",
        sa.Column("day", sa.String(10), nullable=False),  # local date, YYYY-MM-DD
        sa.Column("part", sa.String(8), nullable=False),  # channel, kind or new
        sa.Column("staff_id", sa.Integer(), nullable=False),  # 0: nobody
        sa.Column("key", sa.String(20), nullable=False),  # the channel or the kind
        sa.Column("currency", sa.String(3), nullable=False),  # with an amount only
        sa.Column("meaning", sa.String(10), nullable=False),  # sale, refund, …
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("money_n", sa.Integer(), nullable=False),  # of them with an amount
        sa.Column("amount", sa.BigInteger(), nullable=False),  # their amounts (unsigned)
        sa.PrimaryKeyConstraint(
            "part", "day", "staff_id", "key", "currency", "meaning", name="pk_report_days"
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "report_days_zone",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("zone", sa.String(1000), nullable=False),
    )
    op.create_index(
        "ix_promises_due_report",
        "promises",
        ["due_at", "status", "owner_id", "closed_at", "created_at"],
    )
    op.create_index("ix_promises_interaction_created", "promises", ["interaction_id", "created_at"])
    op.create_index(
        "ix_promises_kept_report",
        "promises",
        ["status", "closed_at", "customer_told_at", "owner_id"],
    )
    op.create_index(
        "ix_promises_late_report", "promises", ["status", "due_at", "closed_at", "owner_id"]
    )
    condition = sa.text("amount_minor IS NOT NULL")
    op.create_index(
        "ix_promises_money_closed",
        "promises",
        ["closed_at"],
        sqlite_where=condition,
        postgresql_where=condition,
    )
    touch = sa.text("touch_due_at IS NOT NULL")
    op.create_index(
        "ix_customers_owner_touch_due",
        "customers",
        ["owner_id", "touch_due_at"],
        sqlite_where=touch,
        postgresql_where=touch,
    )
    if op.get_bind().dialect.name == "sqlite":
        for statement in REBUILD_SQL:
            op.execute(statement)
        for statement in TRIGGERS.values():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_customers_owner_touch_due", table_name="customers")
    op.drop_index("ix_promises_money_closed", table_name="promises")
    op.drop_index("ix_promises_late_report", table_name="promises")
    op.drop_index("ix_promises_kept_report", table_name="promises")
    op.drop_index("ix_promises_interaction_created", table_name="promises")
    op.drop_index("ix_promises_due_report", table_name="promises")
    op.drop_table("report_days_zone")
    op.drop_table("report_days")

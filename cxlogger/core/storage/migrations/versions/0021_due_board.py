"""the Today board at a million interactions: what it filters on, kept on each follow-up

Today's board (core/reminders/followups.due_board) counted the due follow-ups per kind,
their overdue ones, and picked the first of each kind by joining every pending
follow-up to its customer (archived? does consent allow its message?) and, for a
promise's reminders, to its promise (overdue?): 25,000 random row look-ups in an
800 MB file, ~0.5 s at 1M, at every start and every refresh. These columns hold what
those joins gave, so the board reads one index and nothing else:

* ``board_due_at``: coalesce(snoozed_until, due_at), when it is due (the effective due);
* ``board_shown``: its customer is not archived and their consent allows its message
  (core/records/consent.allowed_followups);
* ``board_promise``: a promise's "soon" or "overdue" reminder, whose lateness is the
  promise's (core/reminders/followups._promise_rule);
* ``board_late_at``: for those, their promise's due moment while it is open (NULL when
  it is kept, broken or cancelled: it is late no more).

Kept by SQLite triggers, whatever writes (the ORM, the rules' INSERT … SELECT, an
import, an erase): a follow-up's own row when inserted or when its kind, rule, customer,
promise or times change; its customer's follow-ups when the customer is archived or
their consent changes; its promise's reminders when the promise's status or due moment
changes. ``ix_followups_board`` holds every column the board reads, so each count and
each kind's first rows are one walk of it (tests/core/test_due_board_plan.py).

On PostgreSQL the columns exist but stay unset (no triggers): the board reads the rows
there, as before.

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

INDEX_COLUMNS = [
    "status",
    "kind",
    "board_shown",
    "board_due_at",
    "id",
    "board_promise",
    "board_late_at",
    "owner_id",
    "customer_id",  # a hold's customers: their paused messages are not late
]

# core/records/consent.allowed_followups and the archived flag, for follow-up F
# (NEW in a follow-up's trigger) and customer C
_SHOWN = """(NOT C.archived AND (
        F.kind = 'feedback' AND C.contact_consent = 'yes'
     OR F.kind IN ('thank', 'report_back') AND C.contact_consent != 'no'
     OR F.kind = 'close_loop' AND F.rule_key LIKE 'promise:%:tell' AND C.contact_consent != 'no'
     OR F.kind = 'close_loop' AND F.rule_key NOT LIKE 'promise:%:tell'
     OR F.kind = 'keep_in_touch'))"""

_PROMISE_RULE = "(NEW.rule_key LIKE 'promise:%:soon' OR NEW.rule_key LIKE 'promise:%:overdue')"

_OWN_ROW = f"""UPDATE followups SET
        board_due_at = coalesce(NEW.snoozed_until, NEW.due_at),
        board_promise = {_PROMISE_RULE},
        board_late_at = CASE WHEN {_PROMISE_RULE} THEN
            (SELECT p.due_at FROM promises p WHERE p.id = NEW.promise_id AND p.status = 'open')
            END,
        board_shown = coalesce(
            (SELECT {_SHOWN.replace("F.", "NEW.")} FROM customers C WHERE C.id = NEW.customer_id),
            0)
    WHERE id = NEW.id;"""

TRIGGERS = {
    "followups_board_ai": f"""CREATE TRIGGER followups_board_ai AFTER INSERT ON followups
BEGIN
    {_OWN_ROW}
END""",
    # only the columns the board derives from: its own UPDATE sets none of them
    "followups_board_au": f"""CREATE TRIGGER followups_board_au
AFTER UPDATE OF kind, rule_key, customer_id, promise_id, due_at, snoozed_until ON followups
BEGIN
    {_OWN_ROW}
END""",
    "customers_board_au": f"""CREATE TRIGGER customers_board_au
AFTER UPDATE OF archived, contact_consent ON customers
WHEN OLD.archived IS NOT NEW.archived OR OLD.contact_consent IS NOT NEW.contact_consent
BEGIN
    UPDATE followups SET board_shown = coalesce(
        {_SHOWN.replace("F.", "followups.").replace("C.", "NEW.")}, 0)
    WHERE customer_id = NEW.id;
END""",
    "promises_board_au": """CREATE TRIGGER promises_board_au
AFTER UPDATE OF status, due_at ON promises
WHEN OLD.status IS NOT NEW.status OR OLD.due_at IS NOT NEW.due_at
BEGIN
    UPDATE followups SET board_late_at = CASE WHEN NEW.status = 'open' THEN NEW.due_at END
    WHERE promise_id = NEW.id AND board_promise;
END""",
}

FILL_SQL = f"""UPDATE followups SET
    board_due_at = coalesce(snoozed_until, due_at),
    board_promise = (rule_key LIKE 'promise:%:soon' OR rule_key LIKE 'promise:%:overdue'),
    board_late_at = CASE WHEN rule_key LIKE 'promise:%:soon' OR rule_key LIKE 'promise:%:overdue'
        THEN (SELECT p.due_at FROM promises p WHERE p.id = followups.promise_id
              AND p.status = 'open') END,
    board_shown = coalesce(
        (SELECT {_SHOWN.replace("F.", "followups.")} FROM customers C
         WHERE C.id = followups.customer_id), 0)"""


def upgrade() -> None:
    # plain ADD COLUMNs (nullable or with a constant default): no table is rebuilt
    op.add_column("followups", sa.Column("board_due_at", sa.DateTime(), nullable=True))
    op.add_column(
        "followups",
        sa.Column("board_shown", sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    op.add_column(
        "followups",
        sa.Column("board_promise", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("followups", sa.Column("board_late_at", sa.DateTime(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        # as written: the rule keys' colons are not bound parameters
        bind = op.get_bind()
        bind.exec_driver_sql(FILL_SQL)
        for statement in TRIGGERS.values():
            bind.exec_driver_sql(statement)
        # partial: a new row enters it once, when its AFTER INSERT trigger sets the due
        # moment (every board statement compares it, which implies it is set)
        op.create_index(
            "ix_followups_board",
            "followups",
            INDEX_COLUMNS,
            sqlite_where=sa.text("board_due_at IS NOT NULL"),
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_followups_board", table_name="followups")
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("followups") as batch:
        batch.drop_column("board_late_at")
        batch.drop_column("board_promise")
        batch.drop_column("board_shown")
        batch.drop_column("board_due_at")

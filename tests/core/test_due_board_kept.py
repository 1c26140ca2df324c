"""Today's board from the columns the triggers keep (migration 0021) says exactly what the
board from the rows and their joins says, and every statement it sends walks its index.

The reference, ``followups._due_board_joined``, is the board as it was: each follow-up
joined to its customer (archived, consent) and, for a promise's reminders, to its promise;
the holds as an EXISTS per row (tests/core/test_due_board.py checks it against the full
list and ``is_overdue``). Random data exercises what the kept columns must follow: a
customer archived or their consent changed after their follow-ups were made, a promise
kept, cancelled or moved, a follow-up snoozed, holds active, resolved or expired, business
hours in another time zone (the start of the local day), one owner's board.
"""

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text, update

from cxlogger.core.models import Customer, FollowUp, HeadsUp, Promise
from cxlogger.core.records import staff as staff_mod
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.reminders import followups
from cxlogger.core.reminders.schedule import BusinessHours
from cxlogger.core.storage.paths import AppPaths
from tests.conftest import NOW
from tests.helpers import open_fresh_database, per_action

KINDS = ("thank", "close_loop", "feedback", "report_back", "keep_in_touch")
RULES = ("plain", "soon", "overdue", "tell")
CONSENTS = ("yes", "no", "not_asked")
ZONES = ("UTC", "Pacific/Auckland", "America/Los_Angeles")


@pytest.fixture(scope="module")
def board_db(tmp_path_factory):
    database = open_fresh_database(AppPaths(tmp_path_factory.mktemp("board") / "data"))
    with database.session() as session:
        session = per_action(session)
        me = staff_mod.add_staff(session, "Alex Owner", NOW).id
        bea = staff_mod.add_staff(session, "Bea Helper", NOW).id
        customers = [
            add_customer(session, CustomerData(name), me, NOW).id
            for name in ("Anna", "Ben", "Cleo", "Dan")
        ]
    yield database, (me, bea, None), customers
    database.dispose()


hours_ = st.integers(-80, 80)
customer_ = st.integers(0, 3)
world = st.fixed_dictionaries(
    {
        "customers": st.lists(
            st.tuples(st.sampled_from(CONSENTS), st.booleans()), min_size=4, max_size=4
        ),
        "promises": st.lists(
            st.tuples(customer_, hours_, st.sampled_from(("open", "open", "kept", "cancelled"))),
            max_size=4,
        ),
        "followups": st.lists(
            st.tuples(
                st.sampled_from(KINDS),
                st.sampled_from(RULES),
                customer_,
                st.integers(0, 3),  # which promise, for a promise's reminder
                st.integers(-100, 250),  # due, hours from NOW
                st.none() | st.integers(0, 60),  # snoozed this many hours after due
                st.integers(0, 2),  # owner
                st.sampled_from(("pending", "pending", "pending", "done")),
            ),
            min_size=1,
            max_size=18,
        ),
        "holds": st.lists(
            st.tuples(customer_, st.booleans(), st.none() | hours_),  # resolved, expires
            max_size=3,
        ),
        # changes after the follow-ups exist: what the triggers must follow
        "later": st.lists(
            st.one_of(
                st.tuples(st.just("archive"), customer_, st.booleans()),
                st.tuples(st.just("consent"), customer_, st.sampled_from(CONSENTS)),
                st.tuples(st.just("status"), st.integers(0, 3), st.sampled_from(("open", "kept"))),
                st.tuples(st.just("move"), st.integers(0, 3), hours_),
                st.tuples(st.just("snooze"), st.integers(0, 17), st.integers(0, 90)),
                st.tuples(st.just("customer"), st.integers(0, 17), customer_),
            ),
            max_size=5,
        ),
        "now": st.integers(-30, 30),
        "zone": st.sampled_from(ZONES),
        "owner": st.sampled_from((None, 0, 1)),
        "per_kind": st.integers(1, 3),
        "upcoming_shown": st.integers(1, 3),
        "upcoming_days": st.sampled_from((1, 7)),
    }
)


def _build(session, staff, customer_ids, w) -> None:
    at = lambda h: NOW + timedelta(hours=h)  # noqa: E731
    for cid, (consent, archived) in zip(customer_ids, w["customers"], strict=True):
        session.execute(
            update(Customer)
            .where(Customer.id == cid)
            .values(contact_consent=consent, archived=archived)
        )
    promises = []
    for n, (c, due, status) in enumerate(w["promises"]):
        promise = Promise(
            customer_id=customer_ids[c],
            description=f"promise {n}",
            due_at=at(due),
            due_has_time=True,
            status=status,
            outcome_note="",
            customer_told_how="",
            created_at=at(-200),
        )
        session.add(promise)
        promises.append(promise)
    session.flush()
    rows = []
    for n, (kind, rule, c, p, due, snooze, owner, status) in enumerate(w["followups"]):
        promise = promises[p % len(promises)] if promises and rule != "plain" else None
        key = f"promise:{promise.id}x{n}:{rule}" if promise else f"test:{n}:{rule}"
        row = FollowUp(
            kind=kind,
            rule_key=key,
            title=f"{kind} {n}",
            customer_id=customer_ids[c],
            promise_id=promise.id if promise else None,
            owner_id=staff[owner],
            due_at=at(due),
            snoozed_until=at(due + snooze) if snooze is not None else None,
            status=status,
            done_note="",
            created_at=at(-200),
        )
        session.add(row)
        rows.append(row)
    for c, resolved, expires in w["holds"]:
        session.add(
            HeadsUp(
                customer_id=customer_ids[c],
                text="On holiday",
                kind="hold",
                created_at=at(-300),
                expires_at=at(expires) if expires is not None else None,
                resolved_at=at(-1) if resolved else None,
            )
        )
    session.flush()
    for what, which, value in w["later"]:
        if what == "archive":
            session.execute(
                update(Customer).where(Customer.id == customer_ids[which]).values(archived=value)
            )
        elif what == "consent":
            session.execute(
                update(Customer)
                .where(Customer.id == customer_ids[which])
                .values(contact_consent=value)
            )
        elif what in ("status", "move") and promises:
            promise = promises[which % len(promises)]
            if what == "status":
                promise.status = value
            else:
                promise.due_at = at(value)
        elif what == "snooze":
            row = rows[which % len(rows)]
            row.snoozed_until = row.due_at + timedelta(hours=value)
        elif what == "customer":  # a merge moves follow-ups to another customer
            rows[which % len(rows)].customer_id = customer_ids[value]
        session.flush()
    session.expire_all()


def _seen(board) -> tuple:
    return (
        board.counts,
        board.overdue,
        {kind: [f.id for f in rows] for kind, rows in board.first.items()},
        board.upcoming_count,
        [f.id for f in board.upcoming],
    )


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(w=world)
def test_the_kept_board_says_what_the_joined_board_says(board_db, w):
    database, staff, customer_ids = board_db
    with database.session() as session:
        session.begin()
        try:
            _build(session, staff, customer_ids, w)
            now = NOW + timedelta(hours=w["now"])
            hours = BusinessHours(tz=ZoneInfo(w["zone"]))
            owner = staff[w["owner"]] if w["owner"] is not None else None
            args = (session, now, hours, owner, w["per_kind"], w["upcoming_days"])
            kept = followups.due_board(*args, upcoming_shown=w["upcoming_shown"])
            joined = followups._due_board_joined(*args, upcoming_shown=w["upcoming_shown"])
            assert _seen(kept) == _seen(joined)
            # and the shown rows are whole follow-ups, with what their cards read
            for f in [*kept.upcoming, *(f for rows in kept.first.values() for f in rows)]:
                assert f.customer.name and f.status == "pending"
        finally:
            session.rollback()


EVERYTHING = {
    "customers": [("yes", False), ("no", False), ("not_asked", False), ("yes", True)],
    "promises": [(0, -5, "open"), (1, 30, "open"), (2, -20, "kept")],
    "followups": [
        (kind, rule, c, p, due, snooze, owner, "pending")
        for kind in KINDS
        for rule in RULES
        for c, p, due, snooze, owner in [
            (0, 0, -30, None, 0),
            (2, 1, -2, 5, 1),
            (1, 2, 20, None, 2),
        ]
    ],
    "holds": [(0, False, None), (2, False, -3)],
    "later": [("consent", 2, "yes"), ("status", 1, "kept"), ("archive", 3, False)],
}


def test_a_board_with_everything_on_it_agrees(board_db):
    """One fixed example that has each case at once (a check on the random test's reach)."""
    database, staff, customer_ids = board_db
    w = EVERYTHING
    with database.session() as session:
        session.begin()
        try:
            _build(session, staff, customer_ids, w)
            hours = BusinessHours(tz=ZoneInfo("Pacific/Auckland"))
            for owner in (None, staff[0]):
                kept = followups.due_board(session, NOW, hours, owner, 2, upcoming_shown=3)
                joined = followups._due_board_joined(
                    session, NOW, hours, owner, 2, upcoming_shown=3
                )
                assert _seen(kept) == _seen(joined)
                assert kept.overdue and kept.total
                # everything coming is someone else's or no one's
                assert bool(kept.upcoming_count) == (owner is None)
        finally:
            session.rollback()


# --------------------------------------------------------------------------- query plans

FOLLOWUPS_READ = re.compile(r"^(SCAN|SEARCH) (followups|followups_1)\b")


def test_every_statement_of_the_board_walks_its_index(board_db):
    """SQLite plans without statistics (cxlogger never runs ANALYZE), so the plan on this
    small file is the plan at a million rows. The counts and each kind's first rows read
    ix_followups_board alone (a covering index: no row, no customer, no promise), in
    its order (no sort); so do the held customers' paused ones; the active holds are
    found by their index; the rows shown are loaded by id."""
    database, staff, customer_ids = board_db
    sent: list[tuple[str, object]] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    with database.session() as session:
        session.begin()
        try:
            w = {
                "customers": [("yes", False)] * 4,
                "promises": [(0, -5, "open")],
                "followups": [
                    (kind, rule, 0, 0, due, None, 0, "pending")
                    for kind in KINDS
                    for rule in RULES
                    for due in (-30, 2, 30)
                ],
                "holds": [(0, False, None)],
                "later": [],
            }
            _build(session, staff, customer_ids, w)
            event.listen(database.engine, "before_cursor_execute", remember)
            try:
                for owner in (None, staff[0]):
                    board = followups.due_board(session, NOW, BusinessHours(), owner, 2)
                    assert board.total and board.upcoming
            finally:
                event.remove(database.engine, "before_cursor_execute", remember)
            plans = [
                (
                    statement,
                    [
                        row[3]
                        for row in session.connection().exec_driver_sql(
                            "EXPLAIN QUERY PLAN " + statement, parameters
                        )
                    ],
                )
                for statement, parameters in sent
            ]
        finally:
            session.rollback()
    walks = 0
    for statement, plan in plans:
        assert not any("TEMP B-TREE FOR ORDER BY" in line for line in plan), (statement, plan)
        for line in plan:
            assert not re.match(r"SCAN (heads_ups|customers|promises)", line), (line, statement)
            if not FOLLOWUPS_READ.match(line):
                continue
            if "ix_followups_board" in line:
                assert "USING COVERING INDEX ix_followups_board" in line, (line, statement, plans)
                walks += 1
            else:  # the rows shown, by id
                assert "followups.id IN" in statement, (line, statement)
                assert "INTEGER PRIMARY KEY" in line, (line, statement)
            assert not line.startswith("SCAN"), (line, statement, plan)
    assert walks >= 2 * (1 + len(KINDS)), plans


def test_the_triggers_that_keep_the_board_exist(board_db):
    """A later migration that rebuilds followups, customers or promises in batch mode
    drops their triggers with the old table: it must create them again."""
    database, _staff, _customers = board_db
    with database.session() as session:
        names = set(session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    assert {
        "followups_board_ai",
        "followups_board_au",
        "customers_board_au",
        "promises_board_au",
    } <= names


def test_on_postgresql_the_board_reads_the_rows_and_says_the_same(board_db, tmp_path):
    """No triggers keep the board columns on a server: the board reads the rows and
    their joins there, and shows what it shows on SQLite."""
    from cxlogger.core.storage.db import open_database
    from tests.core.test_postgres import NO_SERVER, PG_URL, _wipe

    if not PG_URL:
        pytest.skip(NO_SERVER)
    _wipe()
    server = open_database(AppPaths(tmp_path / "data", PG_URL))

    def titles(board) -> tuple:
        return (
            board.counts,
            board.overdue,
            {kind: [f.title for f in rows] for kind, rows in board.first.items()},
            board.upcoming_count,
            [f.title for f in board.upcoming],
        )

    try:
        with server.session() as session:
            session = per_action(session)
            me = staff_mod.add_staff(session, "Alex Owner", NOW).id
            bea = staff_mod.add_staff(session, "Bea Helper", NOW).id
            ids = [
                add_customer(session, CustomerData(name), me, NOW).id
                for name in ("Anna", "Ben", "Cleo", "Dan")
            ]
        seen = []
        for database, staff, customer_ids in (board_db, (server, (me, bea, None), ids)):
            with database.session() as session:
                session.begin()
                try:
                    _build(session, staff, customer_ids, EVERYTHING)
                    hours = BusinessHours(tz=ZoneInfo("Pacific/Auckland"))
                    seen.append(titles(followups.due_board(session, NOW, hours, None, 2)))
                finally:
                    session.rollback()
        assert seen[0] == seen[1] and seen[0][1]
    finally:
        server.dispose()


def test_the_migration_fills_the_columns_of_existing_follow_ups_as_the_triggers_do(board_db):
    """A database upgraded to 0021 had follow-ups before the triggers: its one UPDATE
    gives them what the triggers give a new row."""
    import importlib

    migration = importlib.import_module("cxlogger.core.storage.migrations.versions.0021_due_board")
    database, staff, customer_ids = board_db
    with database.session() as session:
        session.begin()
        try:
            _build(session, staff, customer_ids, EVERYTHING)
            columns = "id, board_due_at, board_shown, board_promise, board_late_at"
            kept = session.execute(text(f"SELECT {columns} FROM followups ORDER BY id")).all()
            session.execute(
                text(
                    "UPDATE followups SET board_due_at = NULL, board_shown = 1,"
                    " board_promise = 0, board_late_at = NULL"
                )
            )
            session.connection().exec_driver_sql(migration.FILL_SQL)
            filled = session.execute(text(f"SELECT {columns} FROM followups ORDER BY id")).all()
            assert filled == kept
            assert {row.board_shown for row in kept} == {0, 1}
            assert {row.board_promise for row in kept} == {0, 1}
            assert any(row.board_late_at for row in kept)
        finally:
            session.rollback()

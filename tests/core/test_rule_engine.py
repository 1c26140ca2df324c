"""The rules as set-based SQL: statements that do not grow with the data, query plans
on indexes, notifying many at once in one statement, progress for the catch-up."""

from __future__ import annotations

import re
import time as _time
from datetime import date, timedelta, timezone

import pytest
from sqlalchemy import event, func, select, text, update

from cxlogger.core import demo
from cxlogger.core.models import ChangeLog, FollowUp, Interaction, Promise
from cxlogger.core.records import settings
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.reminders import followups
from cxlogger.core.storage import prepared
from cxlogger.core.storage.paths import AppPaths
from tests.conftest import NOW
from tests.helpers import open_fresh_database

UTC = timezone.utc
MAIN_TABLES = ("interactions", "promises", "feedback", "customers", "followups")


@pytest.fixture(autouse=True)
def utc_local_time(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    _time.tzset()
    yield
    monkeypatch.undo()
    _time.tzset()


@pytest.fixture(autouse=True)
def rules():
    followups.install()
    yield
    followups.uninstall()


def _statements(engine):
    """Every SQL statement the engine runs while the returned list is attached."""
    seen: list[str] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _record(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    return seen


def _filled(tmp_path, name: str, interactions: int):
    db = open_fresh_database(AppPaths(tmp_path / name))
    with db.session() as session:
        demo.populate(
            session,
            NOW,
            customers=max(10, interactions // 5),
            interactions=interactions,
            promises=max(5, interactions // 10),
            seed=2,
        )
    with db.session() as session, session.begin():
        # logged recently, so the rules have something to do for every one of them
        session.execute(update(Interaction).values(created_at=NOW - timedelta(days=1)))
    return db


def test_a_refresh_runs_the_same_statements_for_ten_times_the_causes(tmp_path):
    """Set-based: the number of statements does not depend on how many causes there are
    (the per-row rules ran several per cause)."""
    counts, made = [], []
    for name, size in (("small", 150), ("large", 1500)):
        db = _filled(tmp_path, name, size)
        seen = _statements(db.engine)
        with db.session() as session:
            made.append(followups.refresh(session, NOW))
        counts.append(len(seen))
        db.dispose()
    assert made[1] > 5 * made[0] > 0
    # the same, but for the distinct promise due moments (one executemany, if any)
    assert abs(counts[0] - counts[1]) <= 1 and counts[1] < 95  # 5 rule families + keep in touch


def test_the_periodic_refresh_and_a_save_use_indexes_not_scans(tmp_path):
    """EXPLAIN QUERY PLAN of every statement of a save (rules included) and of the
    periodic refresh that follows it: no full scan of a big table anywhere."""
    db = _filled(tmp_path, "plans", 1200)
    with db.session() as session:
        followups.refresh(session, NOW)  # the catch-up: it may read everything once
    plans: list[tuple[str, str]] = []

    @event.listens_for(db.engine, "after_cursor_execute")
    def _explain(conn, cursor, statement, parameters, context, executemany):
        if executemany or not statement.lstrip().upper().startswith(("SELECT", "INSERT", "UPDATE")):
            return
        # the rules' statements: those with their temporary tables or on follow-ups
        if "rules_" not in statement and "followups" not in statement:
            return
        raw = cursor.connection
        for row in raw.execute("EXPLAIN QUERY PLAN " + statement, parameters):
            plans.append((statement, row[3]))

    later = NOW + timedelta(hours=2)
    with db.session() as session:
        customer = add_customer(session, CustomerData("Ben Plan"), 1, later)
        log_interaction(
            session,
            InteractionData(
                customer_id=customer.id,
                occurred_at=later,
                channel="phone",
                kind="complaint",
                summary="Broken on arrival",
                promise=PromiseData("Send a new one", date(2026, 3, 13)),
            ),
            1,
            later,
        )
    rule_plans = len(plans)
    with db.session() as session:
        changed = followups.refresh(session, later + timedelta(minutes=5))
        event.remove(db.engine, "after_cursor_execute", _explain)
        # nothing left over from the save; only time moved on: customers whose keep-in-touch
        # cadence ran out in these two hours come due (issue 11)
        fell_due = session.scalars(
            select(FollowUp.due_at).where(
                FollowUp.kind == "keep_in_touch", FollowUp.created_at > NOW
            )
        ).all()
        assert changed == len(fell_due)
        assert all(NOW < due <= later + timedelta(minutes=5) for due in fell_due)
    assert len(plans) > rule_plans > 20  # both were looked at
    scans = [
        (statement.split("\n")[0][:120], detail)
        for statement, detail in plans
        if re.match(rf"SCAN ({'|'.join(MAIN_TABLES)})\b", detail)
        # logging reads a customer's whole history on purpose (duplicates, first visit)
        and "change_log" not in statement
    ]
    assert scans == []
    # each rule's query starts from the causes in scope (a lookup per cause), never from
    # an index range over a big table that happens to look selective
    driven = {}
    for statement, detail in plans:
        # (one statement of scalar subqueries reads SCAN CONSTANT ROW first)
        if "JOIN rules_scope" in statement and detail.startswith(("SCAN", "SEARCH")):
            if detail != "SCAN CONSTANT ROW":
                driven.setdefault(statement, detail)
    wrong = {
        st.split("\n")[0][:100]: first for st, first in driven.items() if "rules_" not in first
    }
    assert driven and not wrong
    db.dispose()


def test_the_save_then_refresh_gives_the_save_its_follow_ups(tmp_path):
    db = _filled(tmp_path, "save", 300)
    with db.session() as session:
        followups.refresh(session, NOW)
    with db.session() as session:
        customer = add_customer(session, CustomerData("Cleo Save"), 1, NOW)
        item = log_interaction(
            session,
            InteractionData(
                customer_id=customer.id,
                occurred_at=NOW,
                channel="phone",
                kind="purchase",
                summary="A  kettle\tand a cup",
                promise=PromiseData("Deliver it", date(2026, 3, 16)),
            ),
            1,
            NOW,
        )
    with db.session() as session:
        keys = dict(
            session.execute(
                select(FollowUp.rule_key, FollowUp.title).where(FollowUp.customer_id == customer.id)
            ).all()
        )
    pid = session.scalar(select(func.max(FollowUp.promise_id)))
    assert keys == {
        f"thank:{item.id}": "Say thank you for the purchase and for their first visit: "
        "A kettle and a cup",
        f"promise:{pid}:soon": "Keep the promise: Deliver it",
    }
    db.dispose()


def test_progress_is_reported_per_rule_up_to_the_end(tmp_path):
    db = _filled(tmp_path, "progress", 200)
    steps = []
    with db.session() as session:
        followups.refresh(session, NOW, progress=lambda *step: steps.append(step))
    done = [s[0] for s in steps]
    totals = {s[1] for s in steps}
    assert done == sorted(done) and len(totals) == 1 and done[-1] == totals.pop()
    assert "Thank-yous" in [s[2] for s in steps]
    db.dispose()


def test_notifying_many_is_one_count_and_one_update(db, session, me):
    anna = add_customer(session, CustomerData("Anna Müller", consent="yes"), me.id, NOW)
    with session.begin():
        for n in range(12):
            session.add(
                FollowUp(
                    kind="thank",
                    rule_key=f"thank:test{n}",
                    title=f"Thank {n}",
                    customer_id=anna.id,
                    # three from yesterday (overdue), the rest due earlier today
                    due_at=NOW - timedelta(days=1 if n < 3 else 0, minutes=n),
                    status="pending",
                    done_note="",
                    created_at=NOW,
                )
            )
    seen = _statements(db.engine)
    batch = followups.take_notifications(session, NOW, tz=UTC)
    assert (batch.count, batch.overdue, len(batch.first)) == (12, 3, 4)
    assert [f.title for f in batch.first] == ["Thank 2", "Thank 1", "Thank 0", "Thank 11"]
    updates = [s for s in seen if s.lstrip().upper().startswith("UPDATE")]
    assert len(updates) == 1
    with db.session() as s:
        assert s.scalar(select(func.count()).where(FollowUp.notified_at.is_(None))) == 0
    assert followups.take_notifications(session, NOW + timedelta(minutes=1), tz=UTC).count == 0


def test_notifying_waits_in_quiet_hours(db, session, me):
    anna = add_customer(session, CustomerData("Anna Müller", consent="yes"), me.id, NOW)
    log_interaction(
        session,
        InteractionData(anna.id, NOW, "phone", "purchase", "A kettle"),
        me.id,
        NOW,
    )
    evening = NOW.replace(hour=21)
    assert followups.take_notifications(session, evening, tz=UTC).count == 0
    with session.begin():
        settings.put(session, "notifications_enabled", False)
    assert followups.take_notifications(session, NOW, tz=UTC).count == 0
    with session.begin():
        settings.put(session, "notifications_enabled", True)
    assert followups.take_notifications(session, NOW, tz=UTC).count == 1


def test_an_import_since_the_last_run_counts_as_many_changes(db, session, me):
    """The app runs the refresh in the background when it would look at thousands."""
    anna = add_customer(session, CustomerData("Anna Müller"), me.id, NOW)
    assert not followups.many_changes(session, NOW, 5)  # never ran, but nothing to do
    session.commit()
    followups.refresh(session, NOW)
    assert not followups.many_changes(session, NOW, 5)
    later = NOW + timedelta(hours=1)
    with session.begin():
        for n in range(10):  # as an import writes them
            session.add(
                Interaction(
                    occurred_at=NOW - timedelta(days=40),
                    customer_id=anna.id,
                    channel="email",
                    kind="inquiry",
                    summary=f"Imported {n}",
                    details="",
                    sentiment="neutral",
                    created_at=later,
                )
            )
    assert followups.many_changes(session, later, 5)
    assert not followups.many_changes(session, later, 20)


def _followup_rows(session):
    return sorted(
        session.execute(
            select(
                FollowUp.rule_key,
                FollowUp.title,
                FollowUp.due_at,
                FollowUp.status,
                FollowUp.owner_id,
            )
        ).all()
    )


def _varied_saves(session, when):
    """Saves of every kind the rules look at, with and without promises."""
    anna = add_customer(session, CustomerData("Anna Vary", consent="yes"), 1, when)
    ben = add_customer(session, CustomerData("Ben Vary", consent="no"), 1, when)
    saved = []
    for customer, kind, summary, promise, resolved in (
        (anna, "purchase", "A  kettle\tand a cup", None, False),
        (anna, "complaint", "Kettle leaks", None, False),
        (anna, "complaint", "Still leaks", PromiseData("Send a new one", date(2026, 3, 16)), False),
        (ben, "referral", "Sent his sister " + "x" * 130, None, False),
        (ben, "complaint", "Late delivery", None, True),
        (ben, "inquiry", "Opening hours?", PromiseData("Call back", date(2026, 3, 12)), False),
    ):
        item = log_interaction(
            session,
            InteractionData(
                customer_id=customer.id,
                occurred_at=when,
                channel="phone",
                kind=kind,
                summary=summary,
                promise=promise,
                resolved=resolved,
            ),
            1,
            when,
        )
        saved.append(item.id)
    return saved


def test_a_saves_rules_leave_exactly_what_a_full_refresh_would(tmp_path):
    """The incremental rules of each save (only its causes) against a full evaluation
    of everything afterwards: the full refresh finds nothing to change."""
    db = _filled(tmp_path, "differential", 300)
    with db.session() as session:
        followups.refresh(session, NOW)
    later = NOW + timedelta(hours=1)
    with db.session() as session:
        _varied_saves(session, later)
    with db.session() as session:
        after_saves = _followup_rows(session)
    assert len(after_saves) > 10
    with db.session() as session:
        assert followups.refresh(session, later, full=True) == 0
    with db.session() as session:
        assert _followup_rows(session) == after_saves
    db.dispose()


def _one_save(session, customer_id=1):
    return log_interaction(
        session,
        InteractionData(
            customer_id=customer_id,
            occurred_at=NOW,
            channel="phone",
            kind="complaint",
            summary="Broken",
            promise=PromiseData("Replace it", date(2026, 3, 16)),
        ),
        1,
        NOW,
    )


def test_a_save_with_a_promise_runs_few_statements(tmp_path):
    """The save path, rules included, in a couple of dozen statements (it ran 60: the
    temporary tables made afresh, counts and bounds one by one, the ORM's flushes)."""
    db = _filled(tmp_path, "few", 100)
    with db.session() as session:
        followups.refresh(session, NOW)
    with db.session() as session:
        _varied_saves(session, NOW)  # the connection's temporary tables exist now
    seen = _statements(db.engine)
    with db.session() as session:
        _one_save(session)
    # 27 for the interaction, its promise, their rules and their change rows (keeping in
    # touch's customer scope, last contact and due day among them), plus one per new
    # follow-up (here the promise's)
    assert len(seen) <= 28, "\n".join(s.split("\n")[0] for s in seen)
    assert not [s for s in seen if s.lstrip().startswith("CREATE")]
    # last contact once: the commit hook knows the rules did it (it did it again)
    assert len([s for s in seen if "SET last_contact_at" in s]) == 1
    db.dispose()


def test_everything_a_save_runs_counted_at_the_driver(tmp_path):
    """What SQLite itself is asked to run for a save, on the prepared path (nobody
    listening for statements): the statements above, the temporary tables' emptying on
    the driver's cursor, the change counter's two PRAGMAs, BEGIN and COMMIT."""
    db = _filled(tmp_path, "driver", 100)
    with db.session() as session:
        followups.refresh(session, NOW)
    with db.session() as session:
        _varied_saves(session, NOW)
    traced: list[str] = []

    @event.listens_for(db.engine, "checkout")
    def _trace(dbapi_connection, record, proxy):
        dbapi_connection.set_trace_callback(traced.append)

    with db.engine.connect() as connection:
        assert prepared.preparing(connection)
    with db.session() as session:
        _one_save(session)
    # (the driver reports a trigger's work as repeats of the statement that fired it,
    # and the full-text index's own statements as comments)
    statements = [
        s for n, s in enumerate(traced) if not s.startswith("--") and (n == 0 or s != traced[n - 1])
    ]
    # the 28 above with a row each for the two change rows written at once and the
    # three local days the rules look at, BEGIN, the eight temporary tables emptied,
    # the change counter read and raised, COMMIT
    assert len(statements) <= 44, "\n".join(s.split("\n")[0][:100] for s in statements)
    assert statements[-1].strip() == "COMMIT"
    assert len([s for s in statements if s.startswith("DELETE FROM rules_")]) == 8
    db.dispose()


def test_prepared_statements_store_what_sqlalchemy_would(tmp_path):
    """The same saves on two copies of one database, one on the prepared path and one
    the ordinary way (a listener for statements switches it off): the same rows, the
    same follow-ups and the same change log, field for field."""
    tables = {
        "interactions": select(Interaction),
        "followups": select(FollowUp),
    }
    found = []
    for name, listen in (("prepared", False), ("ordinary", True)):
        db = _filled(tmp_path, name, 100)
        if listen:
            _statements(db.engine)
        with db.engine.connect() as connection:
            assert prepared.preparing(connection) is not listen
        with db.session() as session:
            followups.refresh(session, NOW)
        with db.session() as session:
            _varied_saves(session, NOW)
            _one_save(session, 2)
        with db.session() as session:
            rows = {
                table: [
                    {c.key: getattr(o, c.key) for c in o.__table__.columns}
                    for o in session.scalars(query.order_by(text("id")))
                ]
                for table, query in tables.items()
            }
            rows["change_log"] = [
                (c.action, c.summary, c.entity, c.entity_id, c.op, c.old, c.new, c.customer_id)
                for c in session.scalars(select(ChangeLog).order_by(ChangeLog.id))
            ]
            rows["promises"] = session.execute(select(Promise.__table__).order_by(Promise.id)).all()
        found.append(rows)
        db.dispose()
    prepared_rows, ordinary_rows = found
    assert len(prepared_rows["change_log"]) > 10
    for table in ordinary_rows:
        assert prepared_rows[table] == ordinary_rows[table], table


def test_a_save_rolled_back_on_a_new_connection_leaves_the_next_save_working(tmp_path):
    """The temporary tables a first save creates vanish with its rollback: the next save
    on that connection creates them again rather than failing."""
    db = _filled(tmp_path, "rollback", 50)
    db.engine.dispose()  # the next save opens a connection of its own

    def data(summary):
        return InteractionData(
            customer_id=1, occurred_at=NOW, channel="phone", kind="purchase", summary=summary
        )

    def boom(session, interaction, promise, now):
        raise RuntimeError("disk trouble")

    from cxlogger.core.records import interactions as interactions_mod

    interactions_mod.after_log_hooks.append(boom)
    try:
        with db.session() as session, pytest.raises(RuntimeError):
            log_interaction(session, data("Lost"), 1, NOW)
    finally:
        interactions_mod.after_log_hooks.remove(boom)
    with db.session() as session:
        item = log_interaction(session, data("Kept"), 1, NOW)
    with db.session() as session:
        keys = session.scalars(
            select(FollowUp.rule_key).where(FollowUp.interaction_id == item.id)
        ).all()
        assert f"thank:{item.id}" in keys
    db.dispose()


def _counter(db) -> int:
    with db.engine.connect() as connection:
        return connection.exec_driver_sql("PRAGMA user_version").scalar()


def test_a_refresh_with_nothing_committed_since_writes_nothing(db, session, me):
    """The periodic refresh (and ``cxlogger due``) when nothing changed: the change
    counter says so, two index reads say time moved nothing on, and nothing is written
    (the database's counter stays where it was)."""
    anna = add_customer(session, CustomerData("Anna Quiet", consent="yes"), me.id, NOW)
    log_interaction(
        session,
        InteractionData(anna.id, NOW, "phone", "purchase", "A kettle"),
        me.id,
        NOW,
    )
    session.close()
    with db.session() as s:
        followups.refresh(s, NOW)
    before = _counter(db)
    seen = _statements(db.engine)
    with db.session() as s:
        assert followups.is_quiet(s, NOW + timedelta(minutes=5))
    with db.session() as s:
        assert followups.refresh(s, NOW + timedelta(minutes=5)) == 0
    writes = [s for s in seen if s.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    assert writes == [] and len(seen) <= 12
    assert _counter(db) == before


def test_a_quiet_refresh_still_sees_a_promise_fall_due(db, session, me):
    anna = add_customer(session, CustomerData("Anna Due", consent="yes"), me.id, NOW)
    log_interaction(
        session,
        InteractionData(
            anna.id,
            NOW,
            "phone",
            "inquiry",
            "Asked for a quote",
            promise=PromiseData("Send the quote", (NOW + timedelta(days=1)).date()),
        ),
        me.id,
        NOW,
    )
    session.close()
    with db.session() as s:
        followups.refresh(s, NOW)
    overdue = NOW + timedelta(days=3)  # nothing committed meanwhile: only time moved
    with db.session() as s:
        assert not followups.is_quiet(s, overdue)
    with db.session() as s:
        assert followups.refresh(s, overdue) >= 1
        keys = s.scalars(select(FollowUp.rule_key).where(FollowUp.status == "pending")).all()
    assert any(k.endswith(":overdue") for k in keys)


def test_a_commit_from_elsewhere_ends_the_quiet(db, session, me):
    anna = add_customer(session, CustomerData("Anna Busy", consent="yes"), me.id, NOW)
    session.close()
    with db.session() as s:
        followups.refresh(s, NOW)
    followups.uninstall()  # saved by another desktop: its rules are not ours
    with db.session() as s:
        item = log_interaction(
            s, InteractionData(anna.id, NOW, "phone", "purchase", "A cup"), me.id, NOW
        )
    later = NOW + timedelta(minutes=5)
    with db.session() as s:
        assert not followups.is_quiet(s, later)
    with db.session() as s:
        assert followups.refresh(s, later) >= 1
        assert s.scalar(select(FollowUp.rule_key).where(FollowUp.interaction_id == item.id))


def test_notifying_hundreds_of_thousands_marks_them_in_short_transactions(db, session, me):
    """After a bulk fill's catch-up (532k came due at 1M, one UPDATE of 12 s), the
    marking runs in chunks, each its own transaction, so a save waits for one chunk at
    most; what is created meanwhile is left for the next notification."""
    anna = add_customer(session, CustomerData("Anna Bulk", consent="yes"), me.id, NOW)
    with session.begin():
        for n in range(10):
            session.add(
                FollowUp(
                    kind="thank",
                    rule_key=f"thank:bulk{n}",
                    title=f"Thank {n}",
                    customer_id=anna.id,
                    due_at=NOW - timedelta(minutes=n),
                    status="pending",
                    done_note="",
                    created_at=NOW,
                )
            )
    deferred = followups.take_notifications(session, NOW, tz=UTC, inline_up_to=5)
    assert deferred.deferred and deferred.count == 10  # too many for the writer thread
    with db.session() as s:
        assert s.scalar(select(func.count()).where(FollowUp.notified_at.is_not(None))) == 0
    commits = []
    event.listen(db.engine, "commit", lambda conn: commits.append(1))
    seen = _statements(db.engine)
    batch = followups.take_notifications(session, NOW, tz=UTC, chunk=3)
    assert (batch.count, len(batch.first)) == (10, 4)
    updates = [s for s in seen if s.lstrip().upper().startswith("UPDATE")]
    assert len(updates) == 4 and len(commits) >= 4  # 3 + 3 + 3 + 1, each committed
    with db.session() as s:
        assert s.scalar(select(func.count()).where(FollowUp.notified_at.is_(None))) == 0
    assert followups.take_notifications(session, NOW + timedelta(minutes=1), tz=UTC).count == 0


def test_a_catch_up_applies_in_short_transactions_what_one_would(tmp_path, monkeypatch):
    """The catch-up (may_commit) applies its wanted follow-ups a range of keys per
    transaction (a save waits for one range, not seconds): the same follow-ups as one
    transaction, and the connection's temporary tables are left empty for the next."""
    from cxlogger.core.reminders import rule_engine

    whole = _filled(tmp_path, "whole", 400)
    with whole.session() as session:
        made = followups.refresh(session, NOW)
    with whole.session() as session:
        expected = _followup_rows(session)
    whole.dispose()

    chunked = _filled(tmp_path, "chunked", 400)
    monkeypatch.setattr(rule_engine, "APPLY_CHUNK", 7)
    commits = []
    event.listen(chunked.engine, "commit", lambda conn: commits.append(1))
    with chunked.session() as session:
        assert followups.refresh(session, NOW, may_commit=True) == made
    assert made > 7 * 5 and len(commits) > made // 7
    with chunked.session() as session:
        assert _followup_rows(session) == expected
        assert not followups.needs_catch_up(session, NOW)
    # the next runs on that connection start from empty temporary tables
    with chunked.session() as session:
        assert followups.refresh(session, NOW + timedelta(minutes=5)) == 0
    with chunked.session() as session:
        _varied_saves(session, NOW + timedelta(minutes=6))
    with chunked.session() as session:
        assert followups.refresh(session, NOW + timedelta(minutes=7), full=True) == 0
    chunked.dispose()

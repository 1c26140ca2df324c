"""The reports' per-day summary (core/report_days.py, migration 0020): kept by triggers,
it always equals a recount, and the report reads the same figures from it as from the
rows themselves, whatever was written, edited or deleted, across a DST change."""

from __future__ import annotations

import importlib
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, text, update

from cxlogger.core import report_days, reports
from cxlogger.core.models import CHANNELS, KINDS, Customer, Interaction, Promise, Staff
from cxlogger.core.reports import Period
from cxlogger.core.storage.paths import AppPaths
from tests.helpers import local_timezone, open_fresh_database, per_action

UTC = timezone.utc
# Europe/Berlin changes to summer time on 29 March 2026 at 01:00 UTC
START = datetime(2026, 2, 20, tzinfo=UTC)
SPAN_HOURS = 24 * 60  # two months: February, March (the change), April
NOW = datetime(2026, 4, 2, 10, 30, tzinfo=UTC)

SUMMARY = "SELECT part, day, staff_id, key, currency, meaning, n, money_n, amount FROM report_days"


def summary(session) -> set:
    rows = session.execute(text(SUMMARY + " WHERE n <> 0 OR money_n <> 0 OR amount <> 0")).all()
    return {tuple(r) for r in rows}


def recount(session) -> set:
    """What a recount from scratch gives (rolled back)."""
    nested = session.begin_nested()
    report_days.rebuild(session)
    rows = summary(session)
    nested.rollback()
    return rows


def moments():
    return st.integers(0, SPAN_HOURS * 4).map(lambda q: START + timedelta(minutes=15 * q))


amounts = st.one_of(
    st.none(),
    st.tuples(
        st.integers(1, 50_000),
        st.sampled_from(["EUR", "USD"]),
        st.sampled_from(["sale", "refund", "credit", "goodwill"]),
    ),
)
actions = st.lists(
    st.one_of(
        st.tuples(
            st.just("interaction"),
            moments(),
            st.sampled_from(KINDS + ("complaint",) * 6),
            st.sampled_from(CHANNELS),
            st.integers(0, 2),  # staff: 0 nobody
            amounts,
            st.one_of(st.none(), st.integers(1, 6 * 24)),  # resolved after hours
        ),
        st.tuples(
            st.just("promise"),
            st.integers(0, 50),  # which interaction (modulo), or none
            moments(),  # due
            st.integers(0, 6 * 24),  # made hours after the interaction
            st.sampled_from(["open", "kept", "broken", "cancelled"]),
            st.integers(-48, 48),  # closed hours after due
            st.booleans(),  # customer told
            st.integers(0, 2),
        ),
        st.tuples(st.just("edit"), st.integers(0, 50), moments(), st.sampled_from(KINDS)),
        st.tuples(st.just("resolve"), st.integers(0, 50), st.integers(1, 6 * 24)),
        st.tuples(st.just("move_promise"), st.integers(0, 50), st.integers(0, 50)),
        st.tuples(st.just("close"), st.integers(0, 50), st.integers(-48, 48), st.booleans()),
        st.tuples(st.just("drop"), st.integers(0, 50)),
        st.tuples(st.just("drop_promise"), st.integers(0, 50)),
        st.tuples(st.just("customer"), moments(), st.integers(0, 2)),
        st.tuples(st.just("erase"), st.integers(0, 5)),  # a customer and, cascading, theirs
        st.tuples(st.just("regroup"), st.integers(0, 50), st.integers(0, 2)),
    ),
    min_size=3,
    max_size=40,
)


@pytest.fixture(scope="module")
def berlin_db(tmp_path_factory):
    with local_timezone("Europe/Berlin"):
        database = open_fresh_database(AppPaths(tmp_path_factory.mktemp("rd") / "data"))
        yield database
    database.dispose()


def _apply(session, steps) -> None:
    staff = [None] + [s.id for s in session.query(Staff).order_by(Staff.id)]
    customers = [c.id for c in session.query(Customer).order_by(Customer.id)]

    def nth(model, n):
        ids = [r[0] for r in session.query(model.id).order_by(model.id)]
        return ids[n % len(ids)] if ids else None

    for step in steps:
        kind = step[0]
        if kind == "interaction":
            _k, when, what, channel, who, amount, resolved = step
            if not customers:
                continue
            money = dict(
                zip(("amount_minor", "currency", "amount_kind"), amount or (None,) * 3, strict=True)
            )
            session.add(
                Interaction(
                    occurred_at=when,
                    customer_id=customers[when.minute % len(customers)],
                    channel=channel,
                    kind=what,
                    summary="s",
                    staff_id=staff[who],
                    resolved_at=when + timedelta(hours=resolved) if resolved else None,
                    created_at=when,
                    **money,
                )
            )
        elif kind == "promise":
            _k, which, due, made_after, status, closed_after, told, who = step
            iid = nth(Interaction, which)
            interaction = session.get(Interaction, iid) if iid else None
            customer = interaction.customer_id if interaction else (customers or [None])[0]
            if customer is None:
                continue
            made = (interaction.occurred_at if interaction else due) + timedelta(hours=made_after)
            closed = due + timedelta(hours=closed_after) if status != "open" else None
            session.add(
                Promise(
                    customer_id=customer,
                    interaction_id=iid if which % 3 else None,
                    description="p",
                    due_at=due,
                    status=status,
                    closed_at=closed,
                    customer_told_at=closed if told and closed else None,
                    owner_id=staff[who],
                    created_at=made,
                )
            )
        elif kind == "edit" and (iid := nth(Interaction, step[1])):
            row = session.get(Interaction, iid)
            row.occurred_at, row.kind = step[2], step[3]
        elif kind == "resolve" and (iid := nth(Interaction, step[1])):
            row = session.get(Interaction, iid)
            row.resolved_at = row.occurred_at + timedelta(hours=step[2])
        elif kind == "move_promise" and (pid := nth(Promise, step[1])):
            row = session.get(Promise, pid)
            row.interaction_id = nth(Interaction, step[2])
            if row.interaction_id:
                row.customer_id = session.get(Interaction, row.interaction_id).customer_id
        elif kind == "close" and (pid := nth(Promise, step[1])):
            row = session.get(Promise, pid)
            row.status = "kept"
            row.closed_at = row.due_at + timedelta(hours=step[2])
            row.customer_told_at = row.closed_at if step[3] else None
        elif kind == "drop" and (iid := nth(Interaction, step[1])):
            session.execute(delete(Interaction).where(Interaction.id == iid))
        elif kind == "drop_promise" and (pid := nth(Promise, step[1])):
            session.execute(delete(Promise).where(Promise.id == pid))
        elif kind == "customer":
            row = Customer(
                name="c", created_at=step[1], updated_at=step[1], owner_id=staff[step[2]]
            )
            session.add(row)
            session.flush()
            customers.append(row.id)
        elif kind == "erase" and len(customers) > 1:
            gone = customers.pop(step[1] % len(customers))
            session.execute(delete(Customer).where(Customer.id == gone))
        elif kind == "regroup" and (iid := nth(Interaction, step[1])):
            session.execute(
                update(Interaction).where(Interaction.id == iid).values(staff_id=staff[step[2]])
            )
        session.flush()
        session.expire_all()


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=actions)
# each trigger's path at least once: a complaint given a promise in time, the promise
# deleted, moved to another complaint, late; the complaint deleted under its promise; a
# customer erased with theirs; an edit across the DST change
@example(
    steps=[
        ("interaction", START, "complaint", "phone", 1, None, None),
        ("interaction", START + timedelta(hours=5), "complaint", "email", 2, None, None),
        ("promise", 1, START + timedelta(days=2), 1, "open", 0, False, 1),
        ("promise", 2, START + timedelta(days=3), 2, "kept", 3, True, 2),
        ("drop_promise", 0),
        ("move_promise", 0, 1),
        ("promise", 4, START + timedelta(days=2), 100, "kept", -3, False, 0),
        ("drop", 0),
        ("customer", START + timedelta(days=36), 1),
        (
            "interaction",
            START + timedelta(days=36),
            "purchase",
            "chat",
            1,
            (990, "EUR", "sale"),
            None,
        ),
        ("edit", 1, datetime(2026, 3, 29, 0, 30, tzinfo=UTC), "complaint"),
        ("resolve", 1, 2),
        ("regroup", 1, 0),
        ("close", 0, 5, True),
        ("erase", 1),
    ]
)
def test_the_summary_equals_a_recount_and_gives_the_same_report(berlin_db, steps):
    with local_timezone("Europe/Berlin"), berlin_db.session() as s:
        session = per_action(s)
        with session.begin():
            for table in ("promises", "interactions", "customers", "staff"):
                session.execute(text(f"DELETE FROM {table}"))
            session.add_all([Staff(name=n, active=True, created_at=START) for n in "AB"])
            session.flush()
            session.add(Customer(name="first", created_at=START, updated_at=START))
            session.flush()
            _apply(session, steps)
        assert report_days.usable(session)
        assert summary(session) == recount(session)
        for period in (
            Period(date(2026, 3, 1), date(2026, 3, 31)),
            Period(date(2026, 3, 25), date(2026, 4, 5)),
        ):
            for staff_id in (None, session.query(Staff.id).order_by(Staff.id).first()[0]):
                fast = reports.build_report(session, period, NOW, staff_id).as_json()
                session.rollback()
                with pytest.MonkeyPatch.context() as patch:
                    patch.setattr(report_days, "usable", lambda _conn: False)
                    slow = reports.build_report(session, period, NOW, staff_id).as_json()
                session.rollback()
                assert fast == slow, (period, staff_id)


def test_the_migration_and_the_app_recount_alike():
    migration = importlib.import_module(
        "cxlogger.core.storage.migrations.versions.0020_report_days"
    )
    assert migration.REBUILD_SQL == report_days.REBUILD_SQL
    assert migration.ZONE_SQL == report_days.ZONE_SQL


def test_a_write_from_another_time_zone_sets_the_summary_aside_until_a_recount(tmp_path):
    """Counted in Berlin, a save in New York (another local day for late evenings) leaves
    the report reading the rows; opening the database in New York recounts."""
    from cxlogger.core.storage.db import open_database

    paths = AppPaths(tmp_path / "data")
    with local_timezone("Europe/Berlin"):
        database = open_fresh_database(paths)
        with database.session() as s, s.begin():
            s.add(Staff(name="A", active=True, created_at=START))
            customer = Customer(name="c", created_at=START, updated_at=START)
            s.add(customer)
            s.flush()
            s.add(
                Interaction(
                    occurred_at=datetime(2026, 3, 10, 23, 30, tzinfo=UTC),  # 11 March in Berlin
                    customer_id=customer.id,
                    channel="phone",
                    kind="inquiry",
                    summary="s",
                    created_at=START,
                )
            )
        with database.session() as s:
            assert report_days.usable(s)
            assert ("channel", "2026-03-11") in {r[:2] for r in summary(s)}
    with local_timezone("America/New_York"):
        with database.session() as raw:
            s = per_action(raw)
            assert not report_days.usable(s)  # counted in another zone
            with s.begin():
                s.add(
                    Interaction(
                        occurred_at=datetime(2026, 3, 12, 2, 0, tzinfo=UTC),  # 11 March in NY
                        customer_id=customer.id,
                        channel="email",
                        kind="inquiry",
                        summary="s",
                        created_at=START,
                    )
                )
            assert s.execute(text("SELECT zone FROM report_days_zone")).scalar() == ""
            block = reports.activity_block(s, Period(date(2026, 3, 11), date(2026, 3, 11)), NOW)
            assert {f.key: f.value for f in block.figures}["interactions"] == 1  # NY's 11th
        database.dispose()
        database = open_database(paths)  # recounts in New York
        with database.session() as s:
            assert report_days.usable(s)
            days = {r[1] for r in summary(s) if r[0] == "channel"}
            assert days == {"2026-03-10", "2026-03-11"}
            block = reports.activity_block(s, Period(date(2026, 3, 11), date(2026, 3, 11)), NOW)
            assert {f.key: f.value for f in block.figures}["interactions"] == 1
        database.dispose()

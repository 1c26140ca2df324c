"""Chained and repeating follow-ups (issue 11), fixed clock: "Done & schedule next" and
repeating promises, of which only the next occurrence exists at any time."""

import time as _time
from datetime import date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import select

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import FollowUp, Promise
from cxlogger.core.records import promises, undo
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.reminders import followups
from tests.conftest import NOW

UTC = timezone.utc


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


@pytest.fixture
def anna(session, me):
    return add_customer(session, CustomerData("Anna Müller"), me.id, NOW - timedelta(days=90))


def open_promises(session, customer_id):
    with session.begin():
        return [
            (p.description, p.due_at, p.status, p.repeat_every)
            for p in session.scalars(
                select(Promise).where(Promise.customer_id == customer_id).order_by(Promise.id)
            )
        ]


def test_done_and_schedule_next_marks_done_and_reminds_the_colleague_later(session, me, anna):
    bea = staff_svc.add_staff(session, "Bea Baker", NOW)
    log_interaction(
        session,
        InteractionData(anna.id, NOW, "in_person", "purchase", "Bought a mixer"),
        me.id,
        NOW,
    )
    with session.begin():
        (thank,) = followups.due(session, NOW)
    done, following = followups.complete_and_next(
        session, thank.id, me.id, NOW, 2, "weeks", owner_id=bea.id, what="Call about the mixer"
    )
    with session.begin():
        stored = {f.rule_key: f for f in session.scalars(select(FollowUp))}
        first, nxt = stored[f"thank:{thank.interaction_id}"], stored[f"next:{thank.id}"]
        assert (first.status, first.done_by_id) == ("done", me.id)
        # Wednesday + 2 weeks = Wednesday 25 March, at opening time (09:00)
        assert nxt.due_at == datetime(2026, 3, 25, 9, 0, tzinfo=UTC)
        assert (nxt.kind, nxt.owner_id, nxt.status) == ("keep_in_touch", bea.id, "pending")
        assert nxt.title == "Next: Call about the mixer"
    # not due before its day; due on it, for Bea
    with session.begin():
        assert [f.id for f in followups.due(session, NOW + timedelta(days=13))] == []
        later = followups.due(session, datetime(2026, 3, 25, 9, 0, tzinfo=UTC), owner_id=bea.id)
        assert [f.title for f in later] == ["Next: Call about the mixer"]
    # the rules never retire it: a refresh later leaves it pending
    followups.refresh(session, NOW + timedelta(days=1))
    with session.begin():
        assert session.get(FollowUp, following.id).status == "pending"
    # one action: Undo takes back both
    undo.undo_last(session, me.id, NOW)
    with session.begin():
        assert session.get(FollowUp, following.id) is None
        assert session.get(FollowUp, done.id).status == "pending"


def test_schedule_next_in_months_lands_on_a_working_morning(session, me, anna):
    log_interaction(
        session, InteractionData(anna.id, NOW, "phone", "purchase", "Bought beans"), me.id, NOW
    )
    with session.begin():
        (thank,) = followups.due(session, NOW)
    # 11 March + 1 month = Saturday 11 April -> the next working morning, Monday 13th
    _done, nxt = followups.complete_and_next(session, thank.id, me.id, NOW, 1, "months")
    with session.begin():
        assert session.get(FollowUp, nxt.id).due_at == datetime(2026, 4, 13, 9, 0, tzinfo=UTC)
        assert session.get(FollowUp, nxt.id).title == "Next: Get in touch with Anna Müller again"
    with pytest.raises(ValidationError):
        followups.complete_and_next(session, thank.id, me.id, NOW, 0, "days")


def test_a_repeating_promise_materialises_only_the_next_occurrence(session, me, anna):
    made = promises.add_promise(
        session,
        anna.id,
        PromiseData("Check the coffee machine", date(2026, 3, 31), None, repeat_every="month"),
        me.id,
        NOW,
    )
    assert len(open_promises(session, anna.id)) == 1  # nothing ahead of time
    promises.close_promise(session, made.id, "kept", "Descaled it", NOW, staff_id=me.id)
    rows = open_promises(session, anna.id)
    assert [(r[2], r[3]) for r in rows] == [("kept", "month"), ("open", "month")]
    # due at closing time (17:00) on 30 April (31 March + 1 month, clamped)
    assert rows[1][1] == datetime(2026, 4, 30, 17, 0, tzinfo=UTC)
    # keeping the second creates the third; still only one open
    with session.begin():
        second = session.scalars(select(Promise).where(Promise.status == "open")).one()
    promises.close_promise(session, second.id, "kept", "Done again", NOW, staff_id=me.id)
    statuses = [r[2] for r in open_promises(session, anna.id)]
    assert statuses == ["kept", "kept", "open"]
    assert open_promises(session, anna.id)[2][1] == datetime(2026, 5, 30, 17, 0, tzinfo=UTC)


def test_reopening_takes_the_next_occurrence_back_and_cancelling_ends_the_series(session, me, anna):
    weekly = promises.add_promise(
        session,
        anna.id,
        PromiseData(
            "Call with the stock list", date(2026, 3, 12), time(11, 0), repeat_every="week"
        ),
        me.id,
        NOW,
    )
    promises.close_promise(session, weekly.id, "kept", "Called", NOW, staff_id=me.id)
    rows = open_promises(session, anna.id)
    assert rows[1][1:3] == (datetime(2026, 3, 19, 11, 0, tzinfo=UTC), "open")
    promises.reopen_promise(session, weekly.id, me.id, NOW)
    assert [r[2] for r in open_promises(session, anna.id)] == ["open"]
    promises.close_promise(session, weekly.id, "cancelled", "", NOW, staff_id=me.id)
    assert [r[2] for r in open_promises(session, anna.id)] == ["cancelled"]


def test_a_late_kept_repeating_promise_is_next_due_in_the_future(session, me, anna):
    yearly = promises.add_promise(
        session,
        anna.id,
        PromiseData("Service visit", date(2026, 3, 12), None, repeat_every="year"),
        me.id,
        NOW,
    )
    late = datetime(2027, 6, 1, 10, 0, tzinfo=UTC)
    promises.close_promise(session, yearly.id, "kept", "Serviced late", late, staff_id=me.id)
    assert open_promises(session, anna.id)[1][1] == datetime(2028, 3, 12, 17, 0, tzinfo=UTC)
    with pytest.raises(ValidationError):
        PromiseData("x", date(2026, 3, 12), repeat_every="fortnight").errors() and (
            promises.add_promise(
                session,
                anna.id,
                PromiseData("x", date(2026, 3, 12), repeat_every="fortnight"),
                me.id,
                NOW,
            )
        )

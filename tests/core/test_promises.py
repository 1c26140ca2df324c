"""Promises: closing with an outcome note, overdue detection with a fixed clock, due dates."""

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import Promise
from cxlogger.core.records import promises as svc
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.promises import PromiseData
from tests.conftest import NOW
from tests.helpers import local_timezone

UTC = timezone.utc
BERLIN = ZoneInfo("Europe/Berlin")  # UTC+1 in March 2026


@pytest.fixture(autouse=True)
def berlin_local_time():
    with local_timezone("Europe/Berlin"):
        yield


@pytest.fixture
def anna(session, me):
    return add_customer(session, CustomerData("Anna Müller"), me.id, NOW - timedelta(days=30))


def promise(session, me, anna, due=date(2026, 3, 13), at=None, text="Send the quote"):
    return svc.add_promise(session, anna.id, PromiseData(text, due, at), me.id, NOW)


def stored(db, promise_id) -> Promise:
    with db.session() as s:
        return s.get(Promise, promise_id)


@pytest.mark.parametrize("status", ["kept", "broken"])
@pytest.mark.parametrize("note", ["", "   \n "])
def test_kept_or_broken_needs_an_outcome_note(db, session, me, anna, status, note):
    p = promise(session, me, anna)
    with pytest.raises(ValidationError) as caught:
        svc.close_promise(session, p.id, status, note, NOW)
    assert "outcome_note" in caught.value.errors
    after = stored(db, p.id)
    assert (after.status, after.closed_at, after.outcome_note) == ("open", None, "")


@pytest.mark.parametrize("status", ["kept", "broken"])
def test_closing_stores_status_note_and_time(db, session, me, anna, status):
    p = promise(session, me, anna)
    svc.close_promise(session, p.id, status, "  Called on Friday, all fine ", NOW)
    after = stored(db, p.id)
    assert (after.status, after.outcome_note, after.closed_at) == (
        status,
        "Called on Friday, all fine",
        NOW,
    )


def test_cancelling_needs_no_note(db, session, me, anna):
    p = promise(session, me, anna)
    svc.close_promise(session, p.id, "cancelled", "", NOW)
    assert stored(db, p.id).status == "cancelled"


@pytest.mark.parametrize("first", ["kept", "broken", "cancelled"])
def test_a_closed_promise_cannot_be_closed_again(db, session, me, anna, first):
    p = promise(session, me, anna)
    svc.close_promise(session, p.id, first, "first outcome", NOW)
    with pytest.raises(ValidationError) as caught:
        svc.close_promise(session, p.id, "broken", "second outcome", NOW + timedelta(days=1))
    assert "status" in caught.value.errors
    after = stored(db, p.id)
    assert (after.status, after.outcome_note, after.closed_at) == (first, "first outcome", NOW)


def test_an_unknown_status_is_a_bug_not_a_user_error(session, me, anna):
    p = promise(session, me, anna)
    with pytest.raises(ValueError):
        svc.close_promise(session, p.id, "open", "note", NOW)


def test_a_due_date_without_time_is_due_at_the_close_of_business_that_local_day(
    db, session, me, anna
):
    p = promise(session, me, anna, due=date(2026, 3, 11))
    due = stored(db, p.id)
    assert due.due_has_time is False
    # closing time 17:00 in Berlin on the 11th is 16:00 UTC
    assert due.due_at == datetime(2026, 3, 11, 16, 0, tzinfo=UTC)
    assert not due.is_overdue(NOW)  # 10:00 UTC the same day
    assert not due.is_overdue(datetime(2026, 3, 11, 17, 0, 0, tzinfo=BERLIN))
    assert due.is_overdue(datetime(2026, 3, 11, 17, 0, 1, tzinfo=BERLIN))


def test_changing_the_closing_time_moves_open_date_only_promises(db, session, me, anna):
    from cxlogger.core.records import settings

    by_date = promise(session, me, anna, due=date(2026, 3, 11))
    at_time = promise(session, me, anna, due=date(2026, 3, 11), at=time(10, 30))
    settings.update(session, {"closing_time": "18:30"})
    assert stored(db, by_date.id).due_at == datetime(2026, 3, 11, 17, 30, tzinfo=UTC)
    assert stored(db, at_time.id).due_at == datetime(2026, 3, 11, 9, 30, tzinfo=UTC)


def test_a_due_time_is_local_wall_time(db, session, me, anna):
    p = promise(session, me, anna, due=date(2026, 3, 11), at=time(10, 30))
    due = stored(db, p.id)
    assert due.due_has_time is True
    assert due.due_at == datetime(2026, 3, 11, 9, 30, tzinfo=UTC)
    assert due.is_overdue(NOW)  # 10:00 UTC is 11:00 in Berlin
    assert not due.is_overdue(NOW - timedelta(minutes=31))


def test_overdue_detection_with_the_fixed_clock(db, session, me, anna):
    yesterday = promise(session, me, anna, due=date(2026, 3, 10), text="Call back")
    today = promise(session, me, anna, due=date(2026, 3, 11), text="Email the quote")
    kept = promise(session, me, anna, due=date(2026, 3, 9), text="Reserve two")
    svc.close_promise(session, kept.id, "kept", "Reserved", NOW - timedelta(days=2))
    with db.session() as s:
        overdue = {p.description for p in svc.list_promises(s, None) if p.is_overdue(NOW)}
    assert overdue == {"Call back"}  # a closed one is never overdue, however late
    assert stored(db, yesterday.id).is_overdue(NOW)
    assert not stored(db, today.id).is_overdue(NOW)


def test_a_promise_needs_a_description_and_a_due_date(db, session, me, anna):
    with pytest.raises(ValidationError) as caught:
        svc.add_promise(session, anna.id, PromiseData("  ", None), me.id, NOW)
    assert set(caught.value.errors) == {"description", "due_date"}
    with db.session() as s:
        assert svc.list_promises(s, None) == []


def test_open_promises_are_listed_by_due_date_before_closed_ones(db, session, me, anna):
    later = promise(session, me, anna, due=date(2026, 3, 20), text="later")
    closed = promise(session, me, anna, due=date(2026, 3, 1), text="closed")
    sooner = promise(session, me, anna, due=date(2026, 3, 12), text="sooner")
    svc.close_promise(session, closed.id, "cancelled", "", NOW)
    with db.session() as s:
        assert [p.id for p in svc.list_promises(s)] == [sooner.id, later.id]
        assert [p.id for p in svc.list_promises(s, None)] == [sooner.id, later.id, closed.id]
        assert [p.id for p in svc.list_promises(s, ("cancelled",))] == [closed.id]

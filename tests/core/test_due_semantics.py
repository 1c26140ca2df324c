"""When a promise is due, when it is reminded, and how that reads: one definition,
the same answer everywhere. Fixed clock: NOW = Wednesday 2026-03-11 10:00, local = UTC,
open Monday–Friday 09:00–17:00, quiet hours 20:00–08:00."""

import io
import json
import random
import time as _time
from datetime import date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import select

from cxlogger import cli
from cxlogger.core.models import FollowUp, Promise
from cxlogger.core.records import promises
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.records.staff import add_staff
from cxlogger.core.reminders import followups
from cxlogger.core.reminders.due_text import DueText
from cxlogger.core.reminders.schedule import BusinessHours
from tests.conftest import NOW

UTC = timezone.utc
HOURS = BusinessHours(tz=UTC)


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    """A moment in March 2026 (the 11th is a Wednesday)."""
    return datetime(2026, 3, day, hour, minute, second, tzinfo=UTC)


@pytest.fixture(autouse=True)
def utc_local_time(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    _time.tzset()
    followups.install()
    yield
    followups.uninstall()
    monkeypatch.undo()
    _time.tzset()


@pytest.fixture
def anna(session, me):
    return add_customer(
        session, CustomerData("Anna Müller", consent="yes"), me.id, NOW - timedelta(days=400)
    )


def promise_to(session, me, customer, what, due, due_time=None, owner=None, now=NOW):
    data = InteractionData(
        customer_id=customer.id,
        occurred_at=now,
        channel="phone",
        kind="support",  # no thank-you to get in the way of the counts
        summary="Asked about a refund",
        promise=PromiseData(what, due, due_time, owner_id=owner.id if owner else None),
    )
    interaction = log_interaction(session, data, me.id, now)
    return session.scalar(select(Promise).where(Promise.interaction_id == interaction.id))


def reminder(session, promise, which="soon"):
    return session.scalar(
        select(FollowUp).where(FollowUp.rule_key == f"promise:{promise.id}:{which}")
    )


def everywhere(session, promise, now):
    """What each place says about the promise at ``now``: the Promises view (its
    state), Today (its card and the board's overdue count), the tray count, and
    ``cxlogger due``'s JSON."""
    session.commit()
    due = followups.due(session, now)
    mine = [f for f in due if f.promise_id == promise.id]
    board = followups.due_board(session, now, HOURS)
    return {
        "promises_view": promises.due_state(session.get(Promise, promise.id), now),
        "today_overdue": [followups.is_overdue(f, now, HOURS) for f in mine],
        "today_text": [followups.due_line(f, now, HOURS) for f in mine],
        "board_overdue": board.overdue,
        "tray": followups.count_due(session, now),
        "cli": [followups.describe(f, now, HOURS)["overdue"] for f in mine],
    }


# --------------------------------------------------------------------------- the Seen defects


def test_seen_refund_by_friday_is_reminded_thursday_in_working_hours_not_at_midnight(
    session, me, anna
):
    """Seen: "refund by Friday" (date only) was reminded Thursday 23:59, in quiet hours."""
    refund = promise_to(session, me, anna, "Refund the second charge", date(2026, 3, 13))
    assert refund.due_at == at(13, 17)  # Friday, close of business
    soon = reminder(session, refund)
    assert soon.due_at == at(12, 9)  # Thursday at opening, the working day before
    assert HOURS.is_working_time(soon.due_at) and HOURS.may_notify(soon.due_at)
    assert followups.to_notify(session, at(12, 8, 59)) == []
    assert [f.id for f in followups.to_notify(session, at(12, 9))] == [soon.id]


def test_seen_friday_morning_it_is_due_today_not_overdue_and_everyone_agrees(session, me, anna):
    """Seen: on Friday morning Today said "Overdue — due yesterday 23:59" while
    Promises said "Open"."""
    refund = promise_to(session, me, anna, "Refund the second charge", date(2026, 3, 13))
    friday_morning = at(13, 8, 30)
    followups.refresh(session, friday_morning)
    assert everywhere(session, refund, friday_morning) == {
        "promises_view": "open",
        "today_overdue": [False],
        "today_text": ["due today, end of day"],
        "board_overdue": 0,
        "tray": 1,
        "cli": [False],
    }
    # one second before closing it is still not overdue; one second after it is,
    # everywhere at once, even before the rules have run again
    assert everywhere(session, refund, at(13, 17))["promises_view"] == "open"
    late = at(13, 17, 0, 1)
    assert everywhere(session, refund, late) == {
        "promises_view": "overdue",
        "today_overdue": [True],
        "today_text": ["overdue since 17:00"],
        "board_overdue": 1,
        "tray": 1,
        "cli": [True],
    }
    followups.refresh(session, late)  # the "coming up" reminder gives way to "overdue"
    assert reminder(session, refund).status == "obsolete"
    assert reminder(session, refund, "overdue").status == "pending"
    assert everywhere(session, refund, late)["today_overdue"] == [True]
    monday = at(16, 9)
    assert everywhere(session, refund, monday)["today_text"] == ["overdue since Friday"]


def test_seen_a_promise_handed_to_a_colleague_for_tomorrow_reaches_them_at_once(session, me, anna):
    """Seen: a promise handed to a colleague for tomorrow reached their Today only
    after it was overdue."""
    sam = add_staff(session, "Sam Front Desk", NOW)
    call = promise_to(session, me, anna, "Call back with the price", date(2026, 3, 12), owner=sam)
    sams = followups.due(session, NOW, owner_id=sam.id)
    assert [f.promise_id for f in sams] == [call.id]
    assert followups.due(session, NOW, owner_id=me.id) == []
    assert not followups.is_overdue(sams[0], NOW, HOURS)
    assert followups.due_line(sams[0], NOW, HOURS) == "due tomorrow, end of day"
    thursday = at(12, 9)
    followups.refresh(session, thursday)
    session.commit()
    (card,) = followups.due(session, thursday, owner_id=sam.id)
    assert not followups.is_overdue(card, thursday, HOURS)
    assert followups.due_line(card, thursday, HOURS) == "due today, end of day"


def test_seen_coming_this_week_never_relabels_a_promise_from_overdue_to_due(session, me, anna):
    """Seen: "coming this week" relabelled the same promise from "overdue" to "due" a
    minute later. Minute by minute through its life, a promise's reminder is overdue
    only from its due moment on, and its text only ever moves forward."""
    parts = promise_to(session, me, anna, "Order the spare parts", date(2026, 3, 16))  # Monday
    soon = reminder(session, parts)
    assert soon.due_at == at(13, 9)  # Friday: the working day before Monday
    seen = []
    moment = NOW
    while moment < at(17, 9):
        followups.refresh(session, moment)
        session.commit()
        listed = followups.due(session, moment) + followups.upcoming(session, moment)
        (item,) = [f for f in listed if f.promise_id == parts.id]
        overdue = followups.is_overdue(item, moment, HOURS)
        assert overdue == (moment > parts.due_at) == promises.is_overdue(parts, moment)
        seen.append((overdue, followups.due_line(item, moment, HOURS)))
        moment += timedelta(minutes=17)
    states = [overdue for overdue, _ in seen]
    assert states == sorted(states)  # never overdue, then due again
    texts = list(dict.fromkeys(text for _, text in seen))
    assert texts[0] == "due Monday 16 Mar, end of day"
    assert "due today, end of day" in texts and "overdue since 17:00" in texts


# --------------------------------------------------------------------------- reminder timing


@pytest.mark.parametrize(
    "due, lead_days, lead_hours, expected",
    [
        (at(13, 17), 1, None, at(12, 9)),  # Friday close -> Thursday opening
        (at(16, 17), 1, None, at(13, 9)),  # Monday -> Friday, not the weekend
        (at(14, 17), 1, None, at(13, 9)),  # due on a closed Saturday -> Friday
        (at(15, 17), 1, None, at(13, 9)),  # Sunday -> Friday
        (at(13, 8, 30), 1, None, at(12, 9)),  # before opening: still the day before
        (at(13, 17), 2, None, at(11, 9)),
        (at(13, 17), 0, None, at(13, 9)),  # lead 0: the morning of the day
        (at(13, 8, 30), 0, None, at(12, 9)),  # ... unless due before opening
        (at(13, 15), None, 24, at(12, 15)),  # in working hours: exactly 24 h before
        (at(13, 17), None, 24, at(12, 9)),  # Thursday 17:00 is closed: that morning
        (at(16, 10), None, 24, at(13, 9)),  # Sunday 10:00 is closed: Friday
        (at(13, 10), None, 2, at(12, 9)),  # Friday 08:00, before opening: Thursday
        (at(13, 12), None, 2, at(13, 10)),
    ],
)
def test_the_coming_up_reminder_lands_in_working_hours(due, lead_days, lead_hours, expected):
    assert HOURS.reminder_before(due, lead_days, lead_hours) == expected
    assert HOURS.is_working_time(expected) and HOURS.may_notify(expected)


def test_reminders_never_fall_in_quiet_hours_or_on_closed_days_whatever_the_due_time():
    rng = random.Random(8)
    shop = BusinessHours(
        working_days=frozenset({1, 2, 3, 4, 5}),  # Tuesday to Saturday
        morning=time(8, 0),
        close=time(18, 30),
        quiet_start=time(19, 0),
        quiet_end=time(8, 30),  # overlaps the opening: reminders wait until 08:30
        tz=UTC,
    )
    for _ in range(2000):
        due = at(1, 0) + timedelta(minutes=rng.randrange(60 * 24 * 28))
        days = rng.choice([None, 0, 1, 2, 5])
        hours = rng.randrange(0, 100) if days is None else None
        moment = shop.reminder_before(due, days, hours)
        assert moment <= due
        assert shop.is_working_time(moment) and shop.may_notify(moment), (due, days, hours)


def test_the_lead_is_a_setting_in_working_days_or_hours(session, me, anna):
    from cxlogger.core.records import settings

    settings.update(session, {"promise_lead_days": 2})
    first = promise_to(session, me, anna, "Deliver the sofa", date(2026, 3, 17))  # Tuesday
    assert reminder(session, first).due_at == at(13, 9)  # two working days before: Friday
    settings.update(session, {"promise_lead_unit": "hours", "promise_lead_hours": 4})
    second = promise_to(
        session, me, anna, "Call the courier", date(2026, 3, 17), due_time=time(15, 0)
    )
    assert reminder(session, second).due_at == at(17, 11)


def test_a_promise_for_today_or_tomorrow_reminds_at_once(session, me, anna):
    today = promise_to(session, me, anna, "Ring back", date(2026, 3, 11), time(16, 0))
    tomorrow = promise_to(session, me, anna, "Post the form", date(2026, 3, 12))
    friday = promise_to(session, me, anna, "Refund", date(2026, 3, 13))
    assert reminder(session, today).due_at == NOW
    assert reminder(session, tomorrow).due_at == NOW
    assert reminder(session, friday).due_at == at(12, 9)


def test_made_on_a_closed_day_for_the_next_it_shows_at_once_but_notifies_when_open(
    session, me, anna
):
    saturday = at(14, 11)
    monday = promise_to(session, me, anna, "Measure up", date(2026, 3, 15), now=saturday)
    soon = reminder(session, monday)
    assert soon.due_at == saturday
    assert soon in followups.due(session, saturday)
    assert followups.to_notify(session, saturday) == []  # closed: no notification
    assert followups.to_notify(session, at(15, 12)) == []  # Sunday either
    assert [f.id for f in followups.to_notify(session, at(16, 8))] == [soon.id]


def test_a_promise_for_today_made_after_closing_is_due_by_the_end_of_the_day(session, me, anna):
    evening = at(11, 18, 30)
    tonight = promise_to(session, me, anna, "Email the invoice", date(2026, 3, 11), now=evening)
    assert tonight.due_at == at(11, 23, 59)  # not overdue the moment it is made
    assert not promises.is_overdue(tonight, evening)
    assert promises.due_state(tonight, at(12, 0, 0)) == "overdue"
    morning = promise_to(session, me, anna, "Email the quote", date(2026, 3, 12), now=evening)
    assert morning.due_at == at(12, 17)  # another day: closing time as always


def test_a_promise_made_friday_for_monday_reminds_at_once(session, me, anna):
    friday = at(13, 10)
    monday = promise_to(session, me, anna, "Measure up", date(2026, 3, 16), now=friday)
    assert reminder(session, monday).due_at == friday  # its reminder (Friday 09:00) has passed


def test_cli_due_says_the_same_as_today(session, me, anna, paths):
    refund = promise_to(session, me, anna, "Refund the second charge", date(2026, 3, 13))
    session.close()
    args = cli.build_parser().parse_args(["--data-dir", str(paths.data_dir), "due", "--json"])
    out = io.StringIO()
    cli.COMMANDS["due"](args, paths, now=at(13, 8, 30), out=out)
    payload = json.loads(out.getvalue())
    (item,) = [d for d in payload["due"] if d["rule"] == "promise_soon"]
    assert (item["overdue"], item["due_text"]) == (False, "due today, end of day")
    assert item["promise_due_at"] == refund.due_at.isoformat()
    args = cli.build_parser().parse_args(["--data-dir", str(paths.data_dir), "due"])
    out = io.StringIO()
    cli.COMMANDS["due"](args, paths, now=at(13, 17, 1), out=out)
    assert "overdue since 17:00" in out.getvalue()


# --------------------------------------------------------------------------- due texts


WEDNESDAY = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "moment, has_time, now, expected",
    [
        (
            datetime(2026, 12, 4, 17, 0, tzinfo=UTC),
            False,
            WEDNESDAY,
            "due Friday 4 Dec, end of day",
        ),
        (datetime(2026, 12, 2, 15, 0, tzinfo=UTC), True, WEDNESDAY, "due today 15:00"),
        (datetime(2026, 12, 2, 17, 0, tzinfo=UTC), False, WEDNESDAY, "due today, end of day"),
        (datetime(2026, 12, 3, 9, 30, tzinfo=UTC), True, WEDNESDAY, "due tomorrow 09:30"),
        (datetime(2026, 12, 7, 11, 0, tzinfo=UTC), True, WEDNESDAY, "due Monday 7 Dec 11:00"),
        (
            datetime(2027, 1, 8, 17, 0, tzinfo=UTC),
            False,
            WEDNESDAY,
            "due Friday 8 Jan 2027, end of day",
        ),
        (datetime(2026, 11, 27, 17, 0, tzinfo=UTC), False, WEDNESDAY, "overdue since Friday"),
        (datetime(2026, 12, 1, 17, 0, tzinfo=UTC), False, WEDNESDAY, "overdue since yesterday"),
        (datetime(2026, 12, 2, 9, 15, tzinfo=UTC), True, WEDNESDAY, "overdue since 09:15"),
        (datetime(2026, 11, 20, 17, 0, tzinfo=UTC), False, WEDNESDAY, "overdue since 20 Nov"),
        (datetime(2025, 11, 20, 17, 0, tzinfo=UTC), False, WEDNESDAY, "overdue since 20 Nov 2025"),
    ],
)
def test_due_texts_read_naturally_in_one_style(moment, has_time, now, expected):
    assert DueText(now, HOURS).due(moment, has_time) == expected

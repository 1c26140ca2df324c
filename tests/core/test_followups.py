"""Reminder rules with a fixed clock (NOW = Wednesday 2026-03-11 10:00 UTC)."""

import time as _time
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import FollowUp, Promise
from cxlogger.core.records import feedback as feedback_mod
from cxlogger.core.records import promises, settings
from cxlogger.core.records.customers import CustomerData, add_customer, timeline, update_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.reminders import followups
from cxlogger.core.reminders.schedule import BusinessHours
from tests.conftest import NOW

UTC = timezone.utc
HOURS = BusinessHours(tz=UTC)


@pytest.fixture(autouse=True)
def utc_local_time(monkeypatch):
    """Local time = UTC, so 'the morning' is 09:00 UTC whatever machine runs this."""
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
    return add_customer(
        session,
        CustomerData("Anna Müller", email="anna@example.com", consent="yes"),
        me.id,
        NOW - timedelta(days=400),
    )


def log(session, me, customer, kind="purchase", when=NOW, now=NOW, **extra):
    data = InteractionData(
        customer_id=customer.id if customer else None,
        occurred_at=when,
        channel="in_person",
        kind=kind,
        summary=extra.pop("summary", f"A {kind}"),
        **extra,
    )
    return log_interaction(session, data, me.id, now)


def keys(session, status="pending"):
    return sorted(session.scalars(select(FollowUp.rule_key).where(FollowUp.status == status)))


def get(session, key):
    return session.scalar(select(FollowUp).where(FollowUp.rule_key == key))


def test_purchase_creates_thank_due_now_and_feedback_in_seven_days(session, me, anna):
    old = log(
        session,
        me,
        anna,
        kind="inquiry",
        when=NOW - timedelta(days=200),
        now=NOW - timedelta(days=200),
    )
    followups.dismiss(session, get(session, f"thank:{old.id}").id, me.id, NOW)  # first visit
    i = log(session, me, anna, summary="Bought the anniversary cake")
    assert keys(session) == [f"feedback:{i.id}", f"thank:{i.id}"]
    thank = get(session, f"thank:{i.id}")
    assert "first visit" not in thank.title  # one thank-you, for the purchase only
    assert thank.kind == "thank" and thank.owner_id == me.id
    assert thank.due_at == NOW
    assert "purchase" in thank.title and "anniversary cake" in thank.title
    ask = get(session, f"feedback:{i.id}")
    assert ask.due_at == datetime(2026, 3, 18, 9, 0, tzinfo=UTC)  # Wednesday + 7, morning
    assert [f.rule_key for f in followups.due(session, NOW)] == [f"thank:{i.id}"]
    assert f"feedback:{i.id}" not in [f.rule_key for f in followups.upcoming(session, NOW, days=6)]
    assert [f.rule_key for f in followups.upcoming(session, NOW)] == [f"feedback:{i.id}"]


def test_first_visit_of_a_new_customer_is_thanked_next_working_day(session, me):
    data = InteractionData(
        customer_id=None,
        occurred_at=NOW,
        channel="phone",
        kind="inquiry",
        summary="Asked about opening hours",
        new_customer=CustomerData("Ben Neu"),
    )
    i = log_interaction(session, data, me.id, NOW)
    thank = get(session, f"thank:{i.id}")
    assert "first visit" in thank.title
    assert thank.due_at == datetime(2026, 3, 12, 9, 0, tzinfo=UTC)  # Thursday morning
    # a second inquiry is not a first visit
    again = log(session, me, i.customer, kind="inquiry")
    assert get(session, f"thank:{again.id}") is None


def test_thank_delays_follow_settings_and_skip_closed_days(session, me, anna):
    log(
        session,
        me,
        anna,
        kind="inquiry",
        when=NOW - timedelta(days=30),
        now=NOW - timedelta(days=30),
    )
    settings.update(session, {"thank_referral_days": 2})
    friday = datetime(2026, 3, 13, 15, 0, tzinfo=UTC)
    i = log(session, me, anna, kind="referral", when=friday, now=friday)
    # 2 working days after Friday: Monday, Tuesday -> Tuesday morning
    assert get(session, f"thank:{i.id}").due_at == datetime(2026, 3, 17, 9, 0, tzinfo=UTC)
    saturday = datetime(2026, 3, 14, 11, 0, tzinfo=UTC)
    j = log(session, me, anna, kind="purchase", when=saturday, now=saturday)
    # "same day" on a closed day means the next working morning
    assert get(session, f"thank:{j.id}").due_at == datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def test_switched_off_rule_creates_nothing_and_switching_off_retires_pending(session, me, anna):
    settings.update(session, {"thank_purchase_enabled": False, "thank_first_visit_enabled": False})
    i = log(session, me, anna)
    assert get(session, f"thank:{i.id}") is None
    settings.update(session, {"thank_purchase_enabled": True})
    followups.refresh(session, NOW)
    assert get(session, f"thank:{i.id}").status == "pending"
    settings.update(session, {"feedback_enabled": False})
    followups.refresh(session, NOW)
    assert get(session, f"feedback:{i.id}").status == "obsolete"


def test_resolved_complaint_thanks_and_asks_for_feedback(session, me, anna):
    i = log(session, me, anna, kind="complaint", summary="Delivery two days late", resolved=True)
    assert get(session, f"thank:{i.id}").due_at == datetime(2026, 3, 12, 9, tzinfo=UTC)
    assert get(session, f"feedback:{i.id}").due_at == datetime(2026, 3, 18, 9, tzinfo=UTC)


def test_complaint_without_promise_or_resolution_reminds_after_two_days(session, me, anna):
    i = log(session, me, anna, kind="complaint", summary="Invoice wrong")
    followups.refresh(session, NOW + timedelta(days=1))
    assert get(session, f"complaint:{i.id}:stalled") is None
    later = NOW + timedelta(days=2, minutes=1)
    followups.refresh(session, later)
    stalled = get(session, f"complaint:{i.id}:stalled")
    assert stalled.kind == "close_loop" and stalled.due_at == NOW + timedelta(days=2)
    assert stalled in followups.due(session, later)
    # resolving it retires the reminder and brings the thank-you and feedback request
    followups.mark_complaint_resolved(session, i.id, later)
    assert get(session, f"complaint:{i.id}:stalled").status == "obsolete"
    assert get(session, f"thank:{i.id}").status == "pending"


def test_complaint_with_a_promise_needs_no_check(session, me, anna):
    i = log(
        session,
        me,
        anna,
        kind="complaint",
        promise=PromiseData("Send the corrected invoice", date(2026, 3, 20)),
    )
    followups.refresh(session, NOW + timedelta(days=3))
    assert get(session, f"complaint:{i.id}:stalled") is None


def test_promise_reminds_ahead_then_overdue_and_closing_it_clears_them(session, me, anna):
    i = log(
        session,
        me,
        anna,
        kind="inquiry",
        promise=PromiseData("Call back with the date", date(2026, 3, 13)),
    )
    promise = session.scalar(select(Promise).where(Promise.interaction_id == i.id))
    soon = get(session, f"promise:{promise.id}:soon")
    assert soon.owner_id == me.id
    # due Friday at closing; reminded the working day before, at opening
    assert promise.due_at == datetime(2026, 3, 13, 17, 0, tzinfo=UTC)
    assert soon.due_at == datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
    assert soon not in followups.due(session, NOW)
    assert soon in followups.due(session, soon.due_at)
    after = promise.due_at + timedelta(minutes=1)
    followups.refresh(session, after)
    overdue = get(session, f"promise:{promise.id}:overdue")
    assert overdue.status == "pending" and overdue.due_at == promise.due_at
    assert get(session, f"promise:{promise.id}:soon").status == "obsolete"  # superseded
    assert followups.is_overdue(overdue, after, HOURS)
    promises.close_promise(session, promise.id, "kept", "Called her", after)
    followups.refresh(session, after)
    assert get(session, f"promise:{promise.id}:overdue").status == "obsolete"
    tell = get(session, f"promise:{promise.id}:tell")
    assert tell.status == "pending" and tell.kind == "close_loop"
    # done records when and how the customer was told
    followups.complete(session, tell.id, me.id, after, told_how="phone")
    session.refresh(promise)
    assert promise.customer_told_at == after and promise.customer_told_how == "phone"
    followups.refresh(session, after + timedelta(hours=1))
    assert get(session, f"promise:{promise.id}:tell").status == "done"


def test_promise_made_for_today_reminds_at_once(session, me, anna):
    i = log(
        session, me, anna, kind="inquiry", promise=PromiseData("Reserve a table", date(2026, 3, 11))
    )  # due 17:00 today
    promise = session.scalar(select(Promise).where(Promise.interaction_id == i.id))
    soon = get(session, f"promise:{promise.id}:soon")
    assert soon.due_at == NOW < promise.due_at
    assert soon in followups.due(session, NOW)


def test_kept_promise_already_told_needs_no_reminder(session, me, anna):
    p = promises.add_promise(
        session, anna.id, PromiseData("Refund fee", date(2026, 3, 12)), me.id, NOW
    )
    promises.close_promise(session, p.id, "kept", "Refunded", NOW)
    with session.begin():
        session.get(Promise, p.id).customer_told_at = NOW
    followups.refresh(session, NOW)
    assert get(session, f"promise:{p.id}:tell") is None


def test_snooze_hides_until_the_time_and_notifies_again(session, me, anna):
    i = log(session, me, anna)
    thank = get(session, f"thank:{i.id}")
    followups.mark_notified(session, [thank.id], NOW)
    followups.snooze(session, thank.id, NOW + timedelta(hours=1), NOW)
    assert thank not in followups.due(session, NOW + timedelta(minutes=59))
    assert thank in followups.upcoming(session, NOW)
    back = NOW + timedelta(hours=1)
    assert thank in followups.due(session, back)
    assert thank in followups.to_notify(session, back, tz=UTC)
    with pytest.raises(ValidationError):
        followups.snooze(session, thank.id, NOW - timedelta(hours=1), NOW)


def test_snooze_choices(now):
    labels = followups.snooze_choices(NOW, HOURS)
    assert [when for _, when in labels] == [
        NOW + timedelta(hours=1),
        datetime(2026, 3, 12, 9, tzinfo=UTC),
        datetime(2026, 3, 18, 9, tzinfo=UTC),
    ]
    assert labels[1][0].startswith("Tomorrow morning")
    friday = datetime(2026, 3, 13, 16, tzinfo=UTC)
    assert followups.snooze_choices(friday, HOURS)[1] == (
        "Next working morning (Mon), 09:00",
        datetime(2026, 3, 16, 9, tzinfo=UTC),
    )


def test_snooze_all(session, me, anna):
    a = log(session, me, anna)
    b = log(session, me, anna, kind="referral")
    assert followups.snooze_all(session, NOW + timedelta(hours=1), NOW) == 2
    assert followups.due(session, NOW) == []
    assert {f.interaction_id for f in followups.due(session, NOW + timedelta(hours=1))} == {
        a.id,
        b.id,
    }


def test_dismissed_and_done_are_never_shown_again(session, me, anna):
    i = log(session, me, anna)
    thank = get(session, f"thank:{i.id}")
    followups.dismiss(session, thank.id, me.id, NOW)
    ask = get(session, f"feedback:{i.id}")
    followups.complete(session, ask.id, me.id, NOW, note="Sent by email")
    for day in range(0, 30, 3):
        followups.refresh(session, NOW + timedelta(days=day))
        assert followups.due(session, NOW + timedelta(days=day)) == []
    # "never twice": the rule key is still there, nothing new was created for it
    assert len(session.scalars(select(FollowUp)).all()) == 2
    assert get(session, f"thank:{i.id}").status == "dismissed"
    with pytest.raises(ValidationError):
        followups.complete(session, thank.id, me.id, NOW)


def test_refresh_is_idempotent(session, me, anna):
    log(session, me, anna, kind="complaint")
    log(session, me, anna, promise=PromiseData("Deliver", date(2026, 3, 12)))
    later = NOW + timedelta(days=3)
    followups.refresh(session, later)
    count = len(session.scalars(select(FollowUp)).all())
    assert followups.refresh(session, later) == 0
    assert len(session.scalars(select(FollowUp)).all()) == count


def test_feedback_frequency_cap(session, me, anna):
    first = log(session, me, anna)
    second = log(session, me, anna, when=NOW + timedelta(days=1), now=NOW + timedelta(days=1))
    # one request at a time: the second purchase waits for the first request
    assert get(session, f"feedback:{first.id}").status == "pending"
    assert get(session, f"feedback:{second.id}") is None
    asked = NOW + timedelta(days=7)
    followups.complete(session, get(session, f"feedback:{first.id}").id, me.id, asked)
    followups.refresh(session, asked)
    assert get(session, f"feedback:{second.id}") is None  # asked within the last 90 days
    later = asked + timedelta(days=60)
    third = log(session, me, anna, when=later, now=later)
    assert get(session, f"feedback:{third.id}") is None
    much_later = asked + timedelta(days=91)
    fourth = log(session, me, anna, when=much_later, now=much_later)
    assert get(session, f"feedback:{fourth.id}").status == "pending"


def test_cap_counts_feedback_given(session, me, anna):
    i = log(session, me, anna, kind="inquiry")
    feedback_mod.record_feedback(
        session, feedback_mod.FeedbackData(anna.id, 5, interaction_id=i.id), me.id, NOW
    )
    j = log(session, me, anna)
    assert get(session, f"feedback:{j.id}") is None


def test_not_asked_gets_thanks_but_no_feedback_request(session, me, anna):
    update_customer(session, anna.id, CustomerData("Anna Müller", consent="not_asked"), NOW)
    i = log(session, me, anna)
    assert get(session, f"feedback:{i.id}") is None
    assert get(session, f"thank:{i.id}") is not None


def test_no_consent_means_no_message_at_all(session, me, anna):
    update_customer(session, anna.id, CustomerData("Anna Müller", consent="no"), NOW)
    i = log(session, me, anna)
    assert get(session, f"feedback:{i.id}") is None
    assert get(session, f"thank:{i.id}") is None


def test_consent_withdrawn_later_retires_the_request(session, me, anna):
    i = log(session, me, anna)
    ask = get(session, f"feedback:{i.id}")
    update_customer(session, anna.id, CustomerData("Anna Müller", consent="no"), NOW)
    due = NOW + timedelta(days=8)
    assert ask not in followups.due(session, due)  # hidden even before a refresh
    followups.refresh(session, due)
    assert get(session, f"feedback:{i.id}").status == "obsolete"


def test_low_rating_creates_close_the_loop_for_the_owner(session, me, anna):
    i = log(session, me, anna, summary="Cake was dry")
    fb = feedback_mod.record_feedback(
        session,
        feedback_mod.FeedbackData(anna.id, 2, comment="Dry and late", interaction_id=i.id),
        me.id,
        NOW,
    )
    low = get(session, f"low_rating:{fb.id}")
    assert low.kind == "close_loop" and low.owner_id == anna.owner_id == me.id
    assert "2/5" in low.title and "Dry and late" in low.title
    assert low in followups.due(session, NOW)
    ok = feedback_mod.record_feedback(
        session, feedback_mod.FeedbackData(anna.id, 9, scale="nps"), me.id, NOW
    )
    assert get(session, f"low_rating:{ok.id}") is None
    detractor = feedback_mod.record_feedback(
        session, feedback_mod.FeedbackData(anna.id, 6, scale="nps"), me.id, NOW
    )
    assert get(session, f"low_rating:{detractor.id}") is not None


def test_feedback_validation(session, me, anna):
    with pytest.raises(ValidationError) as err:
        feedback_mod.record_feedback(session, feedback_mod.FeedbackData(anna.id, 6), me.id, NOW)
    assert "1 to 5" in err.value.errors["rating"]
    with pytest.raises(ValidationError):
        feedback_mod.record_feedback(
            session, feedback_mod.FeedbackData(anna.id, 11, scale="nps"), me.id, NOW
        )


def test_feedback_with_action_reports_back_until_told(session, me, anna):
    fb = feedback_mod.record_feedback(
        session, feedback_mod.FeedbackData(anna.id, 4, comment="Open on Saturdays?"), me.id, NOW
    )
    assert get(session, f"report_back:{fb.id}") is None
    feedback_mod.set_action(session, fb.id, "We now open Saturdays 9–13.", NOW)
    back = get(session, f"report_back:{fb.id}")
    assert back.kind == "report_back" and back in followups.due(session, NOW)
    followups.complete(session, back.id, me.id, NOW, note="Sent by email")
    session.refresh(fb)
    assert fb.customer_told_at == NOW


def test_notifications_wait_for_working_hours(session, me, anna):
    evening = datetime(2026, 3, 11, 21, 0, tzinfo=UTC)
    i = log(session, me, anna, when=evening, now=evening)
    thank = get(session, f"thank:{i.id}")
    assert thank in followups.due(session, evening)
    assert followups.to_notify(session, evening, tz=UTC) == []  # quiet hours
    assert followups.to_notify(session, datetime(2026, 3, 12, 7, 59, tzinfo=UTC), tz=UTC) == []
    morning = datetime(2026, 3, 12, 8, 0, tzinfo=UTC)
    assert followups.to_notify(session, morning, tz=UTC) == [thank]
    followups.mark_notified(session, [thank.id], morning)
    assert followups.to_notify(session, morning + timedelta(hours=1), tz=UTC) == []


def test_no_notifications_on_closed_days(session, me, anna):
    saturday = datetime(2026, 3, 14, 11, 0, tzinfo=UTC)
    i = log(session, me, anna, when=saturday - timedelta(days=3), now=saturday - timedelta(days=3))
    assert followups.to_notify(session, saturday, tz=UTC) == []
    settings.update(session, {"working_days": [0, 1, 2, 3, 4, 5]})
    assert [f.interaction_id for f in followups.to_notify(session, saturday, tz=UTC)] == [i.id]


def test_quiet_hours_and_working_days():
    hours = BusinessHours.from_settings(
        {"quiet_start": "20:00", "quiet_end": "08:00", "working_days": [0, 1, 2, 3, 4, 5]}, UTC
    )
    assert hours.is_quiet(datetime(2026, 3, 11, 20, 0, tzinfo=UTC))
    assert hours.is_quiet(datetime(2026, 3, 11, 2, 0, tzinfo=UTC))
    assert not hours.is_quiet(datetime(2026, 3, 11, 8, 0, tzinfo=UTC))
    assert not hours.is_quiet(datetime(2026, 3, 11, 19, 59, tzinfo=UTC))
    day = BusinessHours.from_settings({"quiet_start": "12:00", "quiet_end": "13:00"}, UTC)
    assert day.is_quiet(datetime(2026, 3, 11, 12, 30, tzinfo=UTC))
    assert not day.is_quiet(datetime(2026, 3, 11, 13, 0, tzinfo=UTC))
    assert hours.may_notify(datetime(2026, 3, 14, 10, tzinfo=UTC))  # Saturday open
    assert not hours.may_notify(datetime(2026, 3, 15, 10, tzinfo=UTC))  # Sunday closed
    assert hours.next_working_day(date(2026, 3, 14)) == date(2026, 3, 16)
    assert hours.add_working_days(date(2026, 3, 15), 0) == date(2026, 3, 16)
    # unreadable times fall back to the defaults instead of failing
    assert BusinessHours.from_settings({"quiet_start": "late"}, UTC).quiet_start.hour == 20


def test_timeline_shows_done_follow_ups_and_feedback(session, me, anna):
    i = log(session, me, anna)
    thank = get(session, f"thank:{i.id}")
    later = NOW + timedelta(hours=2)
    followups.complete(session, thank.id, me.id, later, note="Thank-you sent by email")
    feedback_mod.record_feedback(
        session, feedback_mod.FeedbackData(anna.id, 5, comment="Lovely"), me.id, later
    )
    entries = timeline(session, anna.id)
    types = [e.type for e in entries]
    assert "followup" in types and "feedback" in types
    done = next(e for e in entries if e.type == "followup")
    assert done.when == later and done.item.done_note == "Thank-you sent by email"


def test_compose_fills_the_template(session, me, anna):
    settings.update(session, {"business_name": "Bäckerei Sonne"})
    i = log(
        session,
        me,
        anna,
        summary="Bought the anniversary cake",
        customer_text="the anniversary cake",
    )
    message = followups.compose(session, get(session, f"thank:{i.id}"), me.id)
    assert message.to == "anna@example.com"
    assert message.body.startswith("Hello Anna,")
    assert "happy with the anniversary cake." in message.body
    assert "Bought" not in message.body  # the summary is internal
    assert message.body.endswith("Bäckerei Sonne")
    assert "Alex Owner" in message.body
    assert message.mailto().startswith("mailto:anna@example.com?subject=Thank%20you&body=")
    stalled = log(session, me, anna, kind="complaint")
    followups.refresh(session, NOW + timedelta(days=3))
    assert (
        followups.compose(session, get(session, f"complaint:{stalled.id}:stalled"), me.id) is None
    )


def test_describe_for_json(session, me, anna):
    i = log(session, me, anna)
    item = followups.describe(get(session, f"thank:{i.id}"), NOW, HOURS)
    assert item["customer"] == "Anna Müller" and item["kind"] == "thank"
    assert item["rule"] == "thank" and item["overdue"] is False
    assert (
        followups.describe(get(session, f"thank:{i.id}"), NOW + timedelta(days=1), HOURS)["overdue"]
        is True
    )

"""Mistakes can be corrected: history of every edit, Undo of each action, merge, duplicates."""

import json
import time as _time
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from cxlogger.core.models import ChangeLog, Customer, Feedback, FollowUp, Interaction, Promise
from cxlogger.core.records import history, records, undo
from cxlogger.core.records import staff as staff_mod
from cxlogger.core.records.customers import CustomerData, add_customer, update_customer
from cxlogger.core.records.duplicates import find_duplicates
from cxlogger.core.records.feedback import FeedbackData, record_feedback
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.merge import merge_customers, plan_merge
from cxlogger.core.records.promises import PromiseData, close_promise
from cxlogger.core.reminders import followups
from tests.conftest import NOW


@pytest.fixture(autouse=True)
def utc_and_rules(monkeypatch):
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
        session,
        CustomerData("Anna Müller", email="anna@example.com", phone="+49 30 1234567"),
        me.id,
        NOW - timedelta(days=400),
    )


def log(session, me, customer_id, **kw):
    values = dict(
        customer_id=customer_id,
        occurred_at=NOW - timedelta(minutes=10),
        channel="phone",
        kind="purchase",
        summary="Bought a road bike",
    )
    values.update(kw)
    return log_interaction(session, InteractionData(**values), me.id, NOW)


def state(db):
    """Everything a user could see, as plain values, to compare before and after
    (not the row versions: an undo is a change of its own, so they go up)."""
    with db.session() as s:
        out = {}
        for model in (Customer, Interaction, Promise, Feedback, FollowUp):
            out[model.__tablename__] = {
                obj.id: {k: v for k, v in history.snapshot(obj).items() if k != "version"}
                for obj in s.scalars(select(model))
            }
        return out


def last_undo(session, me):
    return undo.undo_last(session, me.id, NOW + timedelta(minutes=1))


# --------------------------------------------------------------------------- history


def test_each_edit_is_in_the_records_history_with_who_when_old_and_new(db, session, me, anna):
    item = log(session, me, anna.id)
    sam = staff_mod.add_staff(session, "Sam Desk", NOW)
    records.update_record(
        session, "interaction", item.id, {"summary": "Bought a gravel bike"}, me.id, NOW
    )
    later = NOW + timedelta(hours=1)
    records.update_record(
        session, "interaction", item.id, {"details": "Frame 56", "channel": "email"}, sam.id, later
    )
    with db.session() as s:
        entries = history.record_history(s, "interaction", item.id)
    assert [(e.action, e.staff_name) for e in entries] == [
        ("log", "Alex Owner"),
        ("edit", "Alex Owner"),
        ("edit", "Sam Desk"),
    ]
    first, second = entries[1], entries[2]
    assert [(c.key, c.old, c.new) for c in first.changes] == [
        ("summary", "Bought a road bike", "Bought a gravel bike")
    ]
    assert first.at == NOW and second.at == later
    assert {(c.key, c.old, c.new) for c in second.changes} == {
        ("channel", "phone", "email"),
        ("details", "", "Frame 56"),
    }
    assert entries[0].summary == f"Logged interaction INT-{item.id:06d}"


def test_promise_and_feedback_edits_are_recorded_too(db, session, me, anna):
    item = log(session, me, anna.id, promise=PromiseData("Call back", date(2026, 3, 13)))
    with db.session() as s:
        promise_id = s.scalar(select(Promise.id))
    records.update_record(
        session, "promise", promise_id, {"description": "Call back Friday"}, me.id, NOW
    )
    fb = record_feedback(session, FeedbackData(anna.id, 4, interaction_id=item.id), me.id, NOW)
    records.update_record(session, "feedback", fb.id, {"rating": 2, "comment": "Slow"}, me.id, NOW)
    with db.session() as s:
        promise_changes = history.record_history(s, "promise", promise_id)[-1].changes
        feedback_changes = history.record_history(s, "feedback", fb.id)[-1].changes
        low = s.scalar(select(FollowUp).where(FollowUp.rule_key == f"low_rating:{fb.id}"))
    assert [(c.key, c.old, c.new) for c in promise_changes] == [
        ("description", "Call back", "Call back Friday")
    ]
    assert {(c.key, c.old, c.new) for c in feedback_changes} == {
        ("rating", 4, 2),
        ("comment", "", "Slow"),
    }
    assert low is not None and low.status == "pending"  # the rules follow the edit


def test_an_edit_is_refused_when_someone_changed_the_record_meanwhile(db, session, me, anna):
    item = log(session, me, anna.id)
    with db.session() as s:
        shown = records.open_record(s, "interaction", item.id).values
    records.update_record(session, "interaction", item.id, {"summary": "Theirs"}, me.id, NOW)
    with pytest.raises(records.RecordChanged, match="changed this interaction"):
        records.update_record(
            session, "interaction", item.id, {"summary": "Mine"}, me.id, NOW, expected=shown
        )
    with db.session() as s:
        assert s.get(Interaction, item.id).summary == "Theirs"


def test_an_invalid_edit_saves_nothing_and_says_why(db, session, me, anna):
    item = log(session, me, anna.id)
    with pytest.raises(records.ValidationError) as caught:
        records.update_record(session, "interaction", item.id, {"summary": "  "}, me.id, NOW)
    assert caught.value.errors["summary"] == "Write a short summary of what happened."
    with db.session() as s:
        assert (
            s.scalar(select(func.count()).select_from(ChangeLog).where(ChangeLog.action == "edit"))
            == 0
        )


# --------------------------------------------------------------------------- undo, per action


def test_undo_log_removes_the_interaction_its_promise_new_customer_and_follow_ups(db, session, me):
    before = state(db)
    log(
        session,
        me,
        None,
        new_customer=CustomerData("Ben Smith"),
        promise=PromiseData("Call back", date(2026, 3, 13)),
    )
    assert state(db) != before
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(FollowUp)) >= 2  # thank + promise
    assert last_undo(session, me).startswith("Logged interaction INT-")
    assert state(db) == before


def test_undo_edit_puts_the_old_values_back(db, session, me, anna):
    item = log(session, me, anna.id)
    before = state(db)
    records.update_record(
        session, "interaction", item.id, {"kind": "complaint", "sentiment": "negative"}, me.id, NOW
    )
    assert state(db) != before
    last_undo(session, me)
    assert state(db) == before


def test_undo_delete_brings_back_the_record_its_follow_ups_and_links(db, session, me, anna):
    item = log(session, me, anna.id, promise=PromiseData("Call back", date(2026, 3, 13)))
    record_feedback(session, FeedbackData(anna.id, 5, interaction_id=item.id), me.id, NOW)
    before = state(db)
    summary = records.delete_record(session, "interaction", item.id, me.id, NOW)
    assert summary == f"Deleted interaction INT-{item.id:06d}"
    with db.session() as s:
        assert s.get(Interaction, item.id) is None
        assert s.scalar(select(Promise.interaction_id)) is None
    assert last_undo(session, me) == summary
    assert state(db) == before


@pytest.mark.parametrize("entity", ["promise", "feedback"])
def test_undo_delete_of_a_promise_or_feedback(db, session, me, anna, entity):
    item = log(session, me, anna.id, promise=PromiseData("Call back", date(2026, 3, 13)))
    record_feedback(session, FeedbackData(anna.id, 1, interaction_id=item.id), me.id, NOW)
    before = state(db)
    model = Promise if entity == "promise" else Feedback
    with db.session() as s:
        ident = s.scalar(select(model.id))
    records.delete_record(session, entity, ident, me.id, NOW)
    assert state(db) != before
    last_undo(session, me)
    assert state(db) == before


def test_undo_done_and_dismiss_make_the_follow_up_pending_again(db, session, me, anna):
    item = log(session, me, anna.id, promise=PromiseData("Call back", date(2026, 3, 13)))
    with db.session() as s:
        thank = s.scalar(select(FollowUp.id).where(FollowUp.rule_key == f"thank:{item.id}"))
        soon = s.scalar(select(FollowUp.id).where(FollowUp.rule_key.like("promise:%:soon")))
    before = state(db)
    followups.complete(session, thank, me.id, NOW, "Sent a card")
    assert last_undo(session, me).startswith("Done: ")
    assert state(db) == before
    followups.dismiss(session, soon, me.id, NOW)
    assert last_undo(session, me).startswith("Dismissed: ")
    assert state(db) == before


def test_undo_promise_kept(db, session, me, anna):
    log(session, me, anna.id, promise=PromiseData("Refund", date(2026, 3, 13)))
    with db.session() as s:
        promise_id = s.scalar(select(Promise.id))
    before = state(db)
    close_promise(session, promise_id, "kept", "Refunded", NOW, staff_id=me.id)
    last_undo(session, me)
    assert state(db) == before


def test_undo_is_refused_with_a_sentence_when_the_record_changed_since(db, session, me, anna):
    item = log(session, me, anna.id)
    records.update_record(session, "interaction", item.id, {"summary": "First fix"}, me.id, NOW)
    sam = staff_mod.add_staff(session, "Sam Desk", NOW)
    records.update_record(session, "interaction", item.id, {"summary": "Sam's fix"}, sam.id, NOW)
    with pytest.raises(undo.UndoRefused, match="has been changed since"):
        last_undo(session, me)
    with db.session() as s:
        assert s.get(Interaction, item.id).summary == "Sam's fix"


def test_undo_takes_this_persons_actions_newest_first_and_not_twice(db, session, me, anna):
    item = log(session, me, anna.id)
    with db.session() as s:
        since = undo.latest_change_id(s)
    records.update_record(session, "interaction", item.id, {"summary": "B"}, me.id, NOW)
    records.update_record(session, "interaction", item.id, {"summary": "C"}, me.id, NOW)
    undo.undo_last(session, me.id, NOW, since)
    undo.undo_last(session, me.id, NOW, since)
    with db.session() as s:
        assert s.get(Interaction, item.id).summary == "Bought a road bike"
    # the log itself came before this session: nothing more to undo here
    assert undo.undo_last(session, me.id, NOW, since) is None
    with db.session() as s:
        history_actions = [e.action for e in history.record_history(s, "interaction", item.id)]
    assert history_actions == ["log", "edit", "edit", "undo", "undo"]


def test_undo_of_a_log_is_refused_once_someone_logged_more_for_that_new_customer(db, session, me):
    first = log(session, me, None, new_customer=CustomerData("Ben Smith"))
    with db.session() as s:
        since = undo.latest_change_id(s)
    sam = staff_mod.add_staff(session, "Sam Desk", NOW)
    log(session, sam, first.customer_id, summary="Came back")
    with db.session() as s:
        group = s.scalar(select(ChangeLog.group_id).where(ChangeLog.action == "log").limit(1))
    with pytest.raises(undo.UndoRefused, match="was added to customer"):
        undo.undo(session, group, me.id, NOW)
    assert since >= 0


# --------------------------------------------------------------------------- merge


def test_merge_moves_everything_and_undo_restores_both(db, session, me, anna):
    twin = add_customer(
        session,
        CustomerData(
            "Anna Mueller",
            company="Bikes Ltd",
            tags=["vip"],
            notes="Prefers mornings",
            consent="yes",
        ),
        me.id,
        NOW - timedelta(days=500),
    )
    update_customer(
        session,
        anna.id,
        CustomerData(
            "Anna Müller",
            email="anna@example.com",
            phone="+49 30 1234567",
            tags=["regular"],
            notes="Road bikes",
        ),
        NOW,
        me.id,
    )
    item = log(session, me, twin.id, promise=PromiseData("Call back", date(2026, 3, 13)))
    record_feedback(session, FeedbackData(twin.id, 2, interaction_id=item.id), me.id, NOW)
    from cxlogger.core.records import heads_ups

    heads_ups.pin(session, twin.id, heads_ups.HeadsUpData("Call first"), me.id, NOW)
    before = state(db)
    with db.session() as s:
        plan = plan_merge(s, anna.id, twin.id)
    assert plan.counts == {
        "interactions": 1,
        "promises": 1,
        "feedback": 1,
        "followups": 4,
        "heads_ups": 1,
    }
    assert plan.result["company"] == "Bikes Ltd" and plan.source("company") == "drop"
    assert plan.source("name") == "keep"

    summary = merge_customers(session, anna.id, twin.id, me.id, NOW)
    assert summary.startswith("Merged Anna Mueller (CUS-")
    with db.session() as s:
        assert s.get(Customer, twin.id) is None
        kept = s.get(Customer, anna.id)
        assert (kept.name, kept.company, kept.tags) == ("Anna Müller", "Bikes Ltd", "regular, vip")
        assert kept.notes == "Road bikes\n\nPrefers mornings"
        for model in (Interaction, Promise, Feedback, FollowUp):
            owners = set(s.scalars(select(model.customer_id)))
            assert owners == {anna.id}, model
        merge_rows = s.scalars(select(ChangeLog).where(ChangeLog.action == "merge")).all()
        assert {r.customer_id for r in merge_rows} == {anna.id}
        dropped = next(r for r in merge_rows if r.op == "delete")
        assert json.loads(dropped.old)["company"] == "Bikes Ltd"

    assert last_undo(session, me) == summary
    assert state(db) == before


def test_merge_choices_and_consent(db, session, me, anna):
    twin = add_customer(
        session, CustomerData("Anna M.", email="a.m@example.com", consent="no"), me.id, NOW
    )
    with db.session() as s:
        plan = plan_merge(s, anna.id, twin.id, {"email": "drop"})
    assert plan.result["email"] == "a.m@example.com"
    assert plan.result["contact_consent"] == "no"  # a "no" is never lost in a merge
    with pytest.raises(undo.UserError):
        with db.session() as s:
            plan_merge(s, anna.id, anna.id)


# --------------------------------------------------------------------------- duplicates


def test_duplicates_by_email_phone_and_name(session, me, anna):
    def reasons(**kw):
        with session.no_autoflush:
            found = find_duplicates(session, CustomerData(kw.pop("name", "Someone Else"), **kw))
        session.commit()
        return [(m.customer_id, m.reasons) for m in found]

    assert reasons(email=" ANNA@example.com ") == [(anna.id, ["email"])]
    assert reasons(phone="+49 (30) 123 45 67") == [(anna.id, ["phone"])]
    assert reasons(name="anna  müller") == [(anna.id, ["name"])]
    assert reasons(name="Anna Müller", email="anna@example.com") == [(anna.id, ["email", "name"])]
    assert reasons(email="other@example.com", phone="112") == []
    found = find_duplicates(session, CustomerData("X", email="anna@example.com"))
    assert found[0].sentence == f"Anna Müller (CUS-{anna.id:06d}) has the same email."
    assert find_duplicates(session, CustomerData("Anna Müller"), exclude_id=anna.id) == []


def test_undo_stays_on_the_desk_that_did_it(db, paths, session, me, anna):
    """Two running apps on one database (two desks, same login): each undoes its own."""
    from cxlogger.core.storage.db import open_database

    item = log(session, me, anna.id)
    other_desk = open_database(paths)
    try:
        with other_desk.session() as s:
            records.update_record(s, "interaction", item.id, {"summary": "Other desk"}, me.id, NOW)
        with db.session() as s:
            assert undo.last_undoable(s, me.id).summary == f"Logged interaction INT-{item.id:06d}"
        with other_desk.session() as s:
            assert undo.last_undoable(s, me.id).summary == f"Edited interaction INT-{item.id:06d}"
        with other_desk.session() as s:
            undo.undo_last(s, me.id, NOW)
        with db.session() as s:
            assert s.get(Interaction, item.id).summary == "Bought a road bike"
    finally:
        other_desk.dispose()


def test_merge_keeps_a_recorded_answer_over_not_asked(db, session, me, anna):
    twin = add_customer(session, CustomerData("Anna M.", consent="yes"), me.id, NOW)
    with db.session() as s:
        assert plan_merge(s, anna.id, twin.id).result["contact_consent"] == "yes"

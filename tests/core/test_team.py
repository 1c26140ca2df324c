"""The team (issue 11): hand-offs and their owner history, leavers, PINs, preferences and
the daily digest, with a fixed clock and two staff (Alex and Bea) in one database."""

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from cxlogger.core.errors import UserError, ValidationError
from cxlogger.core.models import FollowUp, Handoff, Promise, StaffPin
from cxlogger.core.records import history, team, undo
from cxlogger.core.records import promises as promises_svc
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.reminders import followups
from tests.conftest import NOW
from tests.helpers import local_timezone

MONDAY = NOW - timedelta(days=2)  # NOW is Wednesday 2026-03-11 10:00 UTC
TOMORROW = date(2026, 3, 12)


@pytest.fixture(autouse=True)
def berlin_local_time():
    with local_timezone("Europe/Berlin"):
        yield


@pytest.fixture
def alex(me):
    return me


@pytest.fixture
def bea(session):
    return staff_svc.add_staff(session, "Bea Front", NOW - timedelta(days=30))


@pytest.fixture
def anna(session, alex):
    return add_customer(session, CustomerData("Anna Müller"), alex.id, NOW - timedelta(days=30))


def make_promise(session, staff, customer, due=TOMORROW, made=MONDAY, text="Collect the mixer"):
    promise = promises_svc.add_promise(
        session, customer.id, PromiseData(text, due, None), staff.id, made
    )
    followups.refresh(session, made)
    return promise


def reminders_of(session, promise_id):
    session.commit()
    return {
        f.rule_key.rsplit(":", 1)[1]: f
        for f in session.scalars(select(FollowUp).where(FollowUp.promise_id == promise_id))
    }


# --------------------------------------------------------------------------- hand-offs


def test_a_promise_due_tomorrow_handed_over_reminds_its_new_owner_today(session, alex, bea, anna):
    """The seed story: Alex's reminder came this morning and he dealt with it ("Bea will
    do it"); handed to Bea, it is due for her today, not only once it is overdue."""
    promise = make_promise(session, alex, anna)
    soon = reminders_of(session, promise.id)["soon"]
    assert soon.owner_id == alex.id and soon.due_at <= NOW
    followups.complete(session, soon.id, alex.id, NOW - timedelta(minutes=30), "Bea does it")
    assert followups.due(session, NOW, owner_id=bea.id) == []

    team.hand_off(session, "promise", promise.id, bea.id, "Mixer at Anna's, van Thu", alex.id, NOW)

    due_for_bea = followups.due(session, NOW, owner_id=bea.id)
    assert [f.promise_id for f in due_for_bea] == [promise.id]
    assert due_for_bea[0].notified_at is None  # her desktop will tell her
    assert followups.due(session, NOW, owner_id=alex.id) == []
    # the rules running again later keep it hers and due
    followups.refresh(session, NOW + timedelta(minutes=5))
    assert [f.promise_id for f in followups.due(session, NOW, owner_id=bea.id)] == [promise.id]


def test_a_promise_made_today_for_tomorrow_already_shown_to_alex_is_shown_to_bea(
    session, alex, bea, anna
):
    promise = make_promise(session, alex, anna, made=NOW - timedelta(hours=1))
    followups.take_notifications(session, NOW - timedelta(minutes=50))  # Alex was told
    assert reminders_of(session, promise.id)["soon"].notified_at is not None

    team.hand_off(session, "promise", promise.id, bea.id, "", alex.id, NOW)

    soon = reminders_of(session, promise.id)["soon"]
    assert (soon.owner_id, soon.notified_at, soon.status) == (bea.id, None, "pending")
    assert [f.id for f in followups.to_notify(session, NOW)] == [soon.id]


def test_a_promise_due_next_week_handed_over_reminds_its_new_owner_on_its_day(
    session, alex, bea, anna
):
    promise = make_promise(session, alex, anna, due=date(2026, 3, 18))
    team.hand_off(session, "promise", promise.id, bea.id, "", alex.id, NOW)
    soon = reminders_of(session, promise.id)["soon"]
    assert soon.owner_id == bea.id and soon.due_at > NOW + timedelta(days=5)
    assert followups.due(session, NOW, owner_id=bea.id) == []


def test_handed_to_you_until_taken_in(session, alex, bea, anna):
    promise = make_promise(session, alex, anna)
    team.hand_off(session, "promise", promise.id, bea.id, "  Van on Thursday ", alex.id, NOW)

    with session.begin():
        items = team.handed_to(session, bea.id)
        assert team.handed_to(session, alex.id) == []
    assert [(i.entity, i.entity_id, i.from_name, i.by_name, i.note) for i in items] == [
        ("promise", promise.id, "Alex Owner", "Alex Owner", "Van on Thursday")
    ]
    assert items[0].customer_name == "Anna Müller" and items[0].what == "Collect the mixer"

    first = team.take_announcements(session, bea.id, NOW)
    again = team.take_announcements(session, bea.id, NOW + timedelta(minutes=1))
    assert [i.handoff_id for i in first] == [items[0].handoff_id] and again == []

    team.acknowledge(session, items[0].handoff_id, bea.id, NOW + timedelta(minutes=2))
    with session.begin():
        assert team.handed_to(session, bea.id) == []
        assert session.get(Promise, promise.id).owner_id == bea.id  # still hers


def test_a_kept_promise_leaves_handed_to_you(session, alex, bea, anna):
    promise = make_promise(session, alex, anna)
    team.hand_off(session, "promise", promise.id, bea.id, "", alex.id, NOW)
    promises_svc.close_promise(session, promise.id, "kept", "Collected", NOW, staff_id=bea.id)
    with session.begin():
        assert team.handed_to(session, bea.id) == []
    assert team.take_announcements(session, bea.id, NOW) == []


def test_owner_history_is_kept_on_the_record_and_in_its_change_history(session, alex, bea, anna):
    carl = staff_svc.add_staff(session, "Carl Back", NOW)
    promise = make_promise(session, alex, anna)
    team.hand_off(session, "promise", promise.id, bea.id, "Van Thursday", alex.id, NOW)
    later = NOW + timedelta(hours=2)
    team.hand_off(session, "promise", promise.id, carl.id, "I'm off sick", bea.id, later)

    with session.begin():
        changes = team.owner_history(session, "promise", promise.id)
        entries = history.record_history(session, "promise", promise.id)
        on_timeline = team.customer_handoffs(session, anna.id)
    assert [(c.from_name, c.to_name, c.by_name, c.note, c.at) for c in changes] == [
        ("Alex Owner", "Bea Front", "Alex Owner", "Van Thursday", NOW),
        ("Bea Front", "Carl Back", "Bea Front", "I'm off sick", later),
    ]
    handoffs = [e for e in entries if e.action == "handoff"]
    assert [e.summary for e in handoffs] == [
        f"Handed promise PRM-{promise.id:06d} to Bea Front",
        f"Handed promise PRM-{promise.id:06d} to Carl Back",
    ]
    assert [(c.key, c.old, c.new) for c in handoffs[0].changes] == [("owner_id", alex.id, bea.id)]
    assert [(h.to_name, what) for _row, h, what in on_timeline] == [
        ("Carl Back", "Collect the mixer"),
        ("Bea Front", "Collect the mixer"),
    ]
    # Bea's hand-off to her was replaced by the one to Carl: not "handed to" her any more
    with session.begin():
        assert team.handed_to(session, bea.id) == []
        assert [i.note for i in team.handed_to(session, carl.id)] == ["I'm off sick"]


def test_undo_takes_a_hand_off_back(session, alex, bea, anna):
    promise = make_promise(session, alex, anna)
    team.hand_off(session, "promise", promise.id, bea.id, "", alex.id, NOW)
    assert undo.undo_last(session, alex.id, NOW + timedelta(minutes=1)).startswith("Handed")
    session.commit()
    assert session.get(Promise, promise.id).owner_id == alex.id
    assert session.scalars(select(Handoff)).all() == []
    assert reminders_of(session, promise.id)["soon"].owner_id == alex.id


def test_a_thank_you_handed_over_stays_with_its_new_owner(session, alex, bea, anna):
    followups.install()
    try:
        log_interaction(
            session,
            InteractionData(anna.id, NOW - timedelta(hours=1), "in_person", "purchase", "Mixer"),
            alex.id,
            NOW - timedelta(hours=1),
        )
    finally:
        followups.uninstall()
    followups.refresh(session, NOW)
    session.commit()
    thank = session.scalar(select(FollowUp).where(FollowUp.kind == "thank"))
    assert thank.owner_id == alex.id
    team.hand_off(session, "followup", thank.id, bea.id, "You served her", alex.id, NOW)
    followups.refresh(session, NOW + timedelta(minutes=1), full=True)
    session.commit()
    assert session.get(FollowUp, thank.id).owner_id == bea.id
    with session.begin():
        assert [i.entity_id for i in team.handed_to(session, bea.id)] == [thank.id]


def test_a_promise_reminder_is_handed_over_with_its_promise(session, alex, bea, anna):
    promise = make_promise(session, alex, anna)
    soon = reminders_of(session, promise.id)["soon"]
    team.hand_off(session, "followup", soon.id, bea.id, "", alex.id, NOW)
    session.commit()
    assert session.get(Promise, promise.id).owner_id == bea.id
    assert session.scalar(select(Handoff.promise_id)) == promise.id


def test_hand_off_refuses_what_cannot_be_handed(session, alex, bea, anna):
    promise = make_promise(session, alex, anna)
    with pytest.raises(ValidationError) as caught:
        team.hand_off(session, "promise", promise.id, alex.id, "", alex.id, NOW)
    assert caught.value.errors == {"to": "It is already Alex Owner's."}
    staff_svc.set_active(session, bea.id, False)
    with pytest.raises(ValidationError):
        team.hand_off(session, "promise", promise.id, bea.id, "", alex.id, NOW)
    promises_svc.close_promise(session, promise.id, "cancelled", "", NOW)
    staff_svc.set_active(session, bea.id, True)
    with pytest.raises(UserError, match="only open promises"):
        team.hand_off(session, "promise", promise.id, bea.id, "", alex.id, NOW)
    session.commit()
    assert session.scalars(select(Handoff)).all() == []


# --------------------------------------------------------------------------- leavers


def test_deactivating_a_leaver_lists_their_open_items_and_keeps_their_name(
    session, alex, bea, anna
):
    open_one = make_promise(session, bea, anna, text="Call back about the invoice")
    kept = make_promise(session, bea, anna, text="Send the manual")
    promises_svc.close_promise(session, kept.id, "kept", "Sent", NOW)
    make_promise(session, alex, anna, text="Alex's own")

    items = team.deactivate(session, bea.id, alex.id)

    assert [(i.entity, i.entity_id, i.what) for i in items] == [
        ("promise", open_one.id, "Call back about the invoice")
    ]
    with session.begin():
        assert [m.name for m in staff_svc.list_staff(session)] == ["Alex Owner"]
        assert [m.name for m in team.desk_members(session)] == ["Alex Owner"]
        assert session.get(Promise, kept.id).owner.name == "Bea Front"  # records keep it

    assert team.hand_over_all(session, bea.id, alex.id, "Bea left", alex.id, NOW) == 1
    with session.begin():
        assert team.open_items_of(session, bea.id) == []
        assert session.get(Promise, open_one.id).owner_id == alex.id


def test_you_cannot_deactivate_yourself_or_the_last_active_person(session, alex, bea):
    with pytest.raises(UserError, match="Switch to someone else"):
        team.deactivate(session, alex.id, alex.id)
    team.deactivate(session, bea.id, alex.id)
    staff_svc.set_active(session, bea.id, True)
    staff_svc.set_active(session, alex.id, False)
    with pytest.raises(UserError, match="someone has to stay active"):
        team.deactivate(session, bea.id, None)


# --------------------------------------------------------------------------- PINs


def test_a_pin_is_stored_only_as_a_slow_hash(db, session, alex, paths):
    team.set_pin(session, alex.id, "4711", NOW)
    session.commit()
    stored = session.get(StaffPin, alex.id).pin_hash
    assert stored.startswith("$argon2id$") and "4711" not in stored
    # nowhere in the database file, nor in the change log
    session.close()
    db.dispose()
    raw = paths.db_path.read_bytes()
    for extra in (paths.db_path.with_name(paths.db_path.name + "-wal"),):
        if extra.exists():
            raw += extra.read_bytes()
    # as a value of its own: not inside a longer run of digits (a timestamp's microseconds,
    # "…:39.124711", once made this fail by chance in CI)
    assert not re.search(rb"(?<![0-9])4711(?![0-9])", raw.replace(stored.encode(), b""))


def test_the_right_pin_lets_you_in_and_a_wrong_one_says_so(session, alex):
    guard = team.PinGuard()
    team.verify_pin(session, alex.id, "0000", NOW, guard)  # no PIN: nothing asked
    team.set_pin(session, alex.id, "4711", NOW)
    team.verify_pin(session, alex.id, "4711", NOW, guard)
    with pytest.raises(team.WrongPin, match="That PIN is not right"):
        team.verify_pin(session, alex.id, "1234", NOW, guard)


@pytest.mark.parametrize("pin", ["", "123", "12345", "abcd", "12 4"])
def test_a_pin_is_four_digits(session, alex, pin):
    with pytest.raises(ValidationError):
        team.set_pin(session, alex.id, pin, NOW)
    session.commit()
    assert session.get(StaffPin, alex.id) is None


def test_repeated_wrong_pins_have_to_wait(session, alex):
    guard = team.PinGuard()
    team.set_pin(session, alex.id, "4711", NOW)
    for _ in range(team.FREE_TRIES):
        with pytest.raises(team.WrongPin, match="not right"):
            team.verify_pin(session, alex.id, "0000", NOW, guard)
    # even the right PIN waits now
    with pytest.raises(team.WrongPin, match="Wait 4 seconds"):
        team.verify_pin(session, alex.id, "4711", NOW + timedelta(seconds=1), guard)
    team.verify_pin(session, alex.id, "4711", NOW + timedelta(seconds=6), guard)
    assert guard.wait_left(alex.id, NOW + timedelta(seconds=6)) == timedelta(0)


def test_switching_to_someone_checks_their_pin(session, alex, bea):
    team.set_pin(session, bea.id, "2580", NOW)
    with session.begin():
        assert [(m.name, m.has_pin) for m in team.desk_members(session)] == [
            ("Alex Owner", False),
            ("Bea Front", True),
        ]
    assert team.switch_to(session, alex.id, "", NOW) == "Alex Owner"
    assert team.switch_to(session, bea.id, "2580", NOW) == "Bea Front"
    with pytest.raises(team.WrongPin):
        team.switch_to(session, bea.id, "1111", NOW + timedelta(minutes=5))


# --------------------------------------------------------------------------- preferences


def test_only_mine_is_remembered_per_staff_member(session, alex, bea):
    team.put_pref(session, alex.id, "today_only_mine", True)
    with session.begin():
        assert team.get_pref(session, alex.id, "today_only_mine", False) is True
        assert team.get_pref(session, bea.id, "today_only_mine", False) is False


# --------------------------------------------------------------------------- digest


def test_the_digest_comes_once_a_day_with_what_was_handed_and_what_became_overdue(
    session, alex, bea, anna
):
    handed = make_promise(session, alex, anna, text="Collect the mixer")
    team.hand_off(session, "promise", handed.id, bea.id, "Van Thursday", alex.id, NOW)
    overdue = make_promise(session, bea, anna, due=date(2026, 3, 10), text="Refund the deposit")
    long_overdue = make_promise(session, bea, anna, due=date(2026, 3, 2), text="Old one")
    team.mark_digest_seen(session, bea.id, NOW - timedelta(days=1))  # she looked yesterday

    digest = team.take_digest(session, bea.id, NOW + timedelta(hours=1))

    assert [(i.entity_id, i.note, i.from_name) for i in digest.handed] == [
        (handed.id, "Van Thursday", "Alex Owner")
    ]
    assert [line.text for line in digest.overdue] == ["Refund the deposit"]
    assert long_overdue.id not in [i.entity_id for i in digest.handed]
    assert overdue.id
    # the second look the same day: no digest; the next day: one again
    assert team.take_digest(session, bea.id, NOW + timedelta(hours=2)) is None
    with session.begin():
        assert team.digest_due(session, bea.id, NOW + timedelta(days=1))


def test_an_empty_digest_is_not_shown(session, alex):
    assert team.take_digest(session, alex.id, NOW) is None
    with session.begin():
        assert not team.digest_due(session, alex.id, NOW)


def test_the_digest_lists_heads_ups_others_pinned_on_my_customers(session, alex, bea, anna):
    """Heads-ups Bea pinned on Alex's customer since he last looked; not his own."""
    from cxlogger.core.records import heads_ups

    team.mark_digest_seen(session, alex.id, NOW - timedelta(days=1))
    with session.begin():
        assert team.build_digest(session, alex.id, NOW).blocks == {}
    at = NOW - timedelta(hours=3)
    hold = heads_ups.HeadsUpData(text="Mixer returned, stop invoices", kind="hold")
    heads_ups.pin(session, anna.id, hold, bea.id, at)
    heads_ups.pin(session, anna.id, heads_ups.HeadsUpData(text="My own note"), alex.id, at)
    done = heads_ups.pin(session, anna.id, heads_ups.HeadsUpData(text="Call back"), bea.id, at)
    heads_ups.resolve(session, done.id, bea.id, at + timedelta(hours=1))  # not news any more
    with session.begin():
        blocks = team.build_digest(session, alex.id, NOW).blocks
    lines = blocks["Heads-ups on your customers"]
    assert [(x.customer_name, x.text, x.detail) for x in lines] == [
        ("Anna Müller", "Mixer returned, stop invoices", "Bea Front")
    ]


# --------------------------------------------------------------------------- command line


def test_cxlogger_handoff_hands_a_promise_over(db, session, alex, bea, anna, paths, capsys):
    from cxlogger.__main__ import main

    promise = make_promise(session, alex, anna)
    session.commit()
    code = main(
        [
            "--data-dir",
            str(paths.data_dir),
            "handoff",
            f"PRM-{promise.id:06d}",
            "--to",
            "bea front",
            "--note",
            "Van Thursday",
            "--staff",
            "Alex Owner",
        ]
    )
    assert code == 0
    assert f"Handed PRM-{promise.id:06d} to Bea Front." in capsys.readouterr().out
    session.expire_all()
    assert session.get(Promise, promise.id).owner_id == bea.id
    with session.begin():
        assert [c.note for c in team.owner_history(session, "promise", promise.id)] == [
            "Van Thursday"
        ]
    assert main(["--data-dir", str(paths.data_dir), "handoff", "INT-1", "--to", "Bea Front"]) == 2
    assert "not a promise or follow-up reference" in capsys.readouterr().err


def test_the_tell_them_reminder_of_a_kept_promise_can_be_handed_over(session, alex, bea, anna):
    promise = make_promise(session, alex, anna)
    promises_svc.close_promise(session, promise.id, "kept", "Collected", NOW, staff_id=alex.id)
    followups.refresh(session, NOW)
    tell = reminders_of(session, promise.id)["tell"]
    team.hand_off(session, "followup", tell.id, bea.id, "Call her, you know her", alex.id, NOW)
    followups.refresh(session, NOW + timedelta(minutes=1), full=True)
    session.commit()
    assert session.get(FollowUp, tell.id).owner_id == bea.id
    assert session.get(Promise, promise.id).owner_id == alex.id

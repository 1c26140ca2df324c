"""Heads-ups on a customer (issue 11), with a fixed clock and two staff in one database.

NOW = Wednesday 2026-03-11 10:00 UTC; local time is UTC here.
"""

import io
import json
import time as _time
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from cxlogger import cli
from cxlogger.core.models import ChangeLog, HeadsUp
from cxlogger.core.records import heads_ups, history, settings, undo
from cxlogger.core.records import staff as staff_mod
from cxlogger.core.records.customers import CustomerData, add_customer, timeline, timeline_page
from cxlogger.core.records.heads_ups import HeadsUpChanged, HeadsUpData
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.reminders import due_list, followups
from cxlogger.core.reminders.schedule import BusinessHours
from tests.conftest import NOW

DAY = timedelta(days=1)


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
def alex(session):
    return staff_mod.add_staff(session, "Alex", NOW - 400 * DAY)


@pytest.fixture
def bea(session):
    return staff_mod.add_staff(session, "Bea", NOW - 400 * DAY)


@pytest.fixture
def dana(session, alex):
    return add_customer(
        session,
        CustomerData("Dana Whitfield", email="dana@example.com", consent="yes"),
        alex.id,
        NOW - 300 * DAY,
    )


def log(session, who, customer, kind, summary, when, **extra):
    data = InteractionData(
        customer_id=customer.id,
        occurred_at=when,
        channel="in_person",
        kind=kind,
        summary=summary,
        **extra,
    )
    return log_interaction(session, data, who.id, when)


def hours(session):
    return BusinessHours.from_settings(settings.get_all(session))


def due_items(session, now):
    """What `cxlogger due` lists for everyone, with heads-ups (as the CLI builds it)."""
    rows = due_list.due_rows(session, now) + due_list.upcoming_rows(session, now, 14)
    heads = due_list.heads_ups_of(session, rows, now)
    return {
        followups.rule_of(r): due_list.describe(r, now, hours(session), heads.get(r.customer_id))
        for r in rows
    }


def notified_rules(session, now):
    batch = followups.take_notifications(session, now, first=20)
    return sorted(followups.rule_of(f) for f in batch.first), batch.count


def the_story(session, alex, dana):
    """Alex rents Dana a mixer, then logs its return with a hold until 20 March."""
    log(session, alex, dana, "purchase", "Mixer rental, 2 weeks", NOW - 2 * DAY)
    return log(
        session,
        alex,
        dana,
        "return",
        "Mixer returned",
        NOW,
        heads_up=HeadsUpData("Billing: stop the reminders", "hold", date(2026, 3, 20)),
    )


def test_the_equipment_return_story_as_bea_sees_it(session, alex, bea, dana):
    returned = the_story(session, alex, dana)
    tomorrow = NOW + DAY  # Bea opens the customer the next day

    # Bea's view of the customer: the heads-up, who pinned it, and where it came from
    [shown] = heads_ups.active(session, dana.id, tomorrow)
    assert (shown.text, shown.kind, shown.created_by) == (
        "Billing: stop the reminders",
        "hold",
        "Alex",
    )
    assert shown.interaction_id == returned.id and shown.until == date(2026, 3, 20)
    kinds = [e.type for e in timeline(session, dana.id)]
    assert kinds[0] == "heads_up"  # pinned with the return: above it on the timeline

    # Bea's reminder cards: the thank-you is listed, paused, with the heads-up on it
    items = due_items(session, tomorrow)
    thank = items["thank"]
    assert thank["paused"] is True and thank["paused_until"] == "2026-03-20"
    assert thank["paused_text"] == "Paused: hold until 20 Mar"
    assert [h["text"] for h in thank["heads_ups"]] == ["Billing: stop the reminders"]
    assert items["feedback"]["paused"] is True  # the feedback ask coming up, too
    # ... and the tray does not nag about it while the hold lasts
    assert notified_rules(session, tomorrow) == ([], 0)
    # Today lists it (it says why it waits) but does not count it as late
    board = followups.due_board(session, tomorrow, hours(session))
    assert board.counts == {"thank": 1} and board.overdue == 0

    # a promise to Dana still reminds (keeping a promise is not a message)
    log(
        session,
        bea,
        dana,
        "inquiry",
        "Asked for the deposit back",
        tomorrow,
        promise=PromiseData("Refund the deposit", date(2026, 3, 13), None, owner_id=bea.id),
    )
    items = due_items(session, tomorrow)
    assert items["promise_soon"]["paused"] is False
    assert items["promise_soon"]["heads_ups"][0]["kind"] == "hold"  # still shown on it
    assert notified_rules(session, tomorrow) == (["promise_soon"], 1)

    # once the hold has run out (the end of 20 March), the messages come back
    after = date(2026, 3, 23)  # the Monday after
    later = NOW.replace(month=after.month, day=after.day)
    assert heads_ups.active(session, dana.id, later) == []
    items = due_items(session, later)
    assert items["thank"]["paused"] is False and items["thank"]["heads_ups"] == []
    rules, _count = notified_rules(session, later)
    assert "thank" in rules and "feedback" in rules
    # an expired heads-up stays on the timeline
    assert "heads_up" in [e.type for e in timeline(session, dana.id)]


def test_resolving_lifts_the_pause_and_keeps_who_and_when(session, alex, bea, dana):
    log(session, alex, dana, "purchase", "Mixer rental", NOW - 2 * DAY)
    pinned = heads_ups.pin(
        session, dana.id, HeadsUpData("Billing: stop the reminders", "hold"), alex.id, NOW
    )
    assert due_items(session, NOW)["thank"]["paused_text"] == "Paused: hold until it is resolved"
    assert notified_rules(session, NOW) == ([], 0)

    resolved = heads_ups.resolve(session, pinned.id, bea.id, NOW + DAY, pinned.version)
    assert (resolved.resolved_by, resolved.resolved_at) == ("Bea", NOW + DAY)
    assert heads_ups.active(session, dana.id, NOW + DAY) == []
    assert due_items(session, NOW + DAY)["thank"]["paused"] is False
    assert notified_rules(session, NOW + DAY)[0] == ["thank"]

    # on the timeline, resolved, and on the change log as two actions by two people
    [entry] = [e for e in timeline(session, dana.id) if e.type == "heads_up"]
    assert entry.item.resolved_at == NOW + DAY
    page = [e.type for _key, e in timeline_page(session, dana.id)]
    assert "heads_up" in page
    changes = session.execute(
        select(ChangeLog.action, ChangeLog.staff_id).where(ChangeLog.entity == "heads_up")
    ).all()
    assert changes == [("heads_up", alex.id), ("resolve", bea.id)]
    history_entries = history.record_history(session, "heads_up", pinned.id)
    assert [e.staff_name for e in history_entries] == ["Alex", "Bea"]
    assert "version" not in {c.key for e in history_entries for c in e.changes}


def test_resolving_twice_or_a_changed_one_is_refused(session, alex, bea, dana):
    pinned = heads_ups.pin(session, dana.id, HeadsUpData("Call before visiting"), alex.id, NOW)
    with pytest.raises(HeadsUpChanged):  # another desk changed it meanwhile (version 1 → 2)
        heads_ups.resolve(session, pinned.id, bea.id, NOW, expected_version=pinned.version + 1)
    heads_ups.resolve(session, pinned.id, bea.id, NOW, expected_version=pinned.version)
    with pytest.raises(HeadsUpChanged):
        heads_ups.resolve(session, pinned.id, alex.id, NOW)
    with session.begin():
        assert session.get(HeadsUp, pinned.id).version == 2  # SQLAlchemy's version counter


def test_a_stale_update_from_another_desk_is_refused(db, session, alex, bea, dana):
    """Two desks load the same heads-up; the second resolve finds another version."""
    pinned = heads_ups.pin(session, dana.id, HeadsUpData("Call before visiting"), alex.id, NOW)
    with db.session() as other:
        with other.begin():
            theirs = other.get(HeadsUp, pinned.id)
            assert theirs.version == 1
            heads_ups.resolve(session, pinned.id, bea.id, NOW)  # this desk resolves first
            theirs.text = "Changed"
            with pytest.raises(Exception) as caught:
                other.flush()
            assert type(caught.value).__name__ == "StaleDataError"


def test_undo_takes_back_a_pin_and_a_resolve(session, alex, bea, dana):
    pinned = heads_ups.pin(session, dana.id, HeadsUpData("VIP", "info"), alex.id, NOW)
    heads_ups.resolve(session, pinned.id, bea.id, NOW + DAY)
    assert undo.undo_last(session, bea.id, NOW + DAY).startswith("Resolved heads-up HUP-")
    assert [v.id for v in heads_ups.active(session, dana.id, NOW + DAY)] == [pinned.id]
    assert undo.undo_last(session, alex.id, NOW + DAY).startswith("Pinned heads-up HUP-")
    assert heads_ups.all_of(session, dana.id) == []


def test_pinned_from_the_log_goes_with_the_logged_interaction_on_undo(session, alex, dana):
    returned = the_story(session, alex, dana)
    assert len(heads_ups.all_of(session, dana.id)) == 1
    assert undo.undo_last(session, alex.id, NOW) == f"Logged interaction INT-{returned.id:06d}"
    assert heads_ups.all_of(session, dana.id) == []


def test_what_a_heads_up_must_say(session, alex, dana):
    with pytest.raises(Exception) as caught:
        heads_ups.pin(session, dana.id, HeadsUpData("  ", "urgent", date(2026, 3, 1)), alex.id, NOW)
    assert set(caught.value.errors) == {"text", "kind", "until"}
    with pytest.raises(Exception) as caught:  # the log dialog's check, with its prefix
        log(session, alex, dana, "return", "Back", NOW, heads_up=HeadsUpData("", "hold"))
    assert "heads_up_text" in caught.value.errors
    assert heads_ups.all_of(session, dana.id) == []  # nothing half-saved


def test_search_icons_and_several_customers_at_once(session, alex, dana):
    other = add_customer(session, CustomerData("Eli"), alex.id, NOW)
    heads_ups.pin(session, dana.id, HeadsUpData("Slow payer", "warning"), alex.id, NOW)
    heads_ups.pin(session, dana.id, HeadsUpData("Stop", "hold", date(2026, 3, 12)), alex.id, NOW)
    assert heads_ups.customers_with_active(session, [dana.id, other.id], NOW) == {dana.id: "hold"}
    later = NOW + 3 * DAY  # the hold has expired, the warning stays
    assert heads_ups.customers_with_active(session, [dana.id, other.id], later) == {
        dana.id: "warning"
    }
    found = heads_ups.active_for(session, [dana.id, other.id], NOW)
    assert [v.kind for v in found[dana.id]] == ["hold", "warning"]  # holds first


# --------------------------------------------------------------------------- the CLI


def run(paths, command, *argv, now=NOW):
    args = cli.build_parser().parse_args(["--data-dir", str(paths.data_dir), command, *argv])
    out = io.StringIO()
    status = cli.COMMANDS[command](args, paths, now=now, out=out)
    return status, out.getvalue()


def test_cli_headsup_pins_and_due_json_shows_it_and_the_pause(
    db, session, alex, bea, dana, paths, capsys
):
    log(session, alex, dana, "purchase", "Mixer rental", NOW - 2 * DAY)
    session.close()
    status, out = run(
        paths,
        "headsup",
        "dana whitfield",
        "--text",
        "Billing: stop the reminders",
        "--hold",
        "--until",
        "2026-03-20",
        "--staff",
        "Alex",
    )
    assert status == 0
    assert "Pinned HUP-000001 on Dana Whitfield" in out and "paused" in out
    status, out = run(paths, "due", "--json", now=NOW + DAY)
    payload = json.loads(out)
    [thank] = [item for item in payload["due"] if item["rule"] == "thank"]
    assert thank["paused"] is True and thank["paused_until"] == "2026-03-20"
    assert thank["heads_ups"][0] | {"at": None} == {
        "id": 1,
        "ref": "HUP-000001",
        "kind": "hold",
        "text": "Billing: stop the reminders",
        "by": "Alex",
        "at": None,
        "until": "2026-03-20",
        "expires_at": "2026-03-21T00:00:00+00:00",
        "interaction": None,
        "active": True,
        "resolved_by": None,
        "resolved_at": None,
    }
    [feedback] = payload["upcoming"]
    assert feedback["rule"] == "feedback" and feedback["paused"] is True
    status, text = run(paths, "due", now=NOW + DAY)
    assert "Paused: hold until 20 Mar" in text
    assert "Heads-up (HOLD): Billing: stop the reminders" in text
    # after the hold, nothing is paused and no heads-up is listed
    status, out = run(paths, "due", "--json", now=NOW + 12 * DAY)
    assert all(not item["paused"] and not item["heads_ups"] for item in json.loads(out)["due"])


def test_cli_headsup_refuses_with_sentences_and_pins_nothing(db, session, dana, paths, capsys):
    session.close()
    status, out = run(
        paths, "headsup", "Nobody", "--text", "", "--kind", "loud", "--until", "12/12", "--json"
    )
    assert status == 2
    errors = json.loads(out)["errors"]
    assert set(errors) == {"customer", "text", "kind", "until"}
    err = capsys.readouterr().err
    assert "--until: “12/12” is not a date" in err and "nothing was pinned" in err
    assert "Traceback" not in err
    status, out = run(paths, "headsup", "Dana Whitfield", "--text", "Nice", "--json")
    assert status == 0 and json.loads(out)["kind"] == "info"

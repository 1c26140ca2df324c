"""Keeping in touch (issue 11), fixed clock: last contact from each source, cadences from
tags and overrides, reset by contact, the keep-in-touch follow-up, the Losing touch list."""

import time as _time
from datetime import timedelta

import pytest
from sqlalchemy import select

from cxlogger.core.models import Customer, FollowUp
from cxlogger.core.records import records, settings, touch, undo
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.records.customers import CustomerData, add_customer, update_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.reminders import followups, messages
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


def customer(session, me, name, tags=(), added=NOW - 400 * DAY):
    return add_customer(session, CustomerData(name, tags=list(tags)), me.id, added)


def log(session, staff_id, who, when, channel="phone", summary="Called about the order"):
    data = InteractionData(who.id, when, channel, "inquiry", summary)
    return log_interaction(session, data, staff_id, max(when, NOW - 400 * DAY))


def stored(session, customer_id):
    with session.begin():
        row = session.get(Customer, customer_id)
        session.refresh(row)
        return row.last_contact_at, row.touch_due_at


def touch_followups(session, customer_id):
    with session.begin():
        return [
            (f.rule_key, f.status, f.due_at)
            for f in session.scalars(
                select(FollowUp)
                .where(FollowUp.customer_id == customer_id, FollowUp.kind == "keep_in_touch")
                .order_by(FollowUp.id)
            )
        ]


# --------------------------------------------------------------------------- last contact


def test_last_contact_from_an_interaction_says_when_who_how_and_what(session, me):
    bea = staff_svc.add_staff(session, "Bea Baker", NOW)
    anna = customer(session, me, "Anna Müller")
    log(session, me.id, anna, NOW - 20 * DAY, "email", "Sent the quote")
    log(session, bea.id, anna, NOW - 5 * DAY, "phone", "Mixer returned, stop the invoices")
    log(session, me.id, anna, NOW - 9 * DAY, "letter", "Older letter logged late")
    with session.begin():
        contact = touch.last_contact(session, anna.id)
    assert (contact.at, contact.staff, contact.how, contact.what, contact.source) == (
        NOW - 5 * DAY,
        "Bea Baker",
        "phone",
        "Mixer returned, stop the invoices",
        "interaction",
    )
    assert stored(session, anna.id)[0] == NOW - 5 * DAY
    assert touch.contact_line(contact) == "Phone by Bea Baker: Mixer returned, stop the invoices"


def test_last_contact_from_a_sent_message(session, me):
    anna = customer(session, me, "Anna Müller")
    log(session, me.id, anna, NOW - 30 * DAY)
    messages.record_sent(
        session, anna.id, None, "email", "Your mixer", "Hello Anna", me.id, NOW - 2 * DAY
    )
    with session.begin():
        contact = touch.last_contact(session, anna.id)
    assert (contact.source, contact.how, contact.what, contact.staff) == (
        "message",
        "email",
        "Your mixer",
        "Alex Owner",
    )
    assert stored(session, anna.id)[0] == NOW - 2 * DAY


def test_no_contact_yet_and_record_edits_are_not_contact(session, me):
    anna = customer(session, me, "Anna Müller", added=NOW - 10 * DAY)
    with session.begin():
        assert touch.last_contact(session, anna.id) is None
    update_customer(session, anna.id, CustomerData("Anna Müller-Berg"), NOW, me.id)
    last, due = stored(session, anna.id)
    assert last is None
    assert due == NOW - 10 * DAY + 180 * DAY  # from when they were added


def test_deleting_the_latest_interaction_and_undoing_it_move_last_contact(session, me):
    anna = customer(session, me, "Anna Müller")
    log(session, me.id, anna, NOW - 40 * DAY)
    latest = log(session, me.id, anna, NOW - 3 * DAY)
    records.delete_record(session, "interaction", latest.id, me.id, NOW)
    assert stored(session, anna.id)[0] == NOW - 40 * DAY
    undo.undo_last(session, me.id, NOW)
    assert stored(session, anna.id)[0] == NOW - 3 * DAY


# --------------------------------------------------------------------------- cadences


def test_cadences_from_tags_default_and_own_override(session, me):
    seen = NOW - 10 * DAY
    people = {
        "vip": customer(session, me, "Vera Vip", ["VIP"]),
        "trade": customer(session, me, "Tom Trade", ["trade"]),
        "both": customer(session, me, "Bo Both", ["trade", "vip"]),
        "plain": customer(session, me, "Pia Plain", ["walk-in"]),
        "own": customer(session, me, "Olga Own", ["vip"]),
        "off": customer(session, me, "Otto Off", ["vip"]),
    }
    for who in people.values():
        log(session, me.id, who, seen)
    touch.set_tracking(session, people["own"].id, me.id, NOW, every_days=7)
    touch.set_tracking(session, people["off"].id, me.id, NOW, every_days=0)
    due = {name: stored(session, who.id)[1] for name, who in people.items()}
    assert due == {
        "vip": seen + 30 * DAY,
        "trade": seen + 90 * DAY,
        "both": seen + 30 * DAY,  # the shortest of their tags
        "plain": seen + 180 * DAY,  # the default
        "own": seen + 7 * DAY,  # their own cadence overrides the tag
        "off": None,  # own cadence 0: not tracked
    }


def test_new_cadences_in_settings_apply_to_everyone(session, me):
    vip = customer(session, me, "Vera Vip", ["vip"])
    plain = customer(session, me, "Pia Plain")
    log(session, me.id, vip, NOW - DAY)
    log(session, me.id, plain, NOW - DAY)
    settings.update(session, {"touch_tag_days": {"vip": 14, "gold": 60}, "touch_default_days": 0})
    assert stored(session, vip.id)[1] == NOW - DAY + 14 * DAY
    assert stored(session, plain.id)[1] is None  # no cadence tag, no default: not tracked


def test_tag_cadences_as_typed_in_settings():
    assert touch.parse_tag_cadences("vip: every 30 days, trade: 90\nkey account: 45") == {
        "vip": 30,
        "trade": 90,
        "key account": 45,
    }
    with pytest.raises(Exception, match="tag: days"):
        touch.parse_tag_cadences("vip thirty")


# --------------------------------------------------------------------------- the follow-up


def test_keep_in_touch_comes_due_past_the_cadence_and_contact_resets_it(session, me):
    vip = customer(session, me, "Vera Vip", ["vip"])
    fresh = customer(session, me, "Fred Fresh", ["vip"])
    log(session, me.id, vip, NOW - 45 * DAY)
    log(session, me.id, fresh, NOW - 5 * DAY)
    followups.refresh(session, NOW)
    (key, status, due), *more = touch_followups(session, vip.id)
    assert not more and status == "pending"
    assert key == f"touch:{vip.id}:2026-02-24" and due == NOW - 15 * DAY
    assert touch_followups(session, fresh.id) == []  # 5 days is inside 30
    with session.begin():
        board = followups.due(session, NOW)
    assert [f.title for f in board if f.kind == "keep_in_touch"] == ["Keep in touch: Vera Vip"]

    # logging any interaction resets it, in the same transaction
    log(session, me.id, vip, NOW - DAY, "in_person", "Dropped by")
    assert touch_followups(session, vip.id) == [(key, "obsolete", due)]
    assert stored(session, vip.id)[1] == NOW - DAY + 30 * DAY

    # 30 days after that contact it comes due again, as a new follow-up
    later = NOW + 30 * DAY
    followups.refresh(session, later)
    assert [row[1] for row in touch_followups(session, vip.id)] == ["obsolete", "pending"]

    # a sent message resets it too
    messages.record_sent(session, vip.id, None, "copied", "Hi", "Hello Vera", me.id, later)
    assert [row[1] for row in touch_followups(session, vip.id)] == ["obsolete", "obsolete"]


def test_stop_tracking_retires_the_follow_up_and_leaves_the_list(session, me):
    vip = customer(session, me, "Vera Vip", ["vip"])
    log(session, me.id, vip, NOW - 45 * DAY)
    followups.refresh(session, NOW)
    with session.begin():
        assert [r.customer_id for r in touch.losing_touch(session, NOW)] == [vip.id]
    touch.stop_tracking(session, vip.id, me.id, NOW)
    assert [row[1] for row in touch_followups(session, vip.id)] == ["obsolete"]
    with session.begin():
        assert touch.losing_touch(session, NOW) == []


def test_losing_touch_lists_longest_past_first_with_last_contact(session, me):
    a = customer(session, me, "Anna", ["vip"])
    b = customer(session, me, "Ben", ["trade"])
    c = customer(session, me, "Cleo", ["vip"])
    log(session, me.id, a, NOW - 40 * DAY)  # 10 days past
    log(session, me.id, b, NOW - 150 * DAY, "email", "Sent the price list")  # 60 days past
    log(session, me.id, c, NOW - 20 * DAY)  # not yet due
    followups.refresh(session, NOW)
    with session.begin():
        rows = touch.losing_touch(session, NOW)
        assert touch.count_losing_touch(session, NOW) == 2
    assert [(r.name, r.days_past, r.cadence_days) for r in rows] == [
        ("Ben", 60, 90),
        ("Anna", 10, 30),
    ]
    assert rows[0].last_contact.what == "Sent the price list"
    assert rows[0].followup_id is not None
    # snoozed: off the list until the snooze ends
    followups.snooze(session, rows[0].followup_id, NOW + 2 * DAY, NOW)
    with session.begin():
        assert [r.name for r in touch.losing_touch(session, NOW)] == ["Anna"]
        assert touch.count_losing_touch(session, NOW) == 1
        assert [r.name for r in touch.losing_touch(session, NOW + 3 * DAY)] == ["Ben", "Anna"]
        assert touch.count_losing_touch(session, NOW + 3 * DAY) == 2


# --------------------------------------------------------------------------- query plans


def _plans(db, fn):
    """The EXPLAIN QUERY PLAN lines of every SELECT/UPDATE ``fn(session)`` sends."""
    from sqlalchemy import event

    sent = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("SELECT", "UPDATE", "INSERT")):
            sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        with db.session() as session:
            with session.begin():
                fn(session)
                sent_now = list(sent)
                found = []
                for statement, parameters in sent_now:
                    rows = session.connection().exec_driver_sql(
                        "EXPLAIN QUERY PLAN " + statement, parameters
                    )
                    found.append((statement, [row[3] for row in rows]))
                session.rollback()
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    return found


def _lines(found, word):
    return [line for statement, plan in found if word in statement for line in plan]


@pytest.fixture
def some_customers(session, me):
    people = [customer(session, me, f"Customer {n}", ["vip"] if n % 2 else []) for n in range(6)]
    for n, who in enumerate(people):
        log(session, me.id, who, NOW - (20 + 30 * n) * DAY)
    messages.record_sent(session, people[0].id, None, "email", "Hi", "Hello", me.id, NOW)
    return people


def test_the_losing_touch_page_walks_the_touch_index(db, some_customers):
    found = _plans(db, lambda s: touch.losing_touch(s, NOW, offset=0, limit=3))
    page = [plan for statement, plan in found if "touch_due_at <=" in statement]
    assert page, found
    for plan in page:
        text = " | ".join(plan)
        assert "USING INDEX ix_customers_touch_due" in text or (
            "USING COVERING INDEX ix_customers_touch_due" in text
        ), text
        assert "TEMP B-TREE" not in text and "SCAN customers" not in text.replace(
            "SCAN customers USING", ""
        ), text


def test_last_contact_is_two_index_lookups_per_customer(db, some_customers):
    found = _plans(db, lambda s: touch.last_contact(s, some_customers[1].id))
    plans = " | ".join(line for _s, plan in found for line in plan)
    assert "ix_interactions_customer_occurred" in plans, plans
    assert "ix_sent_messages_customer_sent" in plans, plans
    assert "TEMP B-TREE" not in plans and "SCAN interactions" not in plans, plans


def test_recomputing_a_customer_looks_up_only_their_rows(db, some_customers):
    found = _plans(db, lambda s: touch.recompute_session(s, [some_customers[2].id]))
    for statement, plan in found:
        text = " | ".join(plan)
        assert "SCAN interactions" not in text and "SCAN sent_messages" not in text, text
        if statement.lstrip().upper().startswith("UPDATE"):
            assert "SEARCH customers USING INTEGER PRIMARY KEY" in text, text


def test_the_periodic_rules_find_who_fell_due_through_the_index(db, some_customers):
    from cxlogger.core.reminders import rule_engine
    from cxlogger.core.reminders.followups import RuleContext, _changed_scope

    def run(s):
        ctx = RuleContext.load(s, NOW)
        rule_engine.run(s, ctx, _changed_scope(ctx, NOW - 200 * DAY))

    found = _plans(db, run)
    scoped = [
        plan
        for statement, plan in found
        if "touch_due_at BETWEEN" in statement and "rules_scope_c" in statement
    ]
    assert scoped, [s for s, _p in found]
    for plan in scoped:
        text = " | ".join(plan)
        assert "ix_customers_touch_due" in text and "SCAN customers" not in text, text
    rule = [
        plan
        for statement, plan in found
        if "INSERT INTO rules_wanted" in statement and "JOIN rules_scope_c" in statement
    ]
    assert rule
    for plan in rule:
        text = " | ".join(plan)
        assert "SCAN customers" not in text.replace("SCAN customers USING", ""), text


# --------------------------------------------------------------------------- the command line


def test_cli_losing_touch_as_text_and_json(db, session, me, paths):
    import io
    import json

    from cxlogger import cli

    ben = customer(session, me, "Ben Berg", ["trade"])
    anna = customer(session, me, "Anna Ahn", ["vip"])
    log(session, me.id, ben, NOW - 150 * DAY, "email", "Sent the price list")
    log(session, me.id, anna, NOW - 40 * DAY, "phone", "Asked about delivery")
    session.close()

    def run(*argv):
        args = cli.build_parser().parse_args(
            ["--data-dir", str(paths.data_dir), "losing-touch", *argv]
        )
        out = io.StringIO()
        assert cli.COMMANDS["losing-touch"](args, paths, now=NOW, out=out) == 0
        return out.getvalue()

    text = run()
    assert text.startswith("2 customers past their keep-in-touch cadence")
    assert text.index("Ben Berg: 60 days past (every 90 days)") < text.index("Anna Ahn: 10 days")
    assert "Email by Alex Owner: Sent the price list" in text
    payload = json.loads(run("--json"))
    assert payload["count"] == 2
    first = payload["customers"][0]
    assert (first["customer"], first["days_past"], first["cadence_days"]) == ("Ben Berg", 60, 90)
    assert first["last_contact"]["how"] == "email"
    assert first["last_contact"]["by"] == "Alex Owner"
    assert first["followup_id"] is not None  # the keep-in-touch follow-up exists
    assert "1 more" in run("--limit", "1")


def test_the_losing_touch_count_reads_the_range_and_the_few_snoozed(db, some_customers):
    found = _plans(db, lambda s: touch.count_losing_touch(s, NOW))
    plans = [" | ".join(plan) for _s, plan in found if "count" in _s]
    assert any("COVERING INDEX ix_customers_touch_due" in p for p in plans), plans
    assert any("ix_followups_snoozed_until" in p for p in plans), plans
    assert not any("ix_followups_status_due" in p or "SCAN followups" in p for p in plans), plans

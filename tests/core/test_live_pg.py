"""Live on every desk, and nothing lost when the server goes away (issue 12), on a real
PostgreSQL server of the tests' own that they stop and start (tests/pg_server.py)."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import psycopg
import pytest
from sqlalchemy import select, text

from cxlogger.core.errors import SchemaTooNewError
from cxlogger.core.models import Interaction
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.staff import add_staff
from cxlogger.core.storage.db import open_database
from cxlogger.core.storage.paths import AppPaths
from cxlogger.core.sync import live
from cxlogger.core.sync import outbox as outbox_mod
from cxlogger.core.sync.outbox import Outbox, save_interaction, send_waiting
from tests.conftest import NOW
from tests.helpers import per_action
from tests.pg_server import wait_until


def _desk(pg, tmp_path, name="a"):
    return open_database(AppPaths(tmp_path / name, pg.url))


def _seed(db):
    with db.session() as s:
        s = per_action(s)
        staff = add_staff(s, "Sam Staff", NOW)
        customer = add_customer(s, CustomerData("Ada Lovelace"), staff.id, NOW)
        return staff.id, customer.id


def _data(customer_id, summary, when):
    return InteractionData(customer_id, when, "phone", "inquiry", summary)


class Heard:
    def __init__(self):
        self.names: list[tuple[float, set]] = []
        self.states: list[bool] = []
        self.event = threading.Event()

    def change(self, names):
        self.names.append((time.monotonic(), set(names)))
        self.event.set()

    def state(self, online):
        self.states.append(online)


def test_a_change_on_desk_a_reaches_desk_b_within_2_seconds(pg, tmp_path):
    desk_a, desk_b = _desk(pg, tmp_path, "a"), _desk(pg, tmp_path, "b")
    staff_id, customer_id = _seed(desk_a)
    heard = Heard()
    origin_b = desk_b.sessions.kw["info"]["cx_origin"]
    listener = live.PgListener.for_engine(desk_b.engine, origin_b, heard.change, heard.state)
    listener.start()
    try:
        assert wait_until(lambda: listener.online, 5)
        # desk B's own change is not announced back to it (its views already know)
        with desk_b.session() as s:
            log_interaction(s, _data(customer_id, "B's own", NOW), staff_id, NOW)
        time.sleep(0.5)
        assert heard.names == []
        start = time.monotonic()
        with desk_a.session() as s:
            saved = log_interaction(s, _data(customer_id, "from A", NOW), staff_id, NOW)
        assert heard.event.wait(2.0), "desk B heard nothing within 2 s"
        at, names = heard.names[0]
        assert at - start < 2.0
        assert {"interactions", "followups"} <= names
        assert saved.id
    finally:
        listener.stop()
        desk_a.dispose()
        desk_b.dispose()


def test_a_desk_away_during_a_change_catches_up_from_the_change_log_on_reconnect(pg, tmp_path):
    desk_a, desk_b = _desk(pg, tmp_path, "a"), _desk(pg, tmp_path, "b")
    staff_id, customer_id = _seed(desk_a)
    heard = Heard()
    cut = threading.Event()  # desk B's network is down while set
    real = live.PgListener.for_engine(desk_b.engine, "b", heard.change, heard.state)

    def connect():
        if cut.is_set():
            raise psycopg.OperationalError("network is unreachable")
        return real._connect()

    listener = live.PgListener(connect, "b", heard.change, heard.state, max_backoff=0.5)
    listener.start()
    try:
        assert wait_until(lambda: listener.online, 5)
        cut.set()
        with desk_a.engine.begin() as con:  # the network drops: B's connection is gone
            con.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = 'cxlogger listener'"
                )
            )
        assert wait_until(lambda: listener.online is False, 5)
        with desk_a.session() as s:
            log_interaction(s, _data(customer_id, "while B was away", NOW), staff_id, NOW)
        time.sleep(0.6)
        assert heard.names == [], "nothing can reach a desk that is away"
        cut.clear()
        assert heard.event.wait(3.0), "desk B did not catch up after reconnecting"
        assert "interactions" in heard.names[0][1]
        assert heard.states[-1] is True
    finally:
        listener.stop()
        desk_a.dispose()
        desk_b.dispose()


def test_server_stopped_while_a_desk_logs_50_all_arrive_once_in_order(pg, tmp_path):
    desk = _desk(pg, tmp_path)
    staff_id, customer_id = _seed(desk)
    box = Outbox.in_folder(tmp_path / "a")
    outcomes = []
    try:
        for n in range(50):
            if n == 10:
                pg.stop()  # as a crash: pg_ctl stop -m immediate
            when = NOW - timedelta(minutes=50 - n)
            outcome, _ = save_interaction(
                box, desk.session, _data(customer_id, f"call {n:02d}", when), staff_id, when
            )
            outcomes.append(outcome)
        assert outcomes[:10] == ["saved"] * 10
        assert outcomes[10:] == ["queued"] * 40
        assert box.waiting() == 40
        report = send_waiting(box, desk.session)
        assert (report.sent, report.waiting) == (0, 40), "nothing sent while the server is down"
        pg.start()
        report = send_waiting(box, desk.session)
        assert (report.sent, report.present, report.conflicts, report.waiting) == (40, 0, 0, 0)
        assert box.waiting() == 0
        with desk.session() as s:
            rows = s.execute(
                select(
                    Interaction.summary,
                    Interaction.occurred_at,
                    Interaction.created_at,
                    Interaction.staff_id,
                ).order_by(Interaction.id)
            ).all()
        assert [r.summary for r in rows] == [f"call {n:02d}" for n in range(50)]
        for n, row in enumerate(rows):
            assert row.occurred_at == NOW - timedelta(minutes=50 - n)  # the original time
            assert row.created_at == NOW - timedelta(minutes=50 - n)
            assert row.staff_id == staff_id
    finally:
        if not pg.is_up():
            pg.start()
        desk.dispose()


def test_an_entry_the_server_already_has_is_skipped(pg, tmp_path):
    """Killed after the server committed, before crossing it off: sent again, saved once."""
    desk = _desk(pg, tmp_path)
    staff_id, customer_id = _seed(desk)
    box = Outbox.in_folder(tmp_path / "a")
    try:
        data = _data(customer_id, "sent twice", NOW)
        uuid = outbox_mod.queue_interaction(box, data, staff_id, NOW)
        entry = box.entries()[0]
        with desk.session() as s:
            outbox_mod._apply(s, entry)  # the server has it; the desk never heard back
        report = send_waiting(box, desk.session)
        assert (report.sent, report.present) == (0, 1)
        with desk.session() as s:
            assert s.scalar(select(Interaction.client_uuid)) == uuid
            assert len(s.scalars(select(Interaction.id)).all()) == 1
    finally:
        desk.dispose()


def test_an_older_desk_stops_writing_after_a_newer_one_upgraded_the_server(pg, tmp_path):
    desk = _desk(pg, tmp_path)
    staff_id, customer_id = _seed(desk)
    with desk.engine.begin() as con:  # a newer cxlogger upgraded the server meanwhile
        con.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    box = Outbox.in_folder(tmp_path / "a")
    try:
        with pytest.raises(SchemaTooNewError, match="Update cxlogger"):
            with desk.session() as s:
                log_interaction(s, _data(customer_id, "old desk", NOW), staff_id, NOW)
        box.add(
            "interaction",
            outbox_mod.interaction_payload(_data(customer_id, "queued", NOW)),
            staff_id,
            NOW,
        )
        report = send_waiting(box, desk.session)
        assert report.sent == 0 and report.waiting == 1 and "Update cxlogger" in report.problems[0]
        with desk.engine.connect() as con:
            assert con.execute(text("SELECT count(*) FROM interactions")).scalar() == 0
    finally:
        desk.dispose()


def test_two_desks_starting_at_once_never_both_migrate(pg, tmp_path, monkeypatch):
    import alembic.command

    real = alembic.command.upgrade
    runs = []

    def counted(*args, **kwargs):
        runs.append(threading.current_thread().name)
        time.sleep(0.3)  # long enough for the other desk to arrive meanwhile
        return real(*args, **kwargs)

    monkeypatch.setattr(alembic.command, "upgrade", counted)
    opened, errors = [], []

    def start(name):
        try:
            opened.append(open_database(AppPaths(tmp_path / name, pg.url)))
        except Exception as exc:  # pragma: no cover - the failure is asserted below
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(n,), name=n) for n in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    for db in opened:
        db.dispose()
    assert errors == [] and len(opened) == 2
    assert len(runs) == 1, f"both desks migrated: {runs}"


def test_heads_ups_pinned_offline_are_pinned_once_when_the_server_is_back(pg, tmp_path):
    """The customer panel's "Pin a heads-up…" and the log dialog's "Pin as heads-up", both
    made while the server is down: queued, then pinned exactly once, with their staff and
    time, even when the desk sends an entry the server already has."""
    from cxlogger.core.models import HeadsUp
    from cxlogger.core.records.heads_ups import HOLD, HeadsUpData, pin

    desk = _desk(pg, tmp_path)
    staff_id, customer_id = _seed(desk)
    box = Outbox.in_folder(tmp_path / "a")
    until = (NOW + timedelta(days=10)).date()
    try:
        pg.stop()
        with pytest.raises(Exception) as caught:
            with desk.session() as s:
                pin(s, customer_id, HeadsUpData("x"), staff_id, NOW)
        assert outbox_mod.is_unreachable(caught.value)
        pinned = outbox_mod.queue_heads_up(
            box,
            customer_id,
            HeadsUpData("Mixer returned, stop invoices", HOLD, until),
            staff_id,
            NOW,
        )
        logged = _data(customer_id, "Called about the mixer", NOW + timedelta(minutes=1))
        logged.heads_up = HeadsUpData("Wants invoices by post", "info")
        outcome, _ = save_interaction(box, desk.session, logged, staff_id, NOW)
        assert outcome == "queued" and box.waiting() == 2
        pg.start()
        first = box.entries()[0]
        assert first.uuid == pinned
        with desk.session() as s:
            outbox_mod._apply(s, first)  # the server has it; the desk never heard back
        report = send_waiting(box, desk.session)
        assert (report.sent, report.present, report.conflicts, report.waiting) == (1, 1, 0, 0)
        assert send_waiting(box, desk.session).sent == 0
        with desk.session() as s:
            rows = s.execute(
                select(
                    HeadsUp.text,
                    HeadsUp.kind,
                    HeadsUp.created_by_id,
                    HeadsUp.created_at,
                    HeadsUp.client_uuid,
                    HeadsUp.interaction_id,
                ).order_by(HeadsUp.id)
            ).all()
            interaction_id = s.scalar(select(Interaction.id))
        assert [r[:5] for r in rows] == [
            ("Mixer returned, stop invoices", HOLD, staff_id, NOW, pinned),
            ("Wants invoices by post", "info", staff_id, NOW, None),
        ]
        assert rows[1].interaction_id == interaction_id
    finally:
        if not pg.is_up():
            pg.start()
        desk.dispose()


def test_a_promise_added_offline_on_its_own_is_saved_once_when_the_server_is_back(pg, tmp_path):
    from cxlogger.core.errors import ValidationError
    from cxlogger.core.models import Promise
    from cxlogger.core.records.promises import PromiseData

    desk = _desk(pg, tmp_path)
    staff_id, customer_id = _seed(desk)
    box = Outbox.in_folder(tmp_path / "a")
    due = (NOW + timedelta(days=3)).date()
    try:
        pg.stop()
        with pytest.raises(ValidationError):  # checked as the server would, before queueing
            outbox_mod.queue_promise(box, customer_id, PromiseData("", due), staff_id, NOW)
        queued = outbox_mod.queue_promise(
            box, customer_id, PromiseData("Send the corrected invoice", due), staff_id, NOW
        )
        assert box.waiting() == 1
        pg.start()
        with desk.session() as s:
            outbox_mod._apply(s, box.entries()[0])  # the server has it; the desk never heard
        report = send_waiting(box, desk.session)
        assert (report.sent, report.present, report.conflicts, report.waiting) == (0, 1, 0, 0)
        with desk.session() as s:
            rows = s.execute(
                select(
                    Promise.description,
                    Promise.customer_id,
                    Promise.created_at,
                    Promise.created_by_id,
                    Promise.client_uuid,
                )
            ).all()
        assert rows == [("Send the corrected invoice", customer_id, NOW, staff_id, queued)]
    finally:
        if not pg.is_up():
            pg.start()
        desk.dispose()

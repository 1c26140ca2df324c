"""Two desks on one PostgreSQL server, live; the offline banner; a desk started with the
server down (issue 12). The server is the tests' own (tests/pg_server.py), stopped and
started by the tests."""
# ruff: noqa: F811  (pytest fixtures imported from tests.ui.reminders_helpers)

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from cxlogger.core.models import Interaction
from cxlogger.core.records.customers import CustomerData, add_customer, update_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.staff import add_staff
from cxlogger.core.storage import local_config
from cxlogger.core.storage.db import open_database
from cxlogger.core.storage.paths import AppPaths
from cxlogger.ui import app as app_mod
from cxlogger.ui import live
from cxlogger.ui.context import AppContext
from cxlogger.ui.desktop import reminders as reminders_mod
from cxlogger.ui.dialogs.log_dialog import LogInteractionDialog
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QApplication, QMessageBox
from tests.conftest import NOW
from tests.helpers import per_action
from tests.ui.reminders_helpers import Clock, settle, utc  # noqa: F401


@pytest.fixture
def desks(pg, tmp_path, utc):
    """Open desks on the test server; each its own engine (as two computers have)."""
    opened = []

    def open_desk(name: str):
        db = open_database(AppPaths(tmp_path / name, pg.url))
        opened.append(db)
        return db

    yield open_desk
    for db in opened:
        db.dispose()


def _seed(db):
    with db.session() as s:
        s = per_action(s)
        staff = add_staff(s, "Sam Staff", NOW)
        anna = add_customer(s, CustomerData("Anna Müller", consent="yes"), staff.id, NOW)
    return staff.id, anna.id


def _desk_window(qtbot, db, paths, staff_id, started_offline=False):
    ctx = AppContext(db, paths, staff_id, clock=Clock(NOW))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    rem = reminders_mod.install_reminders(
        QApplication.instance(), window, ctx, tray_available=lambda: True
    )
    sync = live.install(window, ctx, started_offline)
    sync.watcher.max_backoff = 0.5  # the tests wait for a reconnect in seconds, not 15
    return ctx, window, rem, sync


def _stop(ctx, rem):
    """End as the app does: the listener, the reminders' catch-up thread, the jobs.

    A catch-up QThread still running when its window is deleted aborts Qt, and a catch-up
    that ends can start another: no more changes reach the reminders, and we wait until
    none runs."""
    ctx.live.stop()
    ctx.changes.changed.disconnect(rem.notifier._on_changed)
    for _ in range(50):
        rem.notifier.stop()
        settle(ctx)
        QApplication.processEvents()
        if rem.notifier._catch_up is None and not ctx.ops.busy():
            break


def test_a_change_on_desk_a_reaches_desk_b_list_and_tray_within_2_seconds(qtbot, desks, tmp_path):
    desk_a, desk_b = desks("a"), desks("b")
    staff_id, anna_id = _seed(desk_a)
    ctx, window, rem, sync = _desk_window(qtbot, desk_b, AppPaths(tmp_path / "b"), staff_id)
    try:
        qtbot.waitUntil(lambda: sync.watcher.online is True, timeout=5000)
        settle(ctx)
        assert rem.tray.icon.toolTip() == "cxlogger — nothing is due"
        assert window.interactions_view.model.rowCount() == 0
        window.show_customer(anna_id)  # an open customer on desk B
        settle(ctx)
        timeline = window.customers_view.panel.timeline_model
        assert timeline.rowCount() == 0
        start = time.monotonic()
        with desk_a.session() as s:  # desk A: another engine, another origin
            data = InteractionData(anna_id, NOW, "in_person", "purchase", "Anniversary cake")
            log_interaction(s, data, staff_id, NOW)
        qtbot.waitUntil(
            lambda: (
                rem.tray.icon.toolTip() == "cxlogger — 1 follow-up due"
                and window.interactions_view.model.rowCount() == 1
                and timeline.rowCount() == 1
            ),
            timeout=2000,
        )
        assert time.monotonic() - start < 2.0
        assert window.sidebar.item(0).text() == "Today (1)"
    finally:
        _stop(ctx, rem)


def _log_in_dialog(qtbot, window, ctx, anna_id, summary, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog = LogInteractionDialog(ctx, window, customer_id=anna_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.customer.customer_id() == anna_id, timeout=5000)
    settle(ctx)
    dialog.summary.setText(summary)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() != 0 or bool(warnings), timeout=10_000)
    assert warnings == []
    return dialog


def test_the_banner_says_offline_with_what_waits_then_all_sent(
    qtbot, desks, pg, tmp_path, monkeypatch
):
    db = desks("a")
    staff_id, anna_id = _seed(db)
    ctx, window, rem, sync = _desk_window(qtbot, db, AppPaths(tmp_path / "a"), staff_id)
    banner = window.offline_banner
    try:
        qtbot.waitUntil(lambda: sync.watcher.online is True, timeout=5000)
        qtbot.waitUntil(lambda: sync.outbox.cached_customer(anna_id) is not None, timeout=5000)
        assert banner.isHidden()
        pg.stop()
        qtbot.waitUntil(lambda: not banner.isHidden(), timeout=5000)
        assert banner.text.text() == "Working offline since 10:00 — 0 changes waiting"
        # an edit of an existing record is refused with a sentence, and no box pops up
        refused, boxes = [], []
        ctx.ops.error.connect(boxes.append)
        ctx.ops.write(
            None,
            lambda s: update_customer(s, anna_id, CustomerData("Anna Schmidt"), NOW, staff_id),
            failed=refused.append,
        )
        settle(ctx)
        assert refused and refused[0].startswith("The shared server cannot be reached, so this")
        assert "try again when the window no longer says it is working offline" in refused[0]
        for n in range(3):
            dialog = _log_in_dialog(qtbot, window, ctx, anna_id, f"Call {n}", monkeypatch)
            assert dialog.queued
        assert banner.text.text() == "Working offline since 10:00 — 3 changes waiting"
        assert sync.outbox.waiting() == 3
        pg.start()
        qtbot.waitUntil(lambda: banner.text.text() == "All changes sent", timeout=10_000)
        assert sync.outbox.waiting() == 0
        with db.session() as s:
            rows = s.execute(select(Interaction.summary, Interaction.staff_id)).all()
        assert sorted(rows) == [(f"Call {n}", staff_id) for n in range(3)]
        assert boxes == []
        qtbot.waitUntil(lambda: window.interactions_view.model.rowCount() == 3, timeout=5000)
    finally:
        _stop(ctx, rem)


def test_a_desk_started_with_the_server_down_opens_with_its_cache_and_logs(
    qtbot, desks, pg, tmp_path, monkeypatch
):
    paths = AppPaths(tmp_path / "a", pg.url)
    db = desks("a")
    staff_id, anna_id = _seed(db)
    box = live.Outbox.in_folder(paths.data_dir)
    with db.session() as s:
        box.refresh_cache(s)  # kept while this desk was online yesterday
    local_config.save(paths.data_dir, {"staff_id": staff_id})
    pg.stop()
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail(f"a box: {a[2]}"))
    offline_db = app_mod.open_or_explain(paths)
    assert offline_db is not None and offline_db.offline
    assert app_mod.identify_staff(offline_db, paths, demo=False) == staff_id
    ctx, window, rem, sync = _desk_window(qtbot, offline_db, paths, staff_id, True)
    banner = window.offline_banner
    try:
        assert banner.text.text().startswith("Working offline since 10:00 — 0 changes waiting")
        assert "started without the shared server" in banner.text.text()
        dialog = _log_in_dialog(qtbot, window, ctx, anna_id, "Came in offline", monkeypatch)
        assert dialog.queued and dialog.customer.text() == "Anna Müller"
        assert "1 change waiting" in banner.text.text()
        pg.start()
        qtbot.waitUntil(lambda: banner.text.text() == "All changes sent", timeout=10_000)
        with db.session() as s:
            assert s.scalar(select(Interaction.summary)) == "Came in offline"
    finally:
        _stop(ctx, rem)
        offline_db.dispose()


def test_a_follow_up_marked_done_and_feedback_offline_are_sent_once_when_back(
    qtbot, desks, pg, tmp_path, monkeypatch
):
    from cxlogger.core.models import Feedback, FollowUp
    from cxlogger.ui.dialogs.feedback_dialog import FeedbackDialog

    db = desks("a")
    staff_id, anna_id = _seed(db)
    with db.session() as s:  # a purchase: a thank-you is due
        log_interaction(
            s, InteractionData(anna_id, NOW, "in_person", "purchase", "Cake"), staff_id, NOW
        )
    ctx, window, rem, sync = _desk_window(qtbot, db, AppPaths(tmp_path / "a"), staff_id)
    try:
        qtbot.waitUntil(lambda: sync.watcher.online is True, timeout=5000)
        qtbot.waitUntil(lambda: len(rem.today.rows) == 1, timeout=5000)
        qtbot.waitUntil(lambda: sync.outbox.cached_customer(anna_id) is not None, timeout=5000)
        row = next(iter(rem.today.rows.values()))
        followup_id = row.followup_id
        pg.stop()
        qtbot.waitUntil(lambda: sync.is_offline(), timeout=5000)
        assert rem.today.done(row)
        settle(ctx)
        dialog = FeedbackDialog(ctx, window, customer=sync.outbox.cached_customer(anna_id))
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.ready(), timeout=5000)
        dialog.rating.setValue(5)
        dialog.accept()
        qtbot.waitUntil(lambda: dialog.result() != 0, timeout=5000)
        assert dialog.queued and dialog.saved is None
        assert window.offline_banner.text.text().endswith("2 changes waiting")
        pg.start()
        qtbot.waitUntil(
            lambda: window.offline_banner.text.text() == "All changes sent", timeout=10_000
        )
        with db.session() as s:
            followup = s.get(FollowUp, followup_id)
            assert (followup.status, followup.done_by_id) == ("done", staff_id)
            feedback = s.execute(select(Feedback)).scalar_one()
            assert (feedback.rating, feedback.customer_id) == (5, anna_id)
        qtbot.waitUntil(lambda: followup_id not in rem.today.rows, timeout=5000)
    finally:
        _stop(ctx, rem)


def test_a_heads_up_pinned_offline_is_pinned_once_when_the_server_is_back(
    qtbot, desks, pg, tmp_path
):
    from cxlogger.core.models import HeadsUp
    from cxlogger.ui.widgets.heads_up_widgets import PinHeadsUpDialog

    db = desks("a")
    staff_id, anna_id = _seed(db)
    ctx, window, rem, sync = _desk_window(qtbot, db, AppPaths(tmp_path / "a"), staff_id)
    try:
        qtbot.waitUntil(lambda: sync.watcher.online is True, timeout=5000)
        pg.stop()
        qtbot.waitUntil(lambda: sync.is_offline(), timeout=5000)
        dialog = PinHeadsUpDialog(ctx, anna_id, "Anna Müller", window)
        qtbot.addWidget(dialog)
        dialog.text.setText("Mixer returned 11 Dec, stop rental invoices")
        dialog.save()
        qtbot.waitUntil(lambda: dialog.result() != 0, timeout=5000)
        assert dialog.queued and dialog.saved is None
        assert window.offline_banner.text.text().endswith("1 change waiting")
        pg.start()
        qtbot.waitUntil(
            lambda: window.offline_banner.text.text() == "All changes sent", timeout=10_000
        )
        with db.session() as s:
            rows = s.execute(select(HeadsUp.text, HeadsUp.customer_id, HeadsUp.client_uuid)).all()
        assert rows == [("Mixer returned 11 Dec, stop rental invoices", anna_id, dialog.queued)]
    finally:
        _stop(ctx, rem)


def test_a_promise_added_offline_on_its_own_is_saved_once_when_the_server_is_back(
    qtbot, desks, pg, tmp_path
):
    from cxlogger.core.models import Promise
    from cxlogger.ui.dialogs.promise_dialogs import PromiseDialog

    db = desks("a")
    staff_id, anna_id = _seed(db)
    ctx, window, rem, sync = _desk_window(qtbot, db, AppPaths(tmp_path / "a"), staff_id)
    try:
        qtbot.waitUntil(lambda: sync.watcher.online is True, timeout=5000)
        qtbot.waitUntil(lambda: sync.outbox.cached_customer(anna_id) is not None, timeout=5000)
        pg.stop()
        qtbot.waitUntil(lambda: sync.is_offline(), timeout=5000)
        dialog = PromiseDialog(ctx, anna_id, parent=window)  # named from the desk's cache
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.ready(), timeout=5000)
        assert dialog.windowTitle() == "New promise to Anna Müller"
        assert dialog.owner.currentText() == "Sam Staff"
        dialog.description.setText("Send the corrected invoice")
        dialog.save()
        qtbot.waitUntil(lambda: dialog.result() != 0, timeout=5000)
        assert dialog.queued and dialog.saved is None
        assert window.offline_banner.text.text().endswith("1 change waiting")
        pg.start()
        qtbot.waitUntil(
            lambda: window.offline_banner.text.text() == "All changes sent", timeout=10_000
        )
        with db.session() as s:
            rows = s.execute(
                select(Promise.description, Promise.customer_id, Promise.client_uuid)
            ).all()
        assert rows == [("Send the corrected invoice", anna_id, dialog.queued)]
    finally:
        _stop(ctx, rem)

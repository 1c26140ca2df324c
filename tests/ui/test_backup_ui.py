"""Backups, restore, the damaged-database start, one window per data folder, and a
customer's Export data… / Erase customer… — as a user meets them in the window."""

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import timedelta

import pytest
from sqlalchemy import event, text

from cxlogger.core.errors import DISK_FULL_MESSAGE
from cxlogger.core.models import Customer
from cxlogger.core.storage import backup
from cxlogger.core.timeutil import format_local
from cxlogger.ui.context import AppContext
from cxlogger.ui.desktop import single_instance
from cxlogger.ui.dialogs import backup_dialogs
from cxlogger.ui.dialogs import log_dialog as log_dialog_mod
from cxlogger.ui.dialogs.backup_dialogs import RestoreDialog, SafetyController
from cxlogger.ui.dialogs.log_dialog import LogInteractionDialog
from cxlogger.ui.main_window import MainWindow
from tests.conftest import NOW
from tests.core.safety_helpers import add_customers, counts, digest
from tests.core.test_integrity import flip_page_bytes
from tests.core.test_privacy import MARKER, live_bytes, marked_customer


@pytest.fixture
def ctx(db, paths, me):
    return AppContext(db, paths, me.id, clock=lambda: NOW)


@pytest.fixture
def window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    return win


@pytest.fixture
def safety(window, ctx):
    controller = SafetyController(window, ctx)
    controller.told = []
    controller.tell = lambda title, text, problem=False: controller.told.append(
        (title, text, problem)
    )
    yield controller
    controller.executor.shutdown(wait=True)


def customer_names(ctx):
    with ctx.session() as s:
        return {r[0] for r in s.execute(text("SELECT name FROM customers"))}


def test_file_menu_offers_back_up_now_and_restore(safety, window):
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Back up now…" in texts and "&Restore from backup…" in texts
    assert texts.index("&Restore from backup…") < texts.index("&Quit")


def test_back_up_now_takes_a_backup_and_says_where(safety, ctx, paths):
    add_customers(ctx.db, NOW, 2)
    safety.backup_action.trigger()
    (info,) = backup.list_backups(paths)
    assert info.reason == "manual" and (info.customers, info.interactions) == (2, 4)
    title, message, problem = safety.told[-1]
    assert title == "Backed up" and str(info.path) in message and not problem


def test_restore_dialog_lists_date_size_and_counts(qtbot, ctx, paths):
    add_customers(ctx.db, NOW, 1)
    backup.take_backup(paths, "manual", NOW)
    add_customers(ctx.db, NOW, 2, "More")
    backup.take_backup(paths, "quit", NOW + timedelta(hours=1))
    infos = backup.list_backups(paths)
    dialog = RestoreDialog(infos)
    qtbot.addWidget(dialog)
    rows = [
        [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
        for r in range(dialog.table.rowCount())
    ]
    assert rows[0][0] == format_local(NOW + timedelta(hours=1))
    assert rows[0][1] == "On quit" and rows[0][3:] == ["3", "6"]
    assert rows[1][1] == "Backed up by hand" and rows[1][3:] == ["1", "2"]
    assert rows[1][2] == backup.human_size(infos[1].size) and "KB" in rows[1][2]
    dialog.table.selectRow(1)
    dialog.restore_button.click()
    assert dialog.chosen == infos[1].path


def test_restore_backs_up_first_and_the_window_shows_the_restored_data(
    qtbot, safety, window, ctx, paths
):
    add_customers(ctx.db, NOW, 2, "Kept")
    old = backup.take_backup(paths, "manual", NOW)
    add_customers(ctx.db, NOW, 3, "Newer")
    offered = []

    def choose(backups):
        offered.extend(backups)
        return old.path

    safety.choose_backup = choose
    safety.confirm = lambda title, body, action: True
    window.show_view("customers")
    assert window.ctx.ops.wait_idle()  # the data arrive from the background
    safety.restore_action.trigger()
    assert window.ctx.ops.wait_idle()  # the data arrive from the background

    assert [b.path for b in offered] == [old.path]
    assert customer_names(ctx) == {"Kept 0", "Kept 1"}
    before_restore = [b for b in backup.list_backups(paths) if b.reason == "before-restore"]
    assert len(before_restore) == 1 and before_restore[0].customers == 5
    assert window.customers_view.table.model().rowCount() == 2  # the view refreshed
    assert safety.told[-1][0] == "Restored"
    with ctx.session() as s:  # and the app keeps working on the restored file
        assert s.execute(text("SELECT count(*) FROM staff WHERE id = :i"), {"i": ctx.staff_id})
    # the background queries and saves use the reopened database, not the closed one
    got = []
    ctx.ops.query(None, "bind", lambda s: s.get_bind() is ctx.db.engine, got.append)
    assert ctx.ops.wait_idle() and got == [True]


def test_restore_can_be_cancelled_at_the_question(safety, ctx, paths):
    add_customers(ctx.db, NOW, 1)
    old = backup.take_backup(paths, "manual", NOW)
    add_customers(ctx.db, NOW, 1, "Newer")
    safety.choose_backup = lambda backups: old.path
    safety.confirm = lambda *a: False
    assert not safety.restore()
    assert customer_names(ctx) == {"Customer 0", "Newer 0"}


def test_backup_on_start_at_most_once_per_interval_and_on_quit(safety, paths, ctx):
    add_customers(ctx.db, NOW, 1)
    assert safety.start_backup().result(timeout=30).reason == "start"
    assert safety.start_backup().result(timeout=30) is None  # not due again yet
    add_customers(ctx.db, NOW, 1, prefix="Later")  # the quit backup is taken after a change
    safety.on_quit()
    assert sorted(b.reason for b in backup.list_backups(paths)) == ["quit", "start"]


def test_damaged_database_on_start_is_kept_aside_and_the_backup_offered(paths, now):
    from cxlogger.core.storage.db import open_database

    db = open_database(paths)
    add_customers(db, now, 2)
    good = backup.take_backup(paths, "manual", now)
    db.dispose()
    flip_page_bytes(paths.db_path)
    before = digest(paths.db_path)
    asked = []

    def decline(message, can_restore, **_):
        asked.append((message, can_restore))
        return False

    assert backup_dialogs.startup_check(paths, ask=decline) is False
    assert digest(paths.db_path) == before
    message, can_restore = asked[0]
    assert can_restore and "damaged" in message and "2 customers" in message

    assert backup_dialogs.startup_check(paths, ask=lambda m, c, **_: True) is True
    assert counts(paths.db_path) == (2, 4) == (good.customers, good.interactions)
    damaged_copies = list((paths.data_dir / "damaged").rglob(paths.db_path.name))
    assert before in {digest(p) for p in damaged_copies}


def test_customer_data_menu_exports_and_erases_with_a_backup_warning(
    qtbot, safety, window, ctx, paths, tmp_path
):
    cid = marked_customer(ctx.db, NOW, ctx.staff_id)
    add_customers(ctx.db, NOW, 1, "Other")
    panel = window.customers_view.panel
    assert panel.actions_row.indexOf(safety.data_button) >= 0
    panel.show_customer(None)
    assert panel.ctx.ops.wait_idle()  # the data arrive from the background
    safety._update_customer_actions()
    assert not safety.erase_customer_action.isEnabled()
    assert not safety.data_button.isEnabled()

    window.show_customer(cid)
    assert window.ctx.ops.wait_idle()  # the data arrive from the background
    safety._update_customer_actions()
    assert safety.export_customer_action.isEnabled()
    safety.choose_folder = lambda: str(tmp_path / "export")
    (tmp_path / "export").mkdir()
    safety.export_customer_action.trigger()
    (folder,) = list((tmp_path / "export").iterdir())
    assert (folder / "customer.json").exists() and (folder / "interactions.csv").exists()

    questions = []
    safety.confirm = lambda title, body, action: questions.append(body) or True
    safety.erase_customer_action.trigger()
    assert "6 interactions" in questions[0]
    assert "Older backups still contain this customer until they are rotated out" in questions[0]
    # the refund is a money record: kept for the books, with nothing personal in it
    assert "Their money record (a sale, refund, credit or goodwill) is kept" in questions[0]
    assert "so past money exports do not change" in questions[0]
    assert customer_names(ctx) == {"Other 0", "Erased customer"}
    assert ctx.ops.wait_idle()
    assert panel.customer is None
    assert window.customers_view.table.model().rowCount() == 1
    assert MARKER.encode() not in live_bytes(paths)
    assert safety.told[-1][0] == "Erased" and "Older backups" in safety.told[-1][1]
    assert "Their money record (a sale, refund, credit or goodwill) is kept" in safety.told[-1][1]


def test_a_full_disk_while_saving_an_interaction_says_so_and_keeps_the_dialog(
    qtbot, ctx, monkeypatch
):
    (cid,) = add_customers(ctx.db, NOW, 1)
    with ctx.session() as s:
        customer = s.get(Customer, cid)
    with closing(sqlite3.connect(ctx.paths.db_path)) as con:
        pages = con.execute("PRAGMA page_count").fetchone()[0]

    def no_room(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(ctx.db.engine, "connect", no_room)
    ctx.db.engine.dispose()
    warnings = []
    monkeypatch.setattr(
        log_dialog_mod.QMessageBox, "warning", lambda parent, title, body: warnings.append(body)
    )
    dialog = LogInteractionDialog(ctx, None, customer=customer)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ready)
    dialog.summary.setText("Asked about opening hours")
    dialog.details.setPlainText("What they said. " * 2000)  # needs new pages: no room
    dialog.save()
    assert ctx.ops.wait_idle()
    assert warnings == [DISK_FULL_MESSAGE]
    assert dialog.saved is None and dialog.isVisible() is False and dialog.result() == 0

    event.remove(ctx.db.engine, "connect", no_room)  # space again
    ctx.db.engine.dispose()
    dialog.save()
    assert ctx.ops.wait_idle()
    assert dialog.saved is not None and dialog.result() == 1


@pytest.mark.skipif(os.name != "posix", reason="local sockets and locks as on Linux")
def test_a_second_start_wakes_the_first_and_exits(qtbot, paths):
    first = single_instance.claim(paths)
    assert first is not None
    try:
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert single_instance.claim(paths) is None  # same process, second copy
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        with qtbot.waitSignal(first.activated, timeout=30000):
            child = subprocess.Popen(
                [sys.executable, "-m", "cxlogger", "--data-dir", str(paths.data_dir)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        assert child.wait(timeout=30) == 0
        assert not paths.db_path.exists()  # the second copy never opened the database
    finally:
        first.release()
    again = single_instance.claim(paths)  # free once the first copy is gone
    assert again is not None
    again.release()


def test_data_button_follows_the_chosen_customer_after_its_menu_opened(safety, window, ctx):
    """Seen: one click on Data with no customer disabled it for good (its state was only
    updated when its menu opened, and a disabled button never opens its menu)."""
    cid = marked_customer(ctx.db, NOW, ctx.staff_id)
    panel = window.customers_view.panel
    assert not safety.data_button.isEnabled()  # no customer chosen yet
    safety.data_button.menu().aboutToShow.emit()  # the click that used to stick it
    window.show_customer(cid)
    assert window.ctx.ops.wait_idle()  # the data arrive from the background
    assert safety.data_button.isEnabled()
    assert safety.export_customer_action.isEnabled()
    assert safety.erase_customer_action.isEnabled()
    panel.show_customer(None)
    assert panel.ctx.ops.wait_idle()  # the data arrive from the background
    assert not safety.data_button.isEnabled()
    window.show_customer(cid)
    assert window.ctx.ops.wait_idle()  # the data arrive from the background
    assert safety.data_button.isEnabled()

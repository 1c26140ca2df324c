"""Export and import dialogs: work runs off the GUI thread, with progress and Cancel."""

import csv
import io
import threading
import time
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from cxlogger.core.models import Customer
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.ui.context import AppContext
from cxlogger.ui.dialogs import export_dialog as export_mod
from cxlogger.ui.dialogs import import_dialog as import_mod
from cxlogger.ui.dialogs.export_dialog import ExportDialog
from cxlogger.ui.dialogs.import_dialog import ImportDialog
from cxlogger.ui.main_window import MainWindow

NOW = datetime(2026, 3, 11, 10, tzinfo=timezone.utc)


@pytest.fixture
def utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def ctx(utc, db, paths, me):
    return AppContext(db, paths, me.id, clock=lambda: NOW)


def add_sales(ctx):
    with ctx.session() as s:
        anna = add_customer(s, CustomerData("Anna"), ctx.staff_id, NOW)
    for when, amount in [
        (datetime(2026, 2, 27, 12, tzinfo=timezone.utc), "-12.50"),
        (datetime(2026, 3, 2, 9, tzinfo=timezone.utc), "99.00"),
        (datetime(2026, 3, 10, 9, tzinfo=timezone.utc), "=1+1"),
    ]:
        data = InteractionData(
            anna.id,
            when,
            "in_person",
            "purchase",
            "Sale",
            amount=amount if amount[0] != "=" else "",
            amount_kind="sale" if amount[0] != "=" else None,
        )
        with ctx.session() as s:
            log_interaction(s, data, ctx.staff_id, NOW)


def customer_names(ctx):
    with ctx.session() as s:
        return list(s.scalars(select(Customer.name).order_by(Customer.id)))


def test_main_window_has_the_file_actions(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    actions = window.file_menu.actions()
    assert window.export_action in actions and window.import_action in actions
    assert actions.index(window.import_action) < actions.index(window.quit_action)


def test_export_this_month_money(qtbot, ctx, tmp_path):
    add_sales(ctx)
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.dataset.setCurrentIndex(dialog.dataset.findData("money"))
    dialog.period.setCurrentIndex(dialog.period.findData("this_month"))
    assert not dialog.date_from.isEnabled()
    assert dialog.date_from.date().toString("yyyy-MM-dd") == "2026-03-01"
    assert dialog.date_to.date().toString("yyyy-MM-dd") == "2026-03-31"
    target = tmp_path / "march.csv"
    dialog.ask_path = lambda: str(target)
    dialog.export_button.click()
    qtbot.waitUntil(
        lambda: dialog.worker is None and "Wrote" in dialog.status.text(), timeout=10000
    )
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline="")))
    assert [r[1] for r in rows[1:]] == ["2026-03-02"]  # February's refund is not this month
    assert (rows[1][4], rows[1][7]) == ("99.00", "99.00")  # net, amount
    assert "Wrote 1 row to" in dialog.status.text()
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isVisible()


def test_export_semicolon_enables_decimal_comma(qtbot, ctx):
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.decimal_comma.isEnabled()
    dialog.separator.setCurrentIndex(dialog.separator.findData(";"))
    assert dialog.decimal_comma.isEnabled()
    dialog.decimal_comma.setChecked(True)
    options = dialog.options()
    assert (options.delimiter, options.decimal_comma, options.date_from) == (";", True, None)


def test_export_cancel_leaves_no_file(qtbot, ctx, tmp_path, monkeypatch):
    add_sales(ctx)
    gate = threading.Event()
    real = export_mod.export_csv

    def gated(session, options, target, progress=None, cancelled=None):
        assert gate.wait(10)  # the export is "running" until the test has clicked Cancel
        return real(session, options, target, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(export_mod, "export_csv", gated)
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    target = tmp_path / "out" / "all.csv"
    target.parent.mkdir()
    dialog.ask_path = lambda: str(target)
    dialog.show()
    dialog.export_button.click()
    try:
        assert dialog.worker is not None and dialog.cancel_button.isVisible()
        assert not dialog.export_button.isEnabled()  # the window stays responsive meanwhile
        dialog.cancel_button.click()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=10000)
    assert "cancelled" in dialog.status.text()
    assert list(target.parent.iterdir()) == []


def write(tmp_path, text, name="contacts.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def open_import(qtbot, ctx, path):
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ask_open_path = lambda: str(path)
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.plan is not None, timeout=10000)
    return dialog


def test_import_preview_then_import(qtbot, ctx, tmp_path):
    with ctx.session() as s:
        add_customer(s, CustomerData("Existing", email="known@example.com"), ctx.staff_id, NOW)
    text = (
        "Vorname;Nachname;Mail-Adresse;Handy\nJürgen;Weiß;j@example.com;0171 555\n"
        "Known;Twin;KNOWN@example.com;\n"
    )
    dialog = open_import(qtbot, ctx, write(tmp_path, text, encoding="cp1252"))
    assert "Windows-1252" in dialog.file_label.text() and "semicolon" in dialog.file_label.text()
    assert [c.currentData() for c in dialog.combos] == ["first_name", "last_name", None, "phone"]
    assert dialog.summary.text().startswith("2 new customers will be added. 0 duplicates")
    # "Mail-Adresse" was not recognised: map it by hand, the preview updates
    dialog.combos[2].setCurrentIndex(dialog.combos[2].findData("email"))
    qtbot.waitUntil(
        lambda: (
            dialog.worker is None and dialog.plan is not None and dialog.plan.mapping[2] == "email"
        ),
        timeout=10000,
    )
    assert dialog.summary.text().startswith("1 new customer will be added. 1 duplicate")
    assert any(
        "existing customer Existing" in dialog.issues.item(i).text()
        for i in range(dialog.issues.count())
    )
    announced = []
    ctx.changes.changed.connect(announced.append)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(
        lambda: dialog.worker is None and "Imported" in dialog.status.text(), timeout=10000
    )
    assert customer_names(ctx) == ["Existing", "Jürgen Weiß"]
    assert announced == [{"customers"}]
    assert not dialog.import_button.isEnabled()  # the same preview cannot be imported twice
    assert any("before-import" in p.name for p in ctx.paths.backup_dir.iterdir())


def test_invalid_rows_block_the_import_until_skipped(qtbot, ctx, tmp_path):
    dialog = open_import(qtbot, ctx, write(tmp_path, "name,email\nA,a@example.com\nB,nope\n"))
    assert "1 invalid row" in dialog.summary.text()
    assert dialog.issues.item(0).text().startswith("Invalid: line 3, email")
    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(
        lambda: dialog.worker is None and "Imported" in dialog.status.text(), timeout=10000
    )
    assert customer_names(ctx) == ["A"]


def test_unreadable_file_is_explained(qtbot, ctx, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ask_open_path = lambda: str(path)
    dialog.choose_button.click()
    qtbot.waitUntil(
        lambda: (
            dialog.worker is None
            and dialog.status.text() != ""
            and "Reading" not in dialog.status.text()
        ),
        timeout=10000,
    )
    assert "NUL" in dialog.status.text()
    assert not dialog.import_button.isEnabled()


def test_import_cancel_imports_nothing(qtbot, ctx, tmp_path, monkeypatch):
    lines = ["name"] + [f"Customer {n}" for n in range(20000)]
    dialog = open_import(qtbot, ctx, write(tmp_path, "\n".join(lines)))
    gate = threading.Event()
    real = import_mod.apply_import

    def gated(*args, **kwargs):
        assert gate.wait(10)  # "importing" until the test has clicked Cancel
        return real(*args, **kwargs)

    monkeypatch.setattr(import_mod, "apply_import", gated)
    dialog.show()
    dialog.import_button.click()
    try:
        assert dialog.cancel_button.isVisible() and not dialog.close_button.isEnabled()
        dialog.cancel_button.click()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20000)
    assert dialog.status.text() == "Import cancelled; nothing was imported."
    with ctx.session() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0


def test_import_on_a_full_disk_says_how_much_room_is_needed(qtbot, ctx, tmp_path):
    import sqlite3
    from contextlib import closing

    from sqlalchemy import event

    lines = ["name,email,notes"]
    lines += [f"Privatperson {n},person{n}@example.com,{'Notiz ' * 30}" for n in range(3000)]
    dialog = open_import(qtbot, ctx, write(tmp_path, "\n".join(lines)))
    engine = ctx.db.engine
    with closing(sqlite3.connect(ctx.paths.db_path)) as con:
        pages = con.execute("PRAGMA page_count").fetchone()[0]

    def full(dbapi_connection, _record):  # the database may grow by 20 pages, no more
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 20}")

    event.listen(engine, "connect", full)
    engine.dispose()  # new connections, with the limit
    try:
        dialog.import_button.click()
        qtbot.waitUntil(
            lambda: dialog.worker is None and "Importing" not in dialog.status.text(),
            timeout=20000,
        )
    finally:
        event.remove(engine, "connect", full)
        engine.dispose()
    message = dialog.status.text()
    assert message.startswith("The disk is full: importing these 3,000 customers needs about ")
    assert f"MB free in {ctx.paths.data_dir}." in message
    assert "Nothing was imported" in message and len(message) < 300
    for leak in ("Privatperson", "@example.com", "Notiz", "INSERT", "Something went wrong"):
        assert leak not in message
    assert customer_names(ctx) == []


def test_a_failed_background_job_never_shows_the_error_text(qtbot):
    from cxlogger.ui.worker import JobWorker

    def job(progress, cancelled):  # a bug whose message quotes a customer
        raise RuntimeError("INSERT failed for ('Privatperson 7', 'person7@example.com')")

    worker = JobWorker(job)
    with qtbot.waitSignal(worker.failed, timeout=10000) as failed:
        worker.start()
    worker.wait()
    assert failed.args == [
        "Something went wrong (RuntimeError); nothing was changed. The details are in the log."
    ]


def test_the_export_dialog_opens_at_once_and_lists_the_staff_when_they_arrive(qtbot, ctx):
    from cxlogger.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.staff.itemText(0) == "Everyone"
    assert ctx.ops.wait_idle()
    names = [dialog.staff.itemText(i) for i in range(dialog.staff.count())]
    assert names[0] == "Everyone" and len(names) >= 2
    assert dialog.staff.findData(ctx.staff_id) > 0

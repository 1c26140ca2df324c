"""Two desks edit one customer (issue 12): the second desk's save opens the conflict
dialog (yours / theirs / who and when, a choice per field), nothing is overwritten, and
the chosen merge is saved. On SQLite (two engines on one file) and on the PostgreSQL
server of the test configuration. Also: staff cannot erase or restore from the window."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from sqlalchemy import text

from cxlogger.core.models import Customer, Interaction
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.staff import add_staff
from cxlogger.core.storage import backup
from cxlogger.core.storage.db import make_engine, open_database
from cxlogger.core.storage.paths import AppPaths
from cxlogger.ui.context import AppContext
from cxlogger.ui.dialogs import conflict_dialog, record_editor
from cxlogger.ui.dialogs.backup_dialogs import SafetyController
from cxlogger.ui.dialogs.customer_dialog import CustomerDialog
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QDialog, QLabel
from tests.conftest import NOW
from tests.helpers import open_fresh_database

PG_URL = os.environ.get("CXLOGGER_TEST_POSTGRES_URL", "")


@pytest.fixture(params=["sqlite", "postgresql"])
def two_desks(request, tmp_path):
    """Two app contexts, each with its own engine, on one database; Alex and Bea."""
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("no PostgreSQL server: set CXLOGGER_TEST_POSTGRES_URL (.ci/run does)")
        engine = make_engine(PG_URL)
        with engine.begin() as con:
            con.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            con.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        paths = AppPaths(tmp_path / "data", PG_URL)
        first = open_database(paths)
    else:
        paths = AppPaths(tmp_path / "data")
        first = open_fresh_database(paths)
    second = open_database(paths)
    with first.session() as s:
        alex = add_staff(s, "Alex", NOW)
        bea = add_staff(s, "Bea", NOW)
        anna = add_customer(
            s, CustomerData("Anna Berg", email="anna@example.com", phone="0301234"), alex.id, NOW
        )
    desk_a = AppContext(first, paths, alex.id, clock=lambda: NOW + timedelta(minutes=10))
    desk_b = AppContext(second, paths, bea.id, clock=lambda: NOW + timedelta(minutes=5))
    yield desk_a, desk_b, anna
    for desk in (desk_a, desk_b):
        desk.ops.shutdown()
    first.dispose()
    second.dispose()


def stored(desk, customer_id) -> Customer:
    with desk.db.session() as s:
        return s.get(Customer, customer_id)


@pytest.fixture
def shown(monkeypatch):
    """The conflict dialog opens as it would; exec() lets the test look and choose."""
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        return dialog.answer(dialog) if hasattr(dialog, "answer") else QDialog.DialogCode.Accepted

    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", fake_exec)
    return seen


def test_second_desk_gets_the_conflict_dialog_and_the_chosen_merge_is_saved(
    qtbot, two_desks, shown
):
    desk_a, desk_b, anna = two_desks
    # both desks open the customer
    dialog_a = CustomerDialog(desk_a, customer_id=anna.id)
    dialog_b = CustomerDialog(desk_b, customer_id=anna.id)
    for dialog in (dialog_a, dialog_b):
        qtbot.addWidget(dialog)
        qtbot.waitUntil(dialog.ready)
    # Bea saves a new phone number first
    dialog_b.phone.setText("0309999")
    dialog_b.save()
    assert desk_b.ops.wait_idle() and dialog_b.saved is not None
    # Alex, whose dialog still shows the old phone, changes the email and saves
    dialog_a.email.setText("anna.berg@example.com")
    dialog_a.save()
    assert desk_a.ops.wait_idle()
    (conflict_window,) = shown
    texts = [w.text() for w in conflict_window.findChildren(QLabel)]
    assert any("Bea changed this customer on" in t for t in texts)
    assert any(t.startswith("changed by Bea, ") for t in texts)
    # one row per field that differs: yours and theirs, preselected sensibly
    assert set(conflict_window.groups) == {"email", "phone"}
    assert conflict_window.yours["phone"].text() == "0301234"
    assert conflict_window.theirs["phone"].text() == "0309999"
    assert conflict_window.theirs["phone"].isChecked()  # Alex never touched the phone
    assert conflict_window.yours["email"].text() == "anna.berg@example.com"
    assert conflict_window.yours["email"].isChecked()
    # the merge: Alex's email, Bea's phone, saved against the new version
    assert desk_a.ops.wait_idle()
    assert dialog_a.saved is not None
    after = stored(desk_b, anna.id)
    assert (after.email, after.phone) == ("anna.berg@example.com", "0309999")
    assert dialog_a.phone.text() == "0309999"  # the dialog shows what was saved


def test_choosing_theirs_everywhere_keeps_their_values_and_back_saves_nothing(
    qtbot, two_desks, shown, monkeypatch
):
    desk_a, desk_b, anna = two_desks
    dialog_a = CustomerDialog(desk_a, customer_id=anna.id)
    qtbot.addWidget(dialog_a)
    qtbot.waitUntil(dialog_a.ready)
    with desk_b.db.session() as s:
        from cxlogger.core.records.customers import update_customer

        update_customer(s, anna.id, CustomerData("Anna Berg-Lind", phone="0301234"), NOW)
    dialog_a.name.setText("Anna B.")

    # first: "Back to editing" — nothing saved, the dialog keeps what Alex typed
    monkeypatch.setattr(
        conflict_dialog.ConflictDialog,
        "answer",
        lambda self, dialog: QDialog.DialogCode.Rejected,
        raising=False,
    )
    dialog_a.save()
    assert desk_a.ops.wait_idle()
    assert dialog_a.saved is None and dialog_a.name.text() == "Anna B."
    assert stored(desk_b, anna.id).name == "Anna Berg-Lind"

    # then: theirs for every field
    def theirs(self, dialog):
        for key in dialog.groups:
            dialog.choose(key, "theirs")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(conflict_dialog.ConflictDialog, "answer", theirs, raising=False)
    dialog_a.save()
    assert desk_a.ops.wait_idle()
    after = stored(desk_b, anna.id)
    assert (after.name, after.email) == ("Anna Berg-Lind", "")


def test_record_editor_offers_the_same_choice(qtbot, two_desks, shown):
    desk_a, desk_b, anna = two_desks
    with desk_a.db.session() as s:
        item = log_interaction(
            s,
            InteractionData(
                customer_id=anna.id,
                occurred_at=NOW,
                channel="phone",
                kind="inquiry",
                summary="Asked about bikes",
            ),
            desk_a.staff_id,
            NOW,
        )
    editor_a = record_editor.RecordEditorDialog(desk_a, "interaction", item.id)
    editor_b = record_editor.RecordEditorDialog(desk_b, "interaction", item.id)
    for editor in (editor_a, editor_b):
        qtbot.addWidget(editor)
        qtbot.waitUntil(editor.ready)
    editor_b.fields["summary"].widget.setText("Asked about e-bikes")
    editor_b.save()
    assert desk_b.ops.wait_idle() and editor_b.saved
    editor_a.fields["details"].widget.setPlainText("Wants a test ride")
    editor_a.save()
    assert desk_a.ops.wait_idle()
    (window,) = shown
    assert set(window.groups) == {"summary", "details"}
    assert window.theirs["summary"].text() == "Asked about e-bikes"
    assert desk_a.ops.wait_idle() and editor_a.saved
    with desk_b.db.session() as s:
        after = s.get(Interaction, item.id)
        assert (after.summary, after.details) == ("Asked about e-bikes", "Wants a test ride")


# --------------------------------------------------------------------------- roles


def test_staff_cannot_erase_or_restore_from_the_window(qtbot, db, paths, me):
    sam = None
    with db.session() as s:
        sam = add_staff(s, "Sam Front Desk", NOW)
        anna = add_customer(s, CustomerData("Anna Berg"), me.id, NOW)
    backup.take_backup(paths, "manual", NOW)
    ctx = AppContext(db, paths, sam.id, clock=lambda: NOW)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    safety = SafetyController(window, ctx)
    told = []
    safety.tell = lambda title, text, problem=False: told.append((title, text, problem))
    safety.confirm = lambda *a, **k: pytest.fail("staff are never asked to confirm")
    safety.choose_backup = lambda *a, **k: pytest.fail("staff never get to choose a backup")
    try:
        assert not safety.erase_customer(anna.id)
        assert told[-1] == (
            "Not erased",
            "Only an owner can erase a customer. Ask Alex Owner to do it, or to make you an "
            "owner (Staff…).",
            True,
        )
        assert not safety.restore()
        assert told[-1][0] == "Not restored"
        assert "Only an owner can restore a backup" in told[-1][1]
        with db.session() as s:
            assert s.get(Customer, anna.id) is not None
    finally:
        safety.executor.shutdown(wait=True)
        ctx.ops.shutdown()


def test_staff_dialog_shows_owners_and_only_an_owner_changes_roles(qtbot, db, paths, me):
    from cxlogger.core.models import Staff
    from cxlogger.ui.dialogs.staff_dialogs import StaffDialog

    with db.session() as s:
        sam = add_staff(s, "Sam Front Desk", NOW)

    def open_as(staff_id):
        ctx = AppContext(db, paths, staff_id, clock=lambda: NOW)
        dialog = StaffDialog(ctx)
        qtbot.addWidget(dialog)
        assert ctx.ops.wait_idle()
        return ctx, dialog

    def rows(dialog):
        return [dialog.list.item(r).text() for r in range(dialog.list.count())]

    ctx, as_sam = open_as(sam.id)
    assert rows(as_sam) == ["Alex Owner  (owner)", "Sam Front Desk  (you)"]
    as_sam.list.setCurrentRow(1)
    as_sam.toggle_role()  # Sam tries to make himself an owner
    assert ctx.ops.wait_idle()
    assert as_sam.error.text().startswith("Only an owner can manage staff. Ask Alex Owner")
    as_sam.ask_name = lambda title, current="": "Robin"
    as_sam.add()
    assert ctx.ops.wait_idle()
    assert "Only an owner can manage staff" in as_sam.error.text()
    ctx.ops.shutdown()

    ctx, as_alex = open_as(me.id)
    as_alex.list.setCurrentRow(1)
    as_alex.toggle_role()
    assert ctx.ops.wait_idle()
    assert rows(as_alex) == ["Alex Owner  (owner)  (you)", "Sam Front Desk  (owner)"]
    with db.session() as s:
        assert s.get(Staff, sam.id).role == "owner"
        assert s.query(Staff).count() == 2  # Sam's "Robin" was never added
    ctx.ops.shutdown()


def test_settings_say_who_is_an_owner_and_staff_cannot_change_rules(
    qtbot, db, paths, me, monkeypatch
):
    from cxlogger.core.records import settings as settings_svc
    from cxlogger.ui.dialogs.settings_dialog import SettingsDialog

    with db.session() as s:
        sam = add_staff(s, "Sam Front Desk", NOW)
    ctx = AppContext(db, paths, sam.id, clock=lambda: NOW)
    dialog = SettingsDialog(ctx, autostart_base=paths.data_dir / "autostart")
    qtbot.addWidget(dialog)
    assert ctx.ops.wait_idle()
    assert dialog.owners.text().startswith("Alex Owner — you are staff: only an owner can")
    warned = []
    import cxlogger.ui.dialogs.settings_dialog as module

    monkeypatch.setattr(module.QMessageBox, "warning", lambda *a: warned.append(a[2]))
    dialog.business_name.setText("Sam's shop")
    dialog.accept()
    assert ctx.ops.wait_idle()
    assert warned and warned[-1].startswith("Only an owner can change the reminder rules")
    with db.session() as s:
        assert settings_svc.get(s, "business_name") == ""
    ctx.ops.shutdown()


def test_settings_changed_on_another_desk_meanwhile_open_the_conflict_dialog(
    qtbot, db, paths, me, shown
):
    from cxlogger.core.records import settings as settings_svc
    from cxlogger.ui.dialogs.settings_dialog import SettingsDialog

    ctx = AppContext(db, paths, me.id, clock=lambda: NOW)
    dialog = SettingsDialog(ctx, autostart_base=paths.data_dir / "autostart")
    qtbot.addWidget(dialog)
    assert ctx.ops.wait_idle()
    with db.session() as s:  # another desk changes a rule meanwhile
        settings_svc.update(s, {"feedback_after_days": 12})
    dialog.business_name.setText("Bäckerei Sonne")
    dialog.accept()
    assert ctx.ops.wait_idle()
    (window,) = shown
    # the settings the other desk changed, to other values than this dialog has
    assert set(window.groups) == {"feedback_after_days"}
    assert window.theirs["feedback_after_days"].isChecked()
    assert window.theirs["feedback_after_days"].text() == "12"
    assert ctx.ops.wait_idle()
    with db.session() as s:
        assert settings_svc.get(s, "business_name") == "Bäckerei Sonne"
        assert settings_svc.get(s, "feedback_after_days") == 12  # theirs, not overwritten
    ctx.ops.shutdown()

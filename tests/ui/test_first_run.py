"""First start on a desktop: cxlogger asks who is using it and remembers the answer."""

from cxlogger.core import staff as staff_svc
from cxlogger.ui.qt import QDialog, Qt
from cxlogger.ui.staff_dialogs import WhoAreYouDialog, current_staff_id, remember_staff


def test_a_new_name_becomes_a_staff_member_and_is_remembered(qtbot, db, paths):
    dialog = WhoAreYouDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.ready)  # the staff list arrived (none yet)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Sam Front Desk")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.staff_id is not None)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session() as session:
        assert [m.name for m in staff_svc.list_staff(session)] == ["Sam Front Desk"]
    remember_staff(paths, dialog.staff_id)
    assert current_staff_id(db, paths) == dialog.staff_id


def test_an_existing_staff_member_can_be_picked(qtbot, db, me):
    dialog = WhoAreYouDialog(db)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ready)
    assert dialog.existing.currentData() == me.id
    assert not dialog.existing.isHidden()
    assert not dialog.name.isEnabled()
    dialog.save()
    assert dialog.staff_id == me.id
    with db.session() as session:
        assert len(staff_svc.list_staff(session)) == 1


def test_an_empty_name_is_explained_and_nothing_saved(qtbot, db):
    dialog = WhoAreYouDialog(db)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ready)
    assert dialog.existing.isHidden()  # nobody to pick yet
    dialog.name.clear()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Enter a name" in dialog.error.text()
    with db.session() as session:
        assert staff_svc.list_staff(session) == []

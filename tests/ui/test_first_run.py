"""First start on a desktop: cxlogger asks who is using it and remembers the answer."""

import pytest

from cxlogger.core.records import staff as staff_svc
from cxlogger.ui.dialogs.saving_dialog import accept_buttons
from cxlogger.ui.dialogs.staff_dialogs import WhoAreYouDialog, current_staff_id, remember_staff
from cxlogger.ui.qt import QDialog, QLocale, Qt, QTime


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


def _new_business_dialog(qtbot, db):
    dialog = WhoAreYouDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.ready)
    return dialog


def test_a_new_database_sets_up_the_business_in_the_same_step(qtbot, db):
    from cxlogger.core.records import settings

    dialog = _new_business_dialog(qtbot, db)
    assert dialog.business.isVisible() and dialog.demo_button.isVisible()
    dialog.name.setText("Bea")
    qtbot.keyClicks(dialog.business.name, "Corner Bakery")
    dialog.business.days[5].setChecked(True)  # Saturdays too
    dialog.business.opens.setTime(QTime(7, 30))
    dialog.business.currency.setCurrentText("NOK")
    qtbot.mouseClick(accept_buttons(dialog)[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.staff_id is not None)
    with db.session() as session:
        values = settings.get_all(session)
        assert [m.name for m in staff_svc.list_staff(session)] == ["Bea"]
    assert values["business_name"] == "Corner Bakery"
    assert values["working_days"] == [0, 1, 2, 3, 4, 5]
    assert values["morning_time"] == "07:30" and values["default_currency"] == "NOK"


def test_closing_before_opening_is_explained_and_nothing_saved(qtbot, db):
    dialog = _new_business_dialog(qtbot, db)
    dialog.name.setText("Bea")
    dialog.business.closes.setTime(QTime(8, 0))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.business.error.text() != "")
    assert "closing time must be later" in dialog.business.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    with db.session() as session:
        assert staff_svc.list_staff(session) == []


def test_the_demo_opens_on_its_own_and_the_welcome_stays(qtbot, db, monkeypatch):
    from cxlogger.ui.dialogs import staff_dialogs

    started = []
    monkeypatch.setattr(staff_dialogs, "open_demo", lambda: started.append(True) or True)
    dialog = _new_business_dialog(qtbot, db)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert started == [True]
    assert dialog.isVisible() and dialog.demo_note.isVisible()
    with db.session() as session:
        assert staff_svc.list_staff(session) == []  # nothing of yours was created


@pytest.mark.parametrize("locale, first", [("en_US", "Sunday"), ("de_DE", "Montag")])
def test_opening_days_follow_the_locales_week(qtbot, db, locale, first):
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        dialog = _new_business_dialog(qtbot, db)
        first_box = next(iter(dialog.business.days.values()))
        assert first_box.accessibleName() == first
    finally:
        QLocale.setDefault(before)


def test_a_second_desk_on_a_shared_database_is_not_asked_about_the_business(qtbot, db, me):
    dialog = WhoAreYouDialog(db)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ready)
    assert dialog.business.isHidden() and dialog.demo_button.isHidden()


def test_the_language_chosen_at_the_welcome_is_kept_for_the_next_start(qtbot, db, paths):
    from cxlogger.core.storage import local_config

    dialog = WhoAreYouDialog(db, paths=paths)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ready)
    dialog.name.setText("Kari")
    dialog.business.language.setCurrentIndex(dialog.business.language.findData("nb"))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.staff_id is not None)
    assert local_config.load(paths.data_dir).get("language") == "nb"

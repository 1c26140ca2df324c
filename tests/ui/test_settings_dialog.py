"""The settings dialog stores rules and hours, opens the template library, and manages start
at login."""
# ruff: noqa: F811  (pytest fixtures imported from tests.ui.reminders_helpers)

from cxlogger.core.autostart import xdg_path
from cxlogger.core.records import settings
from cxlogger.ui.dialogs.settings_dialog import SettingsDialog
from tests.ui.reminders_helpers import clock, ctx, utc  # noqa: F401


def make(qtbot, ctx, tmp_path):
    dialog = SettingsDialog(ctx, autostart_base=tmp_path / "config", platform="linux")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ready)  # the stored settings arrived: the tabs are there
    return dialog


def stored(ctx):
    with ctx.session() as session:
        return settings.get_all(session)


def test_shows_the_defaults(qtbot, ctx, tmp_path):
    dialog = make(qtbot, ctx, tmp_path)
    assert dialog.feedback_days.value() == 7 and dialog.feedback_gap.value() == 90
    assert dialog.complaint_days.value() == 2
    assert [c.isChecked() for c in dialog.day_checks] == [True] * 5 + [False] * 2
    assert dialog.quiet_start.time().toString("HH:mm") == "20:00"
    assert dialog.thank_days["purchase"].text() == "the same day"
    assert not dialog.start_at_login.isChecked()


def test_saving_stores_rules_and_hours(qtbot, ctx, tmp_path):
    announced = []
    ctx.changes.changed.connect(announced.append)
    dialog = make(qtbot, ctx, tmp_path)
    dialog.business_name.setText("  Bäckerei   Sonne ")
    dialog.feedback_days.setValue(10)
    dialog.feedback_gap.setValue(30)
    dialog.thank_checks["referral"].setChecked(False)
    dialog.day_checks[5].setChecked(True)
    dialog.quiet_start.setTime(dialog.quiet_start.time().fromString("21:30", "HH:mm"))
    dialog.accept()
    assert ctx.ops.wait_idle()
    values = stored(ctx)
    assert values["business_name"] == "Bäckerei Sonne"
    assert values["feedback_after_days"] == 10 and values["feedback_min_gap_days"] == 30
    assert values["thank_referral_enabled"] is False
    assert values["working_days"] == [0, 1, 2, 3, 4, 5]
    assert values["quiet_start"] == "21:30"
    assert {"settings"} in announced


def test_no_open_day_is_refused(qtbot, ctx, tmp_path, monkeypatch):
    from cxlogger.ui.dialogs import settings_dialog

    warned = []
    monkeypatch.setattr(
        settings_dialog.QMessageBox, "warning", lambda *args: warned.append(args[2])
    )
    dialog = make(qtbot, ctx, tmp_path)
    for check in dialog.day_checks:
        check.setChecked(False)
    dialog.accept()
    assert ctx.ops.wait_idle()
    assert warned and stored(ctx)["working_days"] == [0, 1, 2, 3, 4]


def test_start_at_login_writes_and_removes_the_autostart_entry(qtbot, ctx, tmp_path):
    entry = xdg_path(tmp_path / "config")
    dialog = make(qtbot, ctx, tmp_path)
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    assert ctx.ops.wait_idle()
    text = entry.read_text()
    assert "--hidden" in text and str(ctx.paths.data_dir) in text
    dialog = make(qtbot, ctx, tmp_path)
    assert dialog.start_at_login.isChecked()
    dialog.start_at_login.setChecked(False)
    dialog.accept()
    assert ctx.ops.wait_idle()
    assert not entry.exists()


def test_the_templates_tab_opens_the_template_library(qtbot, ctx, tmp_path, monkeypatch):
    from cxlogger.ui.dialogs import template_editor

    opened = []
    monkeypatch.setattr(template_editor, "open_template_editor", lambda c, p: opened.append(c))
    dialog = make(qtbot, ctx, tmp_path)
    assert dialog.tabs.tabText(3) == "Templates"
    dialog.templates_button.click()
    assert opened == [ctx]


def test_closing_time_and_promise_lead_are_settings(qtbot, ctx, tmp_path):
    from datetime import date

    from cxlogger.core.models import Promise
    from cxlogger.core.records.customers import CustomerData, add_customer
    from cxlogger.core.records.promises import PromiseData, add_promise

    with ctx.session() as session:
        anna = add_customer(session, CustomerData("Anna"), ctx.staff_id, ctx.now())
        promise = add_promise(
            session, anna.id, PromiseData("Refund", date(2026, 3, 13)), ctx.staff_id, ctx.now()
        )
    dialog = make(qtbot, ctx, tmp_path)
    assert dialog.closing.time().toString("HH:mm") == "17:00"
    assert dialog.promise_lead.value() == 1
    assert dialog.promise_lead_unit.currentData() == "working_days"
    dialog.promise_lead.setValue(2)
    dialog.promise_lead_unit.setCurrentIndex(dialog.promise_lead_unit.findData("hours"))
    assert dialog.promise_lead.value() == 24  # each unit keeps its own number
    dialog.promise_lead.setValue(6)
    dialog.closing.setTime(dialog.closing.time().fromString("18:30", "HH:mm"))
    dialog.accept()
    assert ctx.ops.wait_idle()
    values = stored(ctx)
    assert values["closing_time"] == "18:30"
    assert (values["promise_lead_unit"], values["promise_lead_days"]) == ("hours", 2)
    assert values["promise_lead_hours"] == 6
    with ctx.session() as session:  # "by Friday" now means Friday 18:30
        assert session.get(Promise, promise.id).due_at.strftime("%a %H:%M") == "Fri 18:30"


def test_closing_before_opening_is_refused(qtbot, ctx, tmp_path, monkeypatch):
    from cxlogger.ui.dialogs import settings_dialog

    warned = []
    monkeypatch.setattr(
        settings_dialog.QMessageBox, "warning", lambda *args: warned.append(args[2])
    )
    dialog = make(qtbot, ctx, tmp_path)
    dialog.closing.setTime(dialog.closing.time().fromString("08:00", "HH:mm"))
    dialog.accept()
    assert ctx.ops.wait_idle()
    assert warned == ["Closing time must be after opening time."]
    assert stored(ctx)["closing_time"] == "17:00"


def test_keep_in_touch_cadences_are_settings(qtbot, ctx, tmp_path):
    """Issue 11: cadences by tag and the default, shown as stored and saved as typed."""
    dialog = make(qtbot, ctx, tmp_path)
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.touch_page)) == "Keep in touch"
    assert dialog.touch_tags.text() == "vip: 30, trade: 90"
    assert dialog.touch_default.value() == 180 and dialog.touch_enabled.isChecked()
    dialog.touch_tags.setText("vip: every 14 days, key account: 45")
    dialog.touch_default.setValue(0)
    assert dialog.touch_default.text() == "not tracked"
    dialog.accept()
    assert ctx.ops.wait_idle()
    values = stored(ctx)
    assert values["touch_tag_days"] == {"vip": 14, "key account": 45}
    assert values["touch_default_days"] == 0


def test_a_cadence_not_understood_is_refused(qtbot, ctx, tmp_path, monkeypatch):
    from cxlogger.ui.dialogs import settings_dialog

    warned = []
    monkeypatch.setattr(
        settings_dialog.QMessageBox, "warning", lambda *args: warned.append(args[2])
    )
    dialog = make(qtbot, ctx, tmp_path)
    dialog.touch_tags.setText("vip thirty")
    dialog.accept()
    assert ctx.ops.wait_idle()
    assert warned and "tag: days" in warned[0]
    assert dialog.tabs.currentWidget() is dialog.touch_page
    assert stored(ctx)["touch_tag_days"] == {"vip": 30, "trade": 90}  # nothing saved

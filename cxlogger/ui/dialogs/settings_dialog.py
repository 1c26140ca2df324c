"""Settings: business name, reminder rules, business hours, message templates, start at login."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cxlogger import cli_desktop
from cxlogger.core import autostart
from cxlogger.core.records import settings as settings_svc
from cxlogger.core.reminders.schedule import DAY_NAMES, parse_hhmm
from cxlogger.core.storage import local_config
from cxlogger.ui import i18n
from cxlogger.ui.context import AppContext
from cxlogger.ui.dialogs.saving_dialog import SavingDialog
from cxlogger.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QLocale,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTime,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from cxlogger.ui.widgets.formats import localize_edit

log = logging.getLogger(__name__)

THANK_ROWS = (
    ("purchase", QT_TRANSLATE_NOOP("SettingsDialog", "After a purchase")),
    ("referral", QT_TRANSLATE_NOOP("SettingsDialog", "After a referral")),
    ("first_visit", QT_TRANSLATE_NOOP("SettingsDialog", "After a new customer's first visit")),
    ("resolved", QT_TRANSLATE_NOOP("SettingsDialog", "After a complaint was resolved")),
)


LEAD_MAX = {"working_days": 20, "hours": 24 * 14}  # how far ahead a promise may remind


def _spin(low: int, high: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    return box


def _time_edit(text: str) -> QTimeEdit:
    value = parse_hhmm(text)
    edit = QTimeEdit(QTime(value.hour, value.minute))
    localize_edit(edit, date=False)
    return edit


class SettingsDialog(SavingDialog):
    """The settings, read and saved in the background: the dialog opens at once, its tabs
    appear when the values arrive (Save waits for them)."""

    def __init__(self, ctx: AppContext, parent=None, autostart_base=None, platform=None):
        super().__init__(parent)
        self.ctx = ctx
        self.autostart_base = autostart_base  # tests point this at a temporary folder
        self.platform = platform
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        self.values: dict = {}
        self.tabs = QTabWidget()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.wait_for("settings")
        ctx.ops.query(self, "settings", settings_svc.get_all, self._loaded, self._load_failed)
        from cxlogger.core.records import roles

        self.owners: QLabel | None = None
        self._owners_text = ""
        staff_id = ctx.staff_id
        from cxlogger.core.records import team as team_svc

        def owners(session):  # and which owners have no PIN (anyone could act as them)
            return roles.describe_owners(session, staff_id), team_svc.owners_without_pin(session)

        ctx.ops.query(self, "owners", owners, self._show_owners)

    def _loaded(self, values: dict) -> None:
        self.values = values
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._rules_tab(), self.tr("Reminders"))
        self.tabs.addTab(self._hours_tab(), self.tr("Business hours"))
        self.tabs.addTab(self._messages_tab(), self.tr("Templates"))
        self.tabs.addTab(self._touch_tab(), self.tr("Keep in touch"))
        self.answered("settings")

    def _load_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Settings not available"), message)
        self.reject()

    # --- tabs ----------------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.business_name = QLineEdit(self.values.get("business_name", ""))
        self.business_name.setPlaceholderText(self.tr("e.g. Bäckerei Sonne"))
        form.addRow(self.tr("Business name:"), self.business_name)
        self._add_language_row(form)
        self.start_at_login = QCheckBox(self.tr("Start cxlogger when I log in, hidden in the tray"))
        try:
            enabled = autostart.is_enabled(self.platform, self.autostart_base)
        except Exception:
            log.exception("reading the start-at-login entry failed")
            enabled = False
        self.start_at_login.setChecked(enabled)
        form.addRow("", self.start_at_login)
        if self.ctx.demo:
            self.start_at_login.setEnabled(False)
            demo_note = QLabel(self.tr("(Not available while you look at the demo data.)"))
            demo_note.setObjectName("summary")
            form.addRow("", demo_note)
        self._add_menu_entry_row(form)
        self._add_server_row(form)
        self.notifications = QCheckBox(self.tr("Show a notification when a follow-up comes due"))
        self.notifications.setChecked(bool(self.values.get("notifications_enabled", True)))
        form.addRow("", self.notifications)
        note = QLabel(
            self.tr(
                "Business name and reminder rules are shared by everyone using this "
                "database; starting at login applies to this computer only."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("summary")
        form.addRow(note)
        # who may change the shared settings (core/roles.py), read in the background
        self.owners = QLabel(self._owners_text)
        self.owners.setWordWrap(True)
        form.addRow(self.tr("Owners:"), self.owners)
        return page

    def _add_language_row(self, form: QFormLayout) -> None:
        """This desktop's language (kept in local.json; applies at the next start)."""
        self.language = QComboBox()
        system = i18n.LANGUAGES[i18n.language_of(QLocale.system())]
        self.language.addItem(self.tr("As the computer is set (%1)").replace("%1", system), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        chosen = local_config.load(self.ctx.paths.data_dir).get("language") or ""
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        self.language.setToolTip(self.tr("A new language applies when cxlogger next starts."))
        form.addRow(self.tr("&Language:"), self.language)

    def _show_owners(self, answer) -> None:
        (names, mine), without_pin = answer
        text = ", ".join(names) if names else self.tr("nobody yet")
        text += " — " + (
            self.tr("you are an owner.")
            if mine
            else self.tr(
                "you are staff: only an owner can change these settings, the templates "
                "and the staff list, erase customers, restore backups or export everything."
            )
        )
        if without_pin:
            text += " " + self.tr(
                "Without a PIN, anyone at this desk can switch to {names} and act as an "
                "owner: give them a PIN in Edit → Staff… (Set PIN…)."
            ).format(names=", ".join(without_pin))
        self._owners_text = text
        if self.owners is not None:
            self.owners.setText(text)

    def _add_server_row(self, form: QFormLayout) -> None:
        """Settings → General: connect this desk to a shared PostgreSQL server."""
        self.connect_server = QPushButton(self.tr("Connect to a shared server…"))
        self.connect_server.clicked.connect(self.open_connect_dialog)
        self.connect_server.setEnabled(not self.ctx.demo)
        row = QHBoxLayout()
        row.addWidget(self.connect_server)
        row.addStretch(1)
        form.addRow("", row)

    def open_connect_dialog(self) -> None:
        from cxlogger.ui.dialogs.connect_dialog import ConnectDialog
        from cxlogger.ui.qt import QDialog

        dialog = ConnectDialog(self.ctx.paths.data_dir, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            QMessageBox.information(
                self,
                self.tr("Shared server saved"),
                self.tr(
                    "This desk uses the shared server from its next start: quit cxlogger "
                    "and start it again. The password is in this computer's password store."
                ),
            )

    def _add_menu_entry_row(self, form: QFormLayout) -> None:
        """Settings → General: put cxlogger (and its icon) in the desktop's applications menu."""
        self.add_to_menu = QPushButton(self.tr("Add cxlogger to the applications menu"))
        self.add_to_menu.clicked.connect(self._install_menu_entry)
        self.menu_entry_state = QLabel()
        self.menu_entry_state.setObjectName("summary")
        self.menu_entry_state.setWordWrap(True)
        if cli_desktop.is_installed():
            self.menu_entry_state.setText(self.tr("cxlogger is in the applications menu."))
        row = QHBoxLayout()
        row.addWidget(self.add_to_menu)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", self.menu_entry_state)
        self.menu_entry_state.setVisible(bool(self.menu_entry_state.text()))

    def _install_menu_entry(self) -> None:
        paths = self.ctx.paths
        data_dir = None if paths.database_url else paths.data_dir
        if self.ctx.demo and data_dir is not None:
            data_dir = data_dir.parent  # the menu opens your own data, not the demo's
        try:
            cli_desktop.install(argv=cli_desktop.launch_argv(data_dir))
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.menu_entry_state.setText(
                self.tr("cxlogger could not be added to the applications menu: {0}.").format(reason)
            )
            return
        self.menu_entry_state.setText(
            self.tr(
                "cxlogger is in the applications menu now, with its icon. "
                "(If the menu does not show it yet, log out and in again.)"
            )
        )
        self.menu_entry_state.setVisible(True)

    def _rules_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        v = self.values

        thank = QGroupBox(self.tr("Thank"))
        grid = QGridLayout(thank)
        self.thank_checks: dict[str, QCheckBox] = {}
        self.thank_days: dict[str, QSpinBox] = {}
        for row, (name, text) in enumerate(THANK_ROWS):
            check = QCheckBox(self.tr(text))
            check.setChecked(bool(v[f"thank_{name}_enabled"]))
            days = _spin(0, 30, "")
            days.setSpecialValueText(self.tr("the same day"))
            days.valueChanged.connect(
                lambda n, box=days: box.setSuffix(self.tr(" working day(s) later", "", n))
            )
            days.setValue(int(v[f"thank_{name}_days"]))
            days.setSuffix(self.tr(" working day(s) later", "", days.value()))
            check.toggled.connect(days.setEnabled)
            days.setEnabled(check.isChecked())
            grid.addWidget(check, row, 0)
            grid.addWidget(days, row, 1)
            self.thank_checks[name], self.thank_days[name] = check, days
        layout.addWidget(thank)

        loop = QGroupBox(self.tr("Close the loop"))
        form = QFormLayout(loop)
        self.promise_enabled = QCheckBox(self.tr("Remind about open promises"))
        self.promise_enabled.setChecked(bool(v["promise_reminders_enabled"]))
        # the lead: in working days (at opening) or in hours, always in working hours
        self.promise_lead = _spin(0, 24 * 14, "")
        self.promise_lead_unit = QComboBox()
        self.promise_lead_unit.addItem(self.tr("working days before"), "working_days")
        self.promise_lead_unit.addItem(self.tr("hours before"), "hours")
        self._lead_values = {
            "working_days": int(v["promise_lead_days"]),
            "hours": int(v["promise_lead_hours"]),
        }
        unit = (
            v.get("promise_lead_unit") if v.get("promise_lead_unit") == "hours" else "working_days"
        )
        self._lead_unit = unit
        self.promise_lead_unit.setCurrentIndex(self.promise_lead_unit.findData(unit))
        self.promise_lead.setMaximum(LEAD_MAX[unit])
        self.promise_lead.setValue(self._lead_values[unit])
        self.promise_lead_unit.currentIndexChanged.connect(self._lead_unit_changed)
        lead = QHBoxLayout()
        lead.addWidget(self.promise_lead)
        lead.addWidget(self.promise_lead_unit)
        lead.addStretch(1)
        self.promise_enabled.toggled.connect(self.promise_lead.setEnabled)
        self.promise_enabled.toggled.connect(self.promise_lead_unit.setEnabled)
        form.addRow(self.promise_enabled, lead)
        lead_hint = QLabel(self.tr("Always in working hours; made for today or tomorrow: at once."))
        lead_hint.setObjectName("summary")
        lead_hint.setToolTip(
            self.tr(
                "The reminder comes in working hours, never in quiet hours or on a closed "
                "day; a promise made for today or tomorrow reminds at once."
            )
        )
        form.addRow("", lead_hint)
        self.promise_tell = QCheckBox(
            self.tr("Remind to tell the customer when a promise was kept")
        )
        self.promise_tell.setChecked(bool(v["promise_tell_enabled"]))
        form.addRow(self.promise_tell)
        self.complaint_enabled = QCheckBox(self.tr("Complaint with no promise or resolution after"))
        self.complaint_enabled.setChecked(bool(v["complaint_check_enabled"]))
        self.complaint_days = _spin(1, 60, self.tr(" days"))
        self.complaint_days.setValue(int(v["complaint_check_days"]))
        form.addRow(self.complaint_enabled, self.complaint_days)
        self.low_rating = QCheckBox(
            self.tr("Low feedback rating (2 of 5 or less, 6 of 10 or less)")
        )
        self.low_rating.setChecked(bool(v["low_rating_enabled"]))
        form.addRow(self.low_rating)
        layout.addWidget(loop)

        ask = QGroupBox(self.tr("Ask for feedback and report back"))
        form = QFormLayout(ask)
        self.feedback_enabled = QCheckBox(
            self.tr("Ask for feedback after a purchase or resolved complaint, after")
        )
        self.feedback_enabled.setChecked(bool(v["feedback_enabled"]))
        self.feedback_days = _spin(1, 90, self.tr(" days"))
        self.feedback_days.setValue(int(v["feedback_after_days"]))
        form.addRow(self.feedback_enabled, self.feedback_days)
        self.feedback_gap = _spin(0, 730, self.tr(" days"))
        self.feedback_gap.setValue(int(v["feedback_min_gap_days"]))
        form.addRow(self.tr("Ask one customer at most once every"), self.feedback_gap)
        self.report_back = QCheckBox(
            self.tr("Remind to report back when feedback led to an action")
        )
        self.report_back.setChecked(bool(v["report_back_enabled"]))
        form.addRow(self.report_back)
        hint = QLabel(
            self.tr(
                "Only customers who agreed to be contacted are asked for feedback; "
                "nobody who said no gets any message."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("summary")
        form.addRow(hint)
        layout.addWidget(ask)
        layout.addStretch(1)
        return page

    def _touch_tab(self) -> QWidget:
        """Keeping in touch (core/touch.py): cadences per tag, and the default."""
        from cxlogger.core.records import touch

        page = self.touch_page = QWidget()
        layout = QVBoxLayout(page)
        v = self.values
        form = QFormLayout()
        self.touch_enabled = QCheckBox(
            self.tr("Remind me when a customer has had no contact for longer than their cadence")
        )
        self.touch_enabled.setChecked(bool(v.get("touch_enabled", True)))
        form.addRow(self.touch_enabled)
        cadences = touch.Cadences.from_settings(v)
        self.touch_tags = QLineEdit(
            ", ".join(f"{tag}: {days}" for tag, days in cadences.tag_days.items())
        )
        self.touch_tags.setPlaceholderText(self.tr("e.g. vip: 30, trade: 90"))
        self.touch_tags.setToolTip(
            self.tr(
                "Tag: days without contact. A customer with several of these tags gets the "
                "shortest."
            )
        )
        form.addRow(self.tr("Cadence by tag (days):"), self.touch_tags)
        self.touch_default = _spin(0, touch.MAX_CADENCE_DAYS, self.tr(" days"))
        self.touch_default.setSpecialValueText(self.tr("not tracked"))
        self.touch_default.setValue(cadences.default_days)
        form.addRow(self.tr("Everyone else:"), self.touch_default)
        for widget in (self.touch_tags, self.touch_default):
            self.touch_enabled.toggled.connect(widget.setEnabled)
            widget.setEnabled(self.touch_enabled.isChecked())
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "Any interaction logged with a customer, or a message sent to them, starts "
                "their clock again. A customer's own cadence (on their record) overrides "
                "these, and “Stop tracking” in the Losing touch list leaves them out."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("summary")
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    def _hours_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        days_box = QGroupBox(self.tr("Open on"))
        days_layout = QHBoxLayout(days_box)
        working = {int(d) for d in self.values["working_days"]}
        self.day_checks = []
        for index, name in enumerate(DAY_NAMES):
            check = QCheckBox(name[:3])
            check.setToolTip(name)
            check.setChecked(index in working)
            days_layout.addWidget(check)
            self.day_checks.append(check)
        days_layout.addStretch(1)
        layout.addWidget(days_box)
        form = QFormLayout()
        self.morning = _time_edit(self.values["morning_time"])
        self.closing = _time_edit(self.values["closing_time"])
        morning = QHBoxLayout()
        morning.addWidget(QLabel(self.tr("from")))
        morning.addWidget(self.morning)
        morning.addWidget(QLabel(self.tr("to")))
        morning.addWidget(self.closing)
        morning.addStretch(1)
        form.addRow(self.tr("Open:"), morning)
        self.morning.setAccessibleName(self.tr("Opening time"))
        self.closing.setAccessibleName(self.tr("Closing time"))
        quiet = QHBoxLayout()
        self.quiet_start = _time_edit(self.values["quiet_start"])
        self.quiet_end = _time_edit(self.values["quiet_end"])
        quiet.addWidget(QLabel(self.tr("from")))
        quiet.addWidget(self.quiet_start)
        quiet.addWidget(QLabel(self.tr("to")))
        quiet.addWidget(self.quiet_end)
        quiet.addStretch(1)
        form.addRow(self.tr("Quiet hours:"), quiet)
        self.quiet_start.setAccessibleName(self.tr("Quiet hours from"))
        self.quiet_end.setAccessibleName(self.tr("Quiet hours to"))
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "No notifications in quiet hours or on closed days; what came due "
                "meanwhile is shown when you are back. Reminders due on a closed day "
                "move to the next open day. Next-day reminders come at opening time; a "
                "promise made for a date without a time is due at closing time."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("summary")
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    def _messages_tab(self) -> QWidget:
        """Templates live in their own library (saved as you edit it, not with Save here)."""
        page = QWidget()
        layout = QVBoxLayout(page)
        text = QLabel(
            self.tr(
                "Thank-yous, feedback requests, report-backs and “promise kept” messages "
                "are written from templates. Add your own, rename, edit or delete them, "
                "and choose which one each kind of message starts with. Changes there are "
                "saved as you make them."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.templates_button = QPushButton(self.tr("Edit message templates…"))
        self.templates_button.clicked.connect(self.open_templates)
        row = QHBoxLayout()
        row.addWidget(self.templates_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def open_templates(self) -> None:
        from cxlogger.ui.dialogs.template_editor import open_template_editor

        open_template_editor(self.ctx, self)

    # --- saving --------------------------------------------------------------------------------
    def collected(self) -> dict:
        values = {
            "business_name": " ".join(self.business_name.text().split()),
            "notifications_enabled": self.notifications.isChecked(),
            "promise_reminders_enabled": self.promise_enabled.isChecked(),
            "promise_lead_unit": self.promise_lead_unit.currentData(),
            "promise_lead_days": self._lead_value("working_days"),
            "promise_lead_hours": self._lead_value("hours"),
            "promise_tell_enabled": self.promise_tell.isChecked(),
            "complaint_check_enabled": self.complaint_enabled.isChecked(),
            "complaint_check_days": self.complaint_days.value(),
            "low_rating_enabled": self.low_rating.isChecked(),
            "feedback_enabled": self.feedback_enabled.isChecked(),
            "feedback_after_days": self.feedback_days.value(),
            "feedback_min_gap_days": self.feedback_gap.value(),
            "report_back_enabled": self.report_back.isChecked(),
            "working_days": [i for i, c in enumerate(self.day_checks) if c.isChecked()],
            "morning_time": self.morning.time().toString("HH:mm"),
            "closing_time": self.closing.time().toString("HH:mm"),
            "quiet_start": self.quiet_start.time().toString("HH:mm"),
            "quiet_end": self.quiet_end.time().toString("HH:mm"),
            "touch_enabled": self.touch_enabled.isChecked(),
            "touch_default_days": self.touch_default.value(),
        }
        for name in self.thank_checks:
            values[f"thank_{name}_enabled"] = self.thank_checks[name].isChecked()
            values[f"thank_{name}_days"] = self.thank_days[name].value()
        return values

    def _lead_unit_changed(self) -> None:
        """Each unit keeps its own number: 1 working day, 24 hours."""
        self._lead_values[self._lead_unit] = self.promise_lead.value()
        self._lead_unit = self.promise_lead_unit.currentData()
        self.promise_lead.setMaximum(LEAD_MAX[self._lead_unit])
        self.promise_lead.setValue(self._lead_values[self._lead_unit])

    def _lead_value(self, unit: str) -> int:
        if unit == self.promise_lead_unit.currentData():
            return self.promise_lead.value()
        return self._lead_values[unit]

    def accept(self) -> None:
        if not self.ready():
            return
        values = self.collected()
        from cxlogger.core.errors import ValidationError
        from cxlogger.core.records import touch

        try:
            values["touch_tag_days"] = touch.parse_tag_cadences(self.touch_tags.text())
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Settings not saved"), str(exc))
            self.tabs.setCurrentWidget(self.touch_page)
            self.touch_tags.setFocus()
            return
        if not values["working_days"]:
            QMessageBox.warning(
                self,
                self.tr("Settings not saved"),
                self.tr("Choose at least one day the business is open."),
            )
            return
        if values["closing_time"] <= values["morning_time"]:
            QMessageBox.warning(
                self,
                self.tr("Settings not saved"),
                self.tr("Closing time must be after opening time."),
            )
            return
        from cxlogger.core.records import roles

        shown = dict(self.values)  # what this dialog read: changed since is a conflict
        self.save_in_background(  # the rules are shared: owners change them (core/roles.py)
            roles.owner_only(
                self.ctx.staff_id,
                "rules",
                lambda session: settings_svc.update(session, values, expected=shown),
            ),
            self._saved,
            failed=lambda message: QMessageBox.warning(
                self, self.tr("Settings not saved"), message
            ),
            changes=("settings",),
            conflict=self._conflict,
        )

    def _conflict(self, conflict) -> None:
        """Someone saved the settings meanwhile: choose per setting; the choice is saved
        against what is stored now (the dialog shows it first)."""
        from cxlogger.core.records import roles
        from cxlogger.ui.dialogs import conflict_dialog

        merged = conflict_dialog.ask(self, conflict)
        if merged is None:
            return
        self.values = {**self.values, **conflict.theirs}
        shown = dict(self.values)
        self.save_in_background(
            roles.owner_only(
                self.ctx.staff_id,
                "rules",
                lambda session: settings_svc.update(session, merged, expected=shown),
            ),
            self._saved,
            failed=lambda message: QMessageBox.warning(
                self, self.tr("Settings not saved"), message
            ),
            changes=("settings",),
            conflict=self._conflict,
        )

    def _saved(self, _result) -> None:
        """The shared settings are stored; starting at login and the language are this
        computer's own."""
        language = self.language.currentData() or ""
        if language != (local_config.load(self.ctx.paths.data_dir).get("language") or ""):
            try:
                local_config.update(self.ctx.paths.data_dir, language=language)
            except OSError:
                log.exception("saving the language failed")
        if not self.ctx.demo:
            wanted = self.start_at_login.isChecked()
            try:
                if wanted != autostart.is_enabled(self.platform, self.autostart_base):
                    autostart.set_enabled(
                        wanted,
                        autostart.launch_command(self.ctx.paths.data_dir),
                        self.platform,
                        self.autostart_base,
                    )
            except OSError as exc:
                QMessageBox.warning(
                    self,
                    self.tr("Start at login not changed"),
                    self.tr(
                        "cxlogger could not change the start-at-login entry: %1. "
                        "The other settings were saved."
                    ).replace("%1", str(exc.strerror or exc)),
                )
        super().accept()

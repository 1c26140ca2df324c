"""Who is using this desktop (asked on first start; on a new database also the business's
name, hours and currency, or the demo instead), and managing the staff list.

Both dialogs read and save in the background: the first-run one with a DbOps of its own
(there is no AppContext yet), the staff list through ``ctx.ops``.
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone

from cxlogger.core.records import money, onboarding
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.records import team as team_svc
from cxlogger.core.storage import local_config
from cxlogger.core.storage.db import Database
from cxlogger.core.storage.paths import AppPaths
from cxlogger.ui.context import AppContext
from cxlogger.ui.db_ops import DbOps
from cxlogger.ui.dialogs.saving_dialog import SavingDialog
from cxlogger.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QProcess,
    QPushButton,
    Qt,
    QTime,
    QTimeEdit,
    QVBoxLayout,
)
from cxlogger.ui.widgets.fit_contents import AppDialog
from cxlogger.ui.widgets.widgets import ErrorLabel, ctrl_enter_accepts

NEW = -1


def open_demo() -> bool:
    """The demo in a process and window of its own, on its own data (patched in tests)."""
    return QProcess.startDetached(sys.executable, ["-m", "cxlogger", "demo"])[0]


class BusinessBox(QGroupBox):
    """A new business's name, opening days and hours, and currency (sensible defaults:
    the desktop's currency, weekdays 09:00–17:00, days in the locale's week order)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Your business"))
        locale = QLocale()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Corner Bakery"))
        self.name.setAccessibleName(self.tr("Business name"))
        self.days: dict[int, QCheckBox] = {}  # Monday = 0
        days_row = QHBoxLayout()
        first = locale.firstDayOfWeek().value  # Qt: Monday = 1 … Sunday = 7
        for step in range(7):
            qt_day = (first - 1 + step) % 7 + 1
            box = QCheckBox(locale.dayName(qt_day, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(qt_day, QLocale.FormatType.LongFormat))
            box.setChecked(qt_day <= 5)
            self.days[qt_day - 1] = box
            days_row.addWidget(box)
        days_row.addStretch(1)
        time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
        self.opens = QTimeEdit(QTime(9, 0))
        self.closes = QTimeEdit(QTime(17, 0))
        for edit, name in ((self.opens, self.tr("Opens")), (self.closes, self.tr("Closes"))):
            edit.setDisplayFormat(time_format)
            edit.setAccessibleName(name)
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.opens)
        hours_row.addWidget(QLabel(self.tr("to")))
        hours_row.addWidget(self.closes)
        hours_row.addStretch(1)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setAccessibleName(self.tr("Currency"))
        own = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        codes = list(money.COMMON_CURRENCIES)
        if own and own not in codes:
            codes.insert(0, own)
        self.currency.addItems(codes)
        self.currency.setCurrentText(own or money.DEFAULT_CURRENCY)
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("&Business name"), self.name)
        form.addRow(self.tr("Open on"), days_row)
        hours_label = QLabel(self.tr("&Hours"))
        hours_label.setBuddy(self.opens)
        form.addRow(hours_label, hours_row)
        form.addRow(self.tr("&Currency"), self.currency)
        from cxlogger.ui import i18n

        self.language = QComboBox()  # kept per desktop, like Settings → General → Language
        system = i18n.LANGUAGES[i18n.language_of(QLocale.system())]
        self.language.addItem(self.tr("As the computer is set (%1)").replace("%1", system), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setToolTip(self.tr("A new language applies when cxlogger next starts."))
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.error)
        hint = QLabel(self.tr("You can change all of this later in Settings."))
        hint.setEnabled(False)
        form.addRow("", hint)

    def business(self) -> onboarding.Business:
        return onboarding.Business(
            name=self.name.text(),
            working_days=[day for day, box in self.days.items() if box.isChecked()],
            opens=self.opens.time().toPython(),
            closes=self.closes.time().toPython(),
            currency=self.currency.currentText(),
        )


class _FirstRunContext:
    """What SavingDialog needs before there is an AppContext: the database worker."""

    def __init__(self, db: Database, owner) -> None:
        self.ops = DbOps(db.session, parent=owner)


class WhoAreYouDialog(SavingDialog):
    """First start on this desktop: pick yourself from the staff list, or add your name;
    on a new database (nobody on the staff list yet) also set up the business, or open
    the demo first."""

    def __init__(self, db: Database, parent=None, paths: AppPaths | None = None):
        super().__init__(parent)
        self.db = db
        self.paths = paths  # where this desktop's language choice is kept
        self.ctx = _FirstRunContext(db, self)
        self.staff_id: int | None = None
        self.setWindowTitle(self.tr("Welcome to cxlogger"))
        self.setMinimumWidth(420)
        intro = QLabel(
            self.tr(
                "<h3>Welcome!</h3>Every interaction you log notes who logged it. "
                "Who is using cxlogger on this computer?"
            )
        )
        intro.setWordWrap(True)
        self.existing = QComboBox()  # filled when the staff list arrives
        self.existing.addItem(self.tr("Someone new…"), NEW)
        self.existing.hide()
        self.existing_label = QLabel(self.tr("I am"))
        self.existing_label.hide()
        self.name = QLineEdit(staff_svc.os_user_name())
        self.name.selectAll()
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.existing_label, self.existing)
        self.existing.currentIndexChanged.connect(self._toggle_name)
        form.addRow(self.tr("Your &name"), self.name)
        form.addRow("", self.error)
        self.business = BusinessBox()
        self.business.hide()  # until the staff list says this is a new database
        self.demo_note = QLabel(
            self.tr(
                "The demo opens in a window of its own, with sample customers to try "
                "everything on. Your own data stays untouched until you click Start."
            )
        )
        self.demo_note.setWordWrap(True)
        self.demo_note.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.demo_button = buttons.addButton(
            self.tr("Open the &demo"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.demo_button.setToolTip(self.tr("Try cxlogger on sample data first"))
        self.demo_button.clicked.connect(self.open_demo)
        self.demo_button.hide()
        buttons.accepted.connect(self.save)
        ctrl_enter_accepts(self, buttons)
        self.name.textChanged.connect(  # a fixed name's sentence goes at once
            lambda text: self.error.show_error(None) if 0 < len(text.strip()) <= 120 else None
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.business)
        layout.addWidget(self.demo_note)
        layout.addWidget(buttons)
        self._toggle_name()
        self.wait_for("staff")
        self.ctx.ops.query(
            self,
            "staff",
            lambda session: [(m.id, m.name) for m in staff_svc.list_staff(session)],
            self._show_staff,
            self._staff_failed,
        )

    def _show_staff(self, members: list[tuple[int, str]]) -> None:
        for index, (ident, name) in enumerate(members):
            self.existing.insertItem(index, name, ident)
        if members:
            self.existing.setCurrentIndex(0)
            self.existing.show()
            self.existing_label.show()
        else:  # a new database: set up the business too, or look at the demo first
            self.business.show()
            self.demo_button.show()
            self.adjustSize()
        self._toggle_name()
        self.answered("staff")

    def open_demo(self) -> None:
        if open_demo():
            self.demo_note.show()
        else:
            self.error.show_error(
                self.tr("The demo could not be started. Run “cxlogger demo” to open it.")
            )

    def _staff_failed(self, message: str) -> None:
        self.answered("staff")  # a name can still be typed; saving it says what is wrong
        self.error.show_error(message)

    def done(self, result: int) -> None:
        super().done(result)
        self.ctx.ops.shutdown()  # its threads end with it (the save has been made)

    def _toggle_name(self) -> None:
        new = self.existing.currentData() == NEW
        self.name.setEnabled(new)
        if new:
            self.name.setFocus()

    def save(self) -> None:
        if not self.ready():
            return
        if self.existing.currentData() not in (None, NEW):
            self.staff_id = self.existing.currentData()
            self.accept()
            return
        name = self.name.text()
        business = self.business.business() if not self.business.isHidden() else None
        now = datetime.now(timezone.utc)
        self.business.error.show_error(None)
        self.error.show_error(None)

        def invalid(errors: dict[str, str]) -> None:
            if "name" in errors:
                self.error.show_error(errors.pop("name"))
            if errors:
                self.business.error.show_error(" ".join(errors.values()))

        self.save_in_background(
            lambda session: onboarding.start(session, name, business, now),
            self._saved,
            invalid=invalid,
            failed=self.error.show_error,
        )

    def _saved(self, staff_id: int) -> None:
        self.staff_id = staff_id
        language = self.business.language.currentData() if not self.business.isHidden() else ""
        if language and self.paths is not None:
            local_config.update(self.paths.data_dir, language=language)
        self.accept()


def current_staff_id(db: Database, paths: AppPaths) -> int | None:
    """The staff member remembered for this desktop, if they still exist."""
    staff_id = local_config.load(paths.data_dir).get("staff_id")
    if staff_id is None:
        return None
    with db.session() as session:
        known = {m.id for m in staff_svc.list_staff(session, include_inactive=True)}
    return staff_id if staff_id in known else None


def remember_staff(paths: AppPaths, staff_id: int) -> None:
    local_config.update(paths.data_dir, staff_id=staff_id)


def _staff_with_roles(session) -> list[tuple[int, str, bool, bool, str]]:
    """The staff list (team_svc.staff_overview) with each one's role (core/roles.py)."""
    from sqlalchemy import select

    from cxlogger.core.models import Staff

    roles_of = {ident: role for ident, role in session.execute(select(Staff.id, Staff.role))}
    return [(*row, roles_of.get(row[0], "staff")) for row in team_svc.staff_overview(session)]


class StaffDialog(AppDialog):
    """Add and rename staff; choose who is using this desktop."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Staff"))
        self.setMinimumSize(460, 340)
        self.list = QListWidget()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.me_button = QPushButton(self.tr("This is &me"))
        self.role_button = QPushButton(self.tr("Make &owner / staff"))
        self.role_button.setToolTip(
            self.tr(
                "Owners may erase customers, restore backups, change rules and templates, "
                "manage staff and export everything"
            )
        )
        self.role_button.clicked.connect(self.toggle_role)
        self.pin_button = QPushButton(self.tr("Set &PIN…"))
        self.pin_button.setToolTip(
            self.tr("An optional 4-digit PIN asked when switching to this person")
        )
        self.clear_pin_button = QPushButton(self.tr("Remove PI&N"))
        self.active_button = QPushButton(self.tr("&Deactivate…"))
        self.active_button.setToolTip(
            self.tr(
                "Someone who left: gone from the pickers, their records keep their name, "
                "and their open work is listed for handing over"
            )
        )
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.me_button.clicked.connect(self.make_me)
        self.pin_button.clicked.connect(self.set_pin)
        self.clear_pin_button.clicked.connect(self.clear_pin)
        self.active_button.clicked.connect(self.toggle_active)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.error = ErrorLabel()
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.role_button,
            self.me_button,
            self.pin_button,
            self.clear_pin_button,
            self.active_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        """Ask for the list; the one shown stays until the answer arrives."""

        self.ctx.ops.query(self, "staff", _staff_with_roles, self._show, self.error.show_error)

    def _show(self, members) -> None:
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.list.clear()
        # active people first; leavers after them, marked in words (not only greyed)
        for ident, name, active, has_pin, role in sorted(members, key=lambda m: not m[2]):
            text = name
            if role == "owner":  # who may do what (core/roles.py), said in words
                text += self.tr("  (owner)")
            if ident == self.ctx.staff_id:
                text += self.tr("  (you)")
            if has_pin:
                text += self.tr("  · PIN")
            if not active:
                text += self.tr("  (no longer active)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setData(Qt.ItemDataRole.UserRole + 1, name)
            item.setData(Qt.ItemDataRole.UserRole + 2, active)
            item.setData(Qt.ItemDataRole.UserRole + 3, has_pin)
            item.setData(Qt.ItemDataRole.UserRole + 4, role)
            self.list.addItem(item)
            if ident == keep:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        chosen = item is not None
        active = chosen and bool(item.data(Qt.ItemDataRole.UserRole + 2))
        for button in (self.rename_button, self.pin_button):
            button.setEnabled(chosen)
        self.me_button.setEnabled(active)
        self.clear_pin_button.setEnabled(chosen and bool(item.data(Qt.ItemDataRole.UserRole + 3)))
        self.active_button.setEnabled(chosen)
        self.active_button.setText(
            self.tr("&Deactivate…") if active or not chosen else self.tr("Re&activate")
        )

    def _change(self, fn, changes: tuple[str, ...], own: bool = False) -> None:
        """One change to the staff list, in the background; the list reloads after.
        Owners only (core/roles.py), except ``own`` changes to yourself (your PIN)."""

        def done(_result) -> None:
            self.error.show_error(None)
            self.reload()

        from cxlogger.core.records import roles

        self.ctx.ops.write(
            self,
            fn if own else roles.owner_only(self.ctx.staff_id, "staff", fn),
            done,
            self.error.show_error,
            changes=changes,
            invalid=lambda errors: self.error.show_error(" ".join(errors.values())),
        )

    def ask_name(self, title: str, current: str = "") -> str | None:
        """Tests replace this to answer without a blocking dialog."""
        text, ok = QInputDialog.getText(self, title, self.tr("Name:"), text=current)
        return text if ok else None

    def add(self) -> None:
        name = self.ask_name("Add staff member")
        if name is None:
            return
        now = self.ctx.now()
        self._change(lambda session: staff_svc.add_staff(session, name, now).id, ("staff",))

    def rename(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = self.ask_name("Rename staff member", item.data(Qt.ItemDataRole.UserRole + 1))
        if name is None:
            return
        ident = item.data(Qt.ItemDataRole.UserRole)
        self._change(
            lambda session: staff_svc.rename_staff(session, ident, name).id,
            ("staff", "interactions"),
        )

    def toggle_role(self) -> None:
        """An owner makes the chosen member an owner, or staff again (never the last owner)."""
        from cxlogger.core.records import roles

        item = self.list.currentItem()
        if item is None:
            return
        ident = item.data(Qt.ItemDataRole.UserRole)
        owner = item.data(Qt.ItemDataRole.UserRole + 4) == roles.OWNER
        role = roles.STAFF if owner else roles.OWNER
        acting, now = self.ctx.staff_id, self.ctx.now()
        self._change(
            lambda session: roles.set_role(session, ident, role, acting, now).id, ("staff",)
        )

    def ask_pin(self, name: str) -> str | None:
        """Tests replace this to answer without a blocking dialog."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("PIN for {name}").format(name=name),
            self.tr("A new 4-digit PIN for {name}:").format(name=name),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    def set_pin(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        pin = self.ask_pin(item.data(Qt.ItemDataRole.UserRole + 1))
        if pin is None:
            return
        ident, now = item.data(Qt.ItemDataRole.UserRole), self.ctx.now()
        self._change(
            lambda session: team_svc.set_pin(session, ident, pin, now),
            ("staff",),
            own=ident == self.ctx.staff_id,  # your own PIN is yours to set
        )

    def clear_pin(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            ident = item.data(Qt.ItemDataRole.UserRole)
            self._change(
                lambda session: team_svc.clear_pin(session, ident),
                ("staff",),
                own=ident == self.ctx.staff_id,
            )

    def toggle_active(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        ident, name = item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1)
        if not item.data(Qt.ItemDataRole.UserRole + 2):
            self._change(lambda session: team_svc.reactivate(session, ident), ("staff",))
            return
        me = self.ctx.staff_id

        def deactivated(items) -> None:
            self.error.show_error(None)
            self.reload()
            self.leaver_items = items
            if items:
                self.hand_over(ident, name, items)

        from cxlogger.core.records import roles

        self.ctx.ops.write(
            self,
            roles.owner_only(  # owners manage staff (core/roles.py)
                me, "staff", lambda session: team_svc.deactivate(session, ident, me)
            ),
            deactivated,
            self.error.show_error,
            changes=("staff",),
        )

    def hand_over(self, leaver_id: int, name: str, items) -> None:
        """The leaver's open promises and follow-ups, and to whom they go (tests replace)."""
        from cxlogger.ui.team import HandOverAllDialog

        HandOverAllDialog(self.ctx, leaver_id, name, items, self).exec()

    def ask_own_pin(self, name: str) -> str | None:
        """The PIN of the person taking the desk, or None (tests replace this)."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("PIN for {name}").format(name=name),
            self.tr("{name}, enter your 4-digit PIN:").format(name=name),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    def make_me(self) -> None:
        """Take the desk as the chosen person: their PIN first if they have one, as the
        desk switcher asks (else anyone could become an owner here)."""
        item = self.list.currentItem()
        if item is None:
            return
        ident, name = item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1)
        if ident == self.ctx.staff_id:
            return
        pin = ""
        if item.data(Qt.ItemDataRole.UserRole + 3):
            pin = self.ask_own_pin(name)
            if pin is None:
                return
        now = self.ctx.now()

        def switched(_name: str) -> None:
            self.error.show_error(None)
            self.ctx.staff_id = ident
            remember_staff(self.ctx.paths, ident)
            self.ctx.changes.announce("staff")
            self.reload()

        self.ctx.ops.query(
            self,
            "me",
            lambda session: team_svc.switch_to(session, ident, pin, now),
            switched,
            self.error.show_error,
        )

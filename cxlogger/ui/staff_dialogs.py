"""Who is using this desktop (asked on first start), and managing the staff list.

Both dialogs read and save in the background: the first-run one with a DbOps of its own
(there is no AppContext yet), the staff list through ``ctx.ops``.
"""

from __future__ import annotations

from cxlogger.core import local_config
from cxlogger.core import staff as staff_svc
from cxlogger.core.db import Database
from cxlogger.core.paths import AppPaths
from cxlogger.ui.context import AppContext
from cxlogger.ui.db_ops import DbOps
from cxlogger.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
)
from cxlogger.ui.saving_dialog import SavingDialog
from cxlogger.ui.widgets import ErrorLabel, ctrl_enter_accepts

NEW = -1


class _FirstRunContext:
    """What SavingDialog needs before there is an AppContext: the database worker."""

    def __init__(self, db: Database, owner) -> None:
        self.ops = DbOps(db.session, parent=owner)


class WhoAreYouDialog(SavingDialog):
    """First start on this desktop: pick yourself from the staff list, or add your name."""

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.ctx = _FirstRunContext(db, self)
        self.staff_id: int | None = None
        self.setWindowTitle("Welcome to cxlogger")
        self.setMinimumWidth(420)
        intro = QLabel(
            "<h3>Welcome!</h3>Every interaction you log notes who logged it. "
            "Who is using cxlogger on this computer?"
        )
        intro.setWordWrap(True)
        self.existing = QComboBox()  # filled when the staff list arrives
        self.existing.addItem("Someone new…", NEW)
        self.existing.hide()
        self.existing_label = QLabel("I am")
        self.existing_label.hide()
        self.name = QLineEdit(staff_svc.os_user_name())
        self.name.selectAll()
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.existing_label, self.existing)
        self.existing.currentIndexChanged.connect(self._toggle_name)
        form.addRow("Your &name", self.name)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Start")
        buttons.accepted.connect(self.save)
        ctrl_enter_accepts(self, buttons)
        self.name.textChanged.connect(  # a fixed name's sentence goes at once
            lambda text: self.error.show_error(None) if 0 < len(text.strip()) <= 120 else None
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
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
        self._toggle_name()
        self.answered("staff")

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
        self.save_in_background(
            lambda session: staff_svc.get_or_create(session, name).id,
            self._saved,
            invalid=lambda errors: self.error.show_error(" ".join(errors.values())),
            failed=self.error.show_error,
        )

    def _saved(self, staff_id: int) -> None:
        self.staff_id = staff_id
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


class StaffDialog(QDialog):
    """Add and rename staff; choose who is using this desktop."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Staff")
        self.setMinimumSize(380, 320)
        self.list = QListWidget()
        self.add_button = QPushButton("&Add…")
        self.rename_button = QPushButton("&Rename…")
        self.me_button = QPushButton("This is &me")
        self.role_button = QPushButton(self.tr("Make &owner / staff"))
        self.role_button.setToolTip(
            self.tr(
                "Owners may erase customers, restore backups, change rules and templates, "
                "manage staff and export everything"
            )
        )
        self.role_button.clicked.connect(self.toggle_role)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.me_button.clicked.connect(self.make_me)
        self.error = ErrorLabel()
        side = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.role_button, self.me_button):
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
        self.ctx.ops.query(
            self,
            "staff",
            lambda session: [(m.id, m.name, m.role) for m in staff_svc.list_staff(session)],
            self._show,
            self.error.show_error,
        )

    def _show(self, members: list[tuple[int, str, str]]) -> None:
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.list.clear()
        for ident, name, role in members:
            notes = [self.tr("owner")] if role == "owner" else []
            if ident == self.ctx.staff_id:
                notes.append(self.tr("you"))
            text = name + (f"  ({', '.join(notes)})" if notes else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setData(Qt.ItemDataRole.UserRole + 1, name)
            item.setData(Qt.ItemDataRole.UserRole + 2, role)
            self.list.addItem(item)
            if ident == keep:
                self.list.setCurrentItem(item)

    def _change(self, fn, changes: tuple[str, ...]) -> None:
        """One change to the staff list, in the background; the list reloads after."""

        def done(_result) -> None:
            self.error.show_error(None)
            self.reload()

        from cxlogger.core import roles

        self.ctx.ops.write(
            self,
            roles.owner_only(self.ctx.staff_id, "staff", fn),  # owners manage staff
            done,
            self.error.show_error,
            changes=changes,
            invalid=lambda errors: self.error.show_error(" ".join(errors.values())),
        )

    def ask_name(self, title: str, current: str = "") -> str | None:
        """Tests replace this to answer without a blocking dialog."""
        text, ok = QInputDialog.getText(self, title, "Name:", text=current)
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
        from cxlogger.core import roles

        item = self.list.currentItem()
        if item is None:
            return
        ident = item.data(Qt.ItemDataRole.UserRole)
        owner = item.data(Qt.ItemDataRole.UserRole + 2) == roles.OWNER
        role = roles.STAFF if owner else roles.OWNER
        acting, now = self.ctx.staff_id, self.ctx.now()
        self._change(
            lambda session: roles.set_role(session, ident, role, acting, now).id, ("staff",)
        )

    def make_me(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.ctx.staff_id = item.data(Qt.ItemDataRole.UserRole)
        remember_staff(self.ctx.paths, self.ctx.staff_id)
        self.ctx.changes.announce("staff")
        self.reload()

"""Who is using this desktop (asked on first start), and managing the staff list."""

from __future__ import annotations

from cxlogger.core import local_config
from cxlogger.core import staff as staff_svc
from cxlogger.core.db import Database
from cxlogger.core.errors import ValidationError
from cxlogger.core.paths import AppPaths
from cxlogger.ui.context import AppContext
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
from cxlogger.ui.widgets import ErrorLabel, ctrl_enter_accepts

NEW = -1


class WhoAreYouDialog(QDialog):
    """First start on this desktop: pick yourself from the staff list, or add your name."""

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.staff_id: int | None = None
        self.setWindowTitle("Welcome to cxlogger")
        self.setMinimumWidth(420)
        intro = QLabel(
            "<h3>Welcome!</h3>Every interaction you log notes who logged it. "
            "Who is using cxlogger on this computer?"
        )
        intro.setWordWrap(True)
        with db.session() as session:
            members = staff_svc.list_staff(session)
        self.existing = QComboBox()
        for member in members:
            self.existing.addItem(member.name, member.id)
        self.existing.addItem("Someone new…", NEW)
        self.name = QLineEdit(staff_svc.os_user_name())
        self.name.selectAll()
        self.error = ErrorLabel()
        form = QFormLayout()
        if members:
            form.addRow("I am", self.existing)
            self.existing.currentIndexChanged.connect(self._toggle_name)
        else:
            self.existing.hide()
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

    def _toggle_name(self) -> None:
        new = self.existing.currentData() == NEW
        self.name.setEnabled(new)
        if new:
            self.name.setFocus()

    def save(self) -> None:
        if self.existing.currentData() not in (None, NEW):
            self.staff_id = self.existing.currentData()
            self.accept()
            return
        try:
            with self.db.session() as session:
                self.staff_id = staff_svc.get_or_create(session, self.name.text()).id
        except ValidationError as exc:
            self.error.show_error(exc.errors.get("name"))
            return
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
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.me_button.clicked.connect(self.make_me)
        self.error = ErrorLabel()
        side = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.me_button):
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
        self.list.clear()
        with self.ctx.session() as session:
            for member in staff_svc.list_staff(session):
                text = member.name + ("  (you)" if member.id == self.ctx.staff_id else "")
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member.id)
                item.setData(Qt.ItemDataRole.UserRole + 1, member.name)
                self.list.addItem(item)

    def ask_name(self, title: str, current: str = "") -> str | None:
        """Tests replace this to answer without a blocking dialog."""
        text, ok = QInputDialog.getText(self, title, "Name:", text=current)
        return text if ok else None

    def add(self) -> None:
        name = self.ask_name("Add staff member")
        if name is None:
            return
        try:
            with self.ctx.session() as session:
                staff_svc.add_staff(session, name, self.ctx.now())
        except ValidationError as exc:
            self.error.show_error(exc.errors.get("name"))
            return
        self.error.show_error(None)
        self.ctx.changes.announce("staff")
        self.reload()

    def rename(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = self.ask_name("Rename staff member", item.data(Qt.ItemDataRole.UserRole + 1))
        if name is None:
            return
        try:
            with self.ctx.session() as session:
                staff_svc.rename_staff(session, item.data(Qt.ItemDataRole.UserRole), name)
        except ValidationError as exc:
            self.error.show_error(exc.errors.get("name"))
            return
        self.error.show_error(None)
        self.ctx.changes.announce("staff", "interactions")
        self.reload()

    def make_me(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.ctx.staff_id = item.data(Qt.ItemDataRole.UserRole)
        remember_staff(self.ctx.paths, self.ctx.staff_id)
        self.ctx.changes.announce("staff")
        self.reload()

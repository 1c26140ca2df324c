""" "Done & schedule next": when to get in touch again, and who should."""

from __future__ import annotations

from dataclasses import dataclass

from cxlogger.core.records import staff as staff_svc
from cxlogger.ui.context import AppContext
from cxlogger.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from cxlogger.ui.widgets.fit_contents import AppDialog

UNITS = ("days", "weeks", "months")


@dataclass(frozen=True)
class NextContact:
    count: int
    unit: str  # days, weeks or months
    owner_id: int | None
    what: str


class ScheduleNextDialog(AppDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        customer: str,
        owner_id: int | None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Done & schedule next"))
        self.count = QSpinBox()
        self.count.setRange(1, 366)
        self.count.setValue(2)
        self.unit = QComboBox()
        for code, text in zip(
            UNITS, (self.tr("days"), self.tr("weeks"), self.tr("months")), strict=True
        ):
            self.unit.addItem(text, code)
        self.unit.setCurrentIndex(1)
        self.owner = QComboBox()
        self.owner.setEnabled(False)  # until the staff list arrives
        self.what = QLineEdit()
        self.what.setMaxLength(250)
        self.what.setPlaceholderText(self.tr("Get in touch with %1 again").replace("%1", customer))
        when = QHBoxLayout()
        when.addWidget(self.count)
        when.addWidget(self.unit)
        when.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Next contact in"), when)
        form.addRow(self.tr("For"), self.owner)
        form.addRow(self.tr("What"), self.what)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Done && schedule"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._wanted_owner = owner_id or ctx.staff_id
        ctx.ops.query(
            self,
            "staff",
            lambda s: [(m.id, m.name) for m in staff_svc.list_staff(s)],
            self._staff_arrived,
        )

    def _staff_arrived(self, staff: list[tuple[int, str]]) -> None:
        self.owner.clear()
        for ident, name in staff:
            self.owner.addItem(name, ident)
        index = self.owner.findData(self._wanted_owner)
        self.owner.setCurrentIndex(max(0, index))
        self.owner.setEnabled(True)

    def value(self) -> NextContact:
        owner = self.owner.currentData() if self.owner.count() else self._wanted_owner
        return NextContact(self.count.value(), self.unit.currentData(), owner, self.what.text())


def ask_next(ctx: AppContext, parent, customer: str, owner_id: int | None) -> NextContact | None:
    dialog = ScheduleNextDialog(ctx, parent, customer, owner_id)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value()

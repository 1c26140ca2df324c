"""The conflict dialog: someone saved the record while you were editing it.

Nothing was written. One row per field that differs: your value, the stored one (theirs),
and who changed it and when; a pair of radio buttons chooses per field (preselected:
yours where you changed the field, theirs where only they did). "Save chosen values"
hands back the merge, which the editing dialog saves against the new version.
Every editing dialog uses it through ``resolve`` (customer, record editor, …).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from cxlogger.core.models import label
from cxlogger.core.records.conflicts import Conflict
from cxlogger.ui.qt import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)
from cxlogger.ui.widgets.fit_contents import AppDialog
from cxlogger.ui.widgets.formats import date_text, date_time_text
from cxlogger.ui.widgets.widgets import muted_text, palette_of


def _noun(noun: str) -> str:
    from cxlogger.ui.qt import QCoreApplication

    return {
        "customer": QCoreApplication.translate("ConflictDialog", "customer"),
        "interaction": QCoreApplication.translate("ConflictDialog", "interaction"),
        "promise": QCoreApplication.translate("ConflictDialog", "promise"),
        "feedback": QCoreApplication.translate("ConflictDialog", "feedback"),
    }.get(noun, noun)


def plain_value(key: str, value: Any) -> str:
    """A stored value as a person reads it (dates through QLocale, codes as labels)."""
    from cxlogger.ui.qt import QCoreApplication

    if value is None or value == "" or value == []:
        return QCoreApplication.translate("ConflictDialog", "(empty)")
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, datetime):
        return date_time_text(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, bool):
        return QCoreApplication.translate("ConflictDialog", "yes" if value else "no")
    if isinstance(value, str) and key in (
        "channel",
        "kind",
        "sentiment",
        "preferred_channel",
        "amount_kind",
        "consent",
    ):
        return label(value)
    text = str(value)
    return text if len(text) <= 300 else text[:299] + "…"


class ConflictDialog(AppDialog):
    """Choose per field between your value and the stored one; ``choices()`` after OK."""

    def __init__(
        self,
        conflict: Conflict,
        parent=None,
        describe: Callable[[str, Any], str] | None = None,
    ):
        super().__init__(parent)
        self.conflict = conflict
        self.describe = describe or plain_value
        self.setWindowTitle(self.tr("Changed while you were editing"))
        self.setMinimumWidth(720)
        self.groups: dict[str, QButtonGroup] = {}
        self.yours: dict[str, QRadioButton] = {}
        self.theirs: dict[str, QRadioButton] = {}

        who, when = conflict.last_change()
        noun = _noun(conflict.noun)
        if who and when:
            head = self.tr("{who} changed this {noun} on {when} while you were editing it.").format(
                who=who, noun=noun, when=date_time_text(when)
            )
        else:
            head = self.tr("Someone changed this {noun} while you were editing it.").format(
                noun=noun
            )
        intro = QLabel(
            head
            + " "
            + self.tr(
                "Nothing has been saved yet, and nothing of theirs or yours is lost. "
                "For each field below, choose which value to keep, then save."
            )
        )
        intro.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        headers = (self.tr("Field"), self.tr("Yours"), self.tr("Theirs (saved now)"))
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column)
        for row, item in enumerate(conflict.fields, start=1):
            name = QLabel(self.tr(item.label))
            name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(name, row, 0)
            mine = QRadioButton(self.describe(item.key, item.yours))
            theirs = QRadioButton(self.describe(item.key, item.theirs))
            mine.setToolTip(
                self.tr("Keep what you typed")
                if item.you_changed
                else self.tr("Your dialog showed this; you did not change it")
            )
            group = QButtonGroup(self)
            group.addButton(mine)
            group.addButton(theirs)
            (mine if item.suggested == "yours" else theirs).setChecked(True)
            self.groups[item.key] = group
            self.yours[item.key] = mine
            self.theirs[item.key] = theirs
            mine.setAccessibleName(self.tr("{field}: yours").format(field=self.tr(item.label)))
            theirs.setAccessibleName(self.tr("{field}: theirs").format(field=self.tr(item.label)))
            mine_column = QVBoxLayout()
            mine_column.setSpacing(0)
            mine_column.addWidget(mine)
            if item.you_changed:
                yours_note = QLabel(self.tr("your change"))
                yours_note.setStyleSheet(f"color: {muted_text(palette_of(yours_note)).name()}")
                yours_note.setIndent(24)
                mine_column.addWidget(yours_note)
            mine_column.addStretch(1)
            grid.addLayout(mine_column, row, 1)
            column = QVBoxLayout()
            column.setSpacing(0)
            column.addWidget(theirs)
            if item.changed_at is not None or item.changed_by:
                by = item.changed_by or self.tr("someone")
                text = (
                    self.tr("changed by {who}, {when}").format(
                        who=by, when=date_time_text(item.changed_at)
                    )
                    if item.changed_at is not None
                    else self.tr("changed by {who}").format(who=by)
                )
                who_label = QLabel(text)
                palette = palette_of(who_label)
                who_label.setStyleSheet(f"color: {muted_text(palette).name()}")
                who_label.setIndent(24)
                column.addWidget(who_label)
            column.addStretch(1)
            grid.addLayout(column, row, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save chosen values"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("&Back to editing"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def choose(self, key: str, side: str) -> None:
        (self.yours if side == "yours" else self.theirs)[key].setChecked(True)

    def choices(self) -> dict[str, str]:
        return {key: "yours" if self.yours[key].isChecked() else "theirs" for key in self.groups}

    def merged(self) -> dict[str, Any]:
        return self.conflict.merged(self.choices())


def ask(
    parent, conflict: Conflict, describe: Callable[[str, Any], str] | None = None
) -> dict[str, Any] | None:
    """Show the dialog; the merged values to save, or None to go back to editing.
    (Tests replace this function.)"""
    dialog = ConflictDialog(conflict, parent, describe)
    return dialog.merged() if dialog.exec() == QDialog.DialogCode.Accepted else None

"""Merge two customers: both side by side, which values are kept, then one undoable merge.

The plan (both customers, what moves) is read in the background each time the choice
changes, and the merge runs on the writer thread: the window never waits.
"""

from __future__ import annotations

from typing import Any

from cxlogger.core.records import merge as merge_svc
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.records.history import ref
from cxlogger.ui.context import AppContext
from cxlogger.ui.core_words import label, word
from cxlogger.ui.dialogs.saving_dialog import SavingDialog
from cxlogger.ui.qt import (
    QButtonGroup,
    QCoreApplication,
    QDialogButtonBox,
    QFont,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from cxlogger.ui.widgets.widgets import CustomerPicker


class MergeDialog(SavingDialog):
    """Pick the other customer (if not given), see both, choose values, merge."""

    def _count_text(self, counts: dict[str, int]) -> str:
        """Counts in words, "3 interactions, 1 promise", in Qt's plural forms (English "(s)"
        resolved here when no translation is loaded)."""
        texts = {
            "interactions": lambda n: self.tr("%Ln interaction(s)", "", n),
            "promises": lambda n: self.tr("%Ln promise(s)", "", n),
            "feedback": lambda n: self.tr("%Ln feedback", "", n),
            "followups": lambda n: self.tr("%Ln follow-up(s)", "", n),
            "heads_ups": lambda n: self.tr("%Ln heads-up(s)", "", n),
        }
        parts = [
            texts[key](n).replace("(s)", "" if n == 1 else "s") for key, n in counts.items() if n
        ]
        return ", ".join(parts) if parts else self.tr("nothing else")

    def __init__(self, ctx: AppContext, first_id: int, second_id: int | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.keep_id = first_id
        self.drop_id = second_id
        self.choices: dict[str, str] = {}
        self.merged: str | None = None
        self.plan = None
        self.staff_names: dict[int, str] = {}
        self.setWindowTitle(QCoreApplication.translate("MergeDialog", "Merge customers"))
        self.setMinimumWidth(860)  # long email addresses do not wrap

        self.picker = CustomerPicker(ctx)
        self.picker.setPlaceholderText(
            QCoreApplication.translate(
                "MergeDialog", "Type the name of the customer to merge with…"
            )
        )
        self.picker.chosen.connect(self._on_picked)
        self.pick_row = QWidget()
        pick_layout = QHBoxLayout(self.pick_row)
        pick_layout.setContentsMargins(0, 0, 0, 0)
        pick_layout.addWidget(QLabel(QCoreApplication.translate("MergeDialog", "Merge with")))
        pick_layout.addWidget(self.picker, 1)
        self.pick_row.setVisible(second_id is None)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setHorizontalSpacing(14)
        self.moves = QLabel()
        self.moves.setWordWrap(True)
        self.swap_button = QPushButton(
            QCoreApplication.translate("MergeDialog", "&Keep the other one instead")
        )
        self.swap_button.clicked.connect(self.swap)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            QCoreApplication.translate("MergeDialog", "&Merge"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pick_row)
        layout.addWidget(self.intro)
        layout.addWidget(self.grid_box)
        layout.addWidget(self.moves)
        swap_row = QHBoxLayout()
        swap_row.addWidget(self.swap_button)
        swap_row.addStretch(1)
        layout.addLayout(swap_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.rebuild()

    # --- showing the plan ----------------------------------------------------------------
    def _on_picked(self, customer_id) -> None:
        if customer_id is not None and customer_id != self.keep_id:
            self.drop_id = customer_id
            self.choices = {}
            self.rebuild()

    def swap(self) -> None:
        if self.drop_id is None:
            return
        self.keep_id, self.drop_id = self.drop_id, self.keep_id
        self.choices = {k: ("keep" if v == "drop" else "drop") for k, v in self.choices.items()}
        self.rebuild()

    def _text(self, key: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if key == "contact_consent":
            if value is True or value == "yes":
                return QCoreApplication.translate("MergeDialog", "agrees to be contacted")
            if value is False or value == "no":
                return QCoreApplication.translate("MergeDialog", "does not want to be contacted")
            return QCoreApplication.translate("MergeDialog", "not asked")
        if key == "owner_id":
            return self.staff_names.get(value, str(value))
        if key == "preferred_channel":
            return label(value)
        return str(value)

    def _ask_plan(self, done) -> None:
        """Read the plan for the current pair and choices; ``done(plan)`` when it is here."""
        keep_id, drop_id, choices = self.keep_id, self.drop_id, dict(self.choices)

        def read(session):
            names = {m.id: m.name for m in staff_svc.list_staff(session, include_inactive=True)}
            return merge_svc.plan_merge(session, keep_id, drop_id, choices), names

        def arrived(got) -> None:
            self.plan, self.staff_names = got
            self.answered("plan")
            done(self.plan)

        def failed(message: str) -> None:
            self.plan = None
            self.answered("plan")
            self.intro.setText(message)
            self.grid_box.setVisible(False)
            self._update_buttons()

        self.wait_for("plan")
        self.ctx.ops.query(self, "plan", read, arrived, failed)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        self.merge_button.setEnabled(self.ready() and self.plan is not None)
        self.swap_button.setEnabled(self.ready() and self.drop_id is not None)

    def rebuild(self) -> None:
        """Show the plan for the pair chosen (when it has arrived)."""
        self.plan = None
        ready = self.drop_id is not None
        self.grid_box.setVisible(ready)
        self.moves.setVisible(ready)
        if not ready:
            self._clear_grid()
            self.intro.setText(
                QCoreApplication.translate(
                    "MergeDialog", "Choose the customer who is the same person."
                )
            )
            self._update_buttons()
            return
        self._ask_plan(self._show_plan)

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.groups: dict[str, QButtonGroup] = {}

    def _show_plan(self, plan) -> None:
        self._clear_grid()
        self.grid_box.setVisible(True)
        keep_name, drop_name = plan.keep["name"], plan.drop["name"]
        self.intro.setText(
            QCoreApplication.translate(
                "MergeDialog",
                "{drop} ({drop_ref}) is merged into {keep} ({keep_ref}): everything moves "
                "to the customer kept, and {drop_ref} is removed. Choose which values to "
                "keep where they differ. Edit → Undo reverses the merge.",
            ).format(
                drop=drop_name,
                drop_ref=ref("customer", plan.drop_id),
                keep=keep_name,
                keep_ref=ref("customer", plan.keep_id),
            )
        )
        bold = QFont(self.font())
        bold.setBold(True)
        headers = (
            "",
            QCoreApplication.translate("MergeDialog", "Kept: {}").format(
                ref("customer", plan.keep_id)
            ),
            QCoreApplication.translate("MergeDialog", "Merged in: {}").format(
                ref("customer", plan.drop_id)
            ),
            QCoreApplication.translate("MergeDialog", "Result"),
        )
        for column, text in enumerate(headers):
            header = QLabel(text)
            header.setFont(bold)
            self.grid.addWidget(header, 0, column)
        for row, (key, caption) in enumerate(merge_svc.FIELDS, start=1):
            self.grid.addWidget(QLabel(word(caption)), row, 0)
            keep_text = self._text(key, plan.keep[key])
            drop_text = self._text(key, plan.drop[key])
            source = plan.source(key)
            if key in merge_svc.CHOOSABLE and source != "same" and plan.drop[key] not in (None, ""):
                group = QButtonGroup(self)
                left = QRadioButton(keep_text)
                right = QRadioButton(drop_text)
                left.setObjectName(f"keep_{key}")
                right.setObjectName(f"drop_{key}")
                left.setChecked(source == "keep")
                right.setChecked(source == "drop")
                group.addButton(left)
                group.addButton(right)
                left.toggled.connect(lambda on, k=key: on and self._choose(k, "keep"))
                right.toggled.connect(lambda on, k=key: on and self._choose(k, "drop"))
                self.groups[key] = group
                self.grid.addWidget(left, row, 1)
                self.grid.addWidget(right, row, 2)
            else:
                for column, text in ((1, keep_text), (2, drop_text)):
                    cell = QLabel(text)
                    cell.setWordWrap(True)
                    self.grid.addWidget(cell, row, column)
            result = self._text(key, plan.result[key])
            if source == "both":
                result += "  " + QCoreApplication.translate("MergeDialog", "(combined)")
            elif key == "contact_consent" and source != "same":
                if "no" in (plan.keep[key], plan.drop[key]):
                    result += "  " + QCoreApplication.translate("MergeDialog", "(a “no” is kept)")
                else:
                    result += "  " + QCoreApplication.translate(
                        "MergeDialog", "(the answer given is kept)"
                    )
            cell = QLabel(result)
            cell.setWordWrap(True)
            cell.setObjectName(f"result_{key}")
            cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(cell, row, 3)
        self.grid.setColumnStretch(3, 1)
        self.moves.setText(
            QCoreApplication.translate("MergeDialog", "Moves to the customer kept: {}.").format(
                self._count_text(plan.counts)
            )
        )

    def _choose(self, key: str, side: str) -> None:
        self.choices[key] = side

        def show(plan) -> None:
            result = self.grid_box.findChild(QLabel, f"result_{key}")
            if result is not None:
                result.setText(self._text(key, plan.result[key]))

        self._ask_plan(show)

    # --- merging -------------------------------------------------------------------------
    def merge(self) -> None:
        if self.drop_id is None or self.plan is None or not self.ready():
            return
        keep_id, drop_id, choices = self.keep_id, self.drop_id, dict(self.choices)
        staff_id, now = self.ctx.staff_id, self.ctx.now()
        self.save_in_background(
            lambda session: merge_svc.merge_customers(
                session, keep_id, drop_id, staff_id, now, choices
            ),
            self._merged,
            failed=lambda message: QMessageBox.warning(
                self, QCoreApplication.translate("MergeDialog", "Not merged"), message
            ),
            changes=("customers", "interactions", "promises", "followups", "feedback"),
        )

    def _merged(self, summary: str) -> None:
        self.merged = summary
        self.accept()

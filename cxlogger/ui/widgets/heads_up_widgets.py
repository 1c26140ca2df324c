"""Heads-ups in the window: the banner, the one-line text cards use, and the pin dialog.

The banner sits above a customer's timeline and in the log dialog as soon as the
customer is picked; Today's cards, the promises view and notifications use
``heads_up_line``. Colours come from the palette (an amber wash, see widgets.py) and
every heads-up also says its kind in words and with an icon, never by colour alone.
Data arrive through ``ctx.ops`` (core/heads_ups.py); nothing here runs SQL.
"""

from __future__ import annotations

from datetime import date

from cxlogger.core.records import heads_ups
from cxlogger.core.records.heads_ups import HeadsUpData, HeadsUpView, Pause
from cxlogger.ui.context import AppContext
from cxlogger.ui.dialogs.saving_dialog import SavingDialog
from cxlogger.ui.qt import (
    QCheckBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QLocale,
    QPalette,
    QStyle,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from cxlogger.ui.widgets.formats import date_text
from cxlogger.ui.widgets.widgets import (
    ErrorLabel,
    choice_combo,
    muted_text,
    notice_background,
)

Role = QPalette.ColorRole


def kind_word(kind: str) -> str:
    """The kind as a word people read ("Hold"), translated."""
    return {
        heads_ups.HOLD: QCoreApplication.translate("HeadsUp", "Hold"),
        heads_ups.WARNING: QCoreApplication.translate("HeadsUp", "Warning"),
        heads_ups.INFO: QCoreApplication.translate("HeadsUp", "Info"),
    }.get(kind, kind)


def short_day(day: date) -> str:
    """ "20 Mar" in the user's language (QLocale's month names)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def paused_text(pause: Pause) -> str:
    """ "Paused: hold until 20 Mar" on a card a hold pauses (empty when not paused)."""
    if not pause.paused:
        return ""
    if pause.until is None:
        return QCoreApplication.translate("HeadsUp", "Paused: hold until it is resolved")
    return QCoreApplication.translate("HeadsUp", "Paused: hold until %1").replace(
        "%1", short_day(pause.until)
    )


def heads_up_line(view: HeadsUpView, with_who: bool = True) -> str:
    """One line: "Hold: Billing: stop the reminders — Alex, 11 Mar 2026 · until 20 Mar"."""
    text = f"{kind_word(view.kind)}: {view.text}"
    extra = []
    if with_who:
        who = view.created_by or QCoreApplication.translate("HeadsUp", "someone")
        extra.append(
            QCoreApplication.translate("HeadsUp", "%1, %2")
            .replace("%1", who)
            .replace("%2", date_text(view.created_at))
        )
    if view.until is not None:
        extra.append(
            QCoreApplication.translate("HeadsUp", "until %1").replace("%1", short_day(view.until))
        )
    return text + (" — " + " · ".join(extra) if extra else "")


def kind_icon(source, kind: str):
    """The style's information or warning icon (``source``: a widget or a QStyle)."""
    style = source if isinstance(source, QStyle) else source.style()
    pixmap = (
        QStyle.StandardPixmap.SP_MessageBoxInformation
        if kind == heads_ups.INFO
        else QStyle.StandardPixmap.SP_MessageBoxWarning
    )
    return style.standardIcon(pixmap)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class HeadsUpBanner(QFrame):
    """The active heads-ups of one customer, holds first; hidden when there are none.
    With ``can_resolve``, each line has a Resolve button (``resolve_requested``)."""

    resolve_requested = Signal(int, int)  # heads-up id, the version shown

    def __init__(self, can_resolve: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName("headsUpBanner")
        self.can_resolve = can_resolve
        self.views: list[HeadsUpView] = []
        self.lines: list[QLabel] = []
        self.resolve_buttons: dict[int, QToolButton] = {}
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self._layout.setSpacing(4)
        self._colour()
        self.hide()

    def _colour(self) -> None:
        palette = self.palette()
        palette.setColor(Role.Window, notice_background(palette))
        palette.setColor(Role.WindowText, palette.color(Role.Text))
        self.setPalette(palette)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # the theme changed
            self.setPalette(QPalette())
            self._colour()

    def text(self) -> str:
        """What the banner says, line by line (for tests and the accessible name)."""
        return "\n".join(label.text() for label in self.lines)

    def show_heads_ups(self, views: list[HeadsUpView]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                _clear_layout(item.layout())
        self.views, self.lines, self.resolve_buttons = list(views), [], {}
        for view in self.views:
            row = QHBoxLayout()
            row.setSpacing(6)
            icon = QLabel()
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            icon.setPixmap(kind_icon(self, view.kind).pixmap(size, size))
            row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            label = QLabel(heads_up_line(view))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = label.font()
            font.setBold(view.is_hold)
            label.setFont(font)
            label.setToolTip(self._tip(view))
            row.addWidget(label, 1)
            self.lines.append(label)
            if self.can_resolve:
                button = QToolButton()
                button.setText(QCoreApplication.translate("HeadsUp", "Resolve"))
                button.setToolTip(
                    QCoreApplication.translate(
                        "HeadsUp", "It no longer applies: resolve it (it stays on the timeline)"
                    )
                )
                button.clicked.connect(
                    lambda _checked=False, v=view: self.resolve_requested.emit(v.id, v.version)
                )
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                self.resolve_buttons[view.id] = button
            self._layout.addLayout(row)
        holds = [v for v in self.views if v.is_hold]
        if holds:
            note = QLabel(
                QCoreApplication.translate(
                    "HeadsUp",
                    "Thank-yous, feedback asks and report-backs to them are paused; "
                    "promises still remind.",
                )
            )
            note.setWordWrap(True)
            palette = note.palette()
            palette.setColor(Role.WindowText, muted_text(palette, palette.color(Role.Window)))
            note.setPalette(palette)
            self._layout.addWidget(note)
        self.setAccessibleName(
            QCoreApplication.translate("HeadsUp", "Heads-ups: %1").replace("%1", self.text())
        )
        self.setVisible(bool(self.views))

    def _tip(self, view: HeadsUpView) -> str:
        lines = [
            QCoreApplication.translate("HeadsUp", "Pinned by %1 on %2")
            .replace("%1", view.created_by or QCoreApplication.translate("HeadsUp", "someone"))
            .replace("%2", date_text(view.created_at)),
        ]
        if view.until is not None:
            lines.append(
                QCoreApplication.translate("HeadsUp", "Applies until the end of %1").replace(
                    "%1", date_text(view.until)
                )
            )
        if view.interaction_id:
            lines.append(
                QCoreApplication.translate("HeadsUp", "From interaction INT-%1").replace(
                    "%1", f"{view.interaction_id:06d}"
                )
            )
        return "\n".join(lines)


def _clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()


class UntilEdit(QWidget):
    """An optional last day: "until [date]" ticked, or no end."""

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.check = QCheckBox(QCoreApplication.translate("HeadsUp", "unti&l"))
        self.check.setToolTip(
            QCoreApplication.translate(
                "HeadsUp", "The last day it applies; without it, until someone resolves it"
            )
        )
        self.edit = QDateEdit(QDate(today.year, today.month, today.day).addDays(7))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")  # as the log dialog's When
        self.edit.setMinimumDate(QDate(today.year, today.month, today.day))
        self.edit.setAccessibleName(QCoreApplication.translate("HeadsUp", "Last day it applies"))
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def until(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None


def kind_combo() -> QWidget:
    combo = choice_combo(heads_ups.HEADS_UP_KINDS)
    for index, code in enumerate(heads_ups.HEADS_UP_KINDS):
        combo.setItemText(index, kind_word(code))
    combo.setToolTip(
        QCoreApplication.translate(
            "HeadsUp", "A hold also pauses thank-yous, feedback asks and report-backs to them"
        )
    )
    return combo


class PinHeadsUpDialog(SavingDialog):
    """Pin a heads-up on a customer (from the customer panel)."""

    def __init__(self, ctx: AppContext, customer_id: int, customer_name: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.saved: HeadsUpView | None = None
        self.setWindowTitle(QCoreApplication.translate("HeadsUp", "Pin a heads-up"))
        self.setMinimumWidth(460)
        self.text = QLineEdit()
        self.text.setMaxLength(heads_ups.MAX_TEXT)
        self.text.setPlaceholderText(
            QCoreApplication.translate(
                "HeadsUp", "e.g. Mixer returned 11 Dec, stop rental invoices"
            )
        )
        self.kind = kind_combo()
        today = ctx.now().astimezone().date()
        self.until = UntilEdit(today)
        self.errors = {key: ErrorLabel() for key in ("text", "kind", "until")}
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("HeadsUp", "Customer"), QLabel(customer_name))
        form.addRow(
            QCoreApplication.translate("HeadsUp", "&Heads-up"),
            _stack(self.text, self.errors["text"]),
        )
        form.addRow(
            QCoreApplication.translate("HeadsUp", "&Kind"), _stack(self.kind, self.errors["kind"])
        )
        form.addRow("", _stack(self.until, self.errors["until"]))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            QCoreApplication.translate("HeadsUp", "&Pin")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.text.setFocus()

    def data(self) -> HeadsUpData:
        return HeadsUpData(self.text.text(), self.kind.currentData(), self.until.until())

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.show_error(errors.get(key))

    def save(self) -> None:
        if not self.ready():
            return
        data, customer_id = self.data(), self.customer_id
        staff_id, now = self.ctx.staff_id, self.ctx.now()
        from cxlogger.core.sync.outbox import queue_heads_up
        from cxlogger.ui.live import or_queue

        self.save_in_background(
            or_queue(
                self.ctx,
                lambda session: heads_ups.pin(session, customer_id, data, staff_id, now),
                # offline: kept in the outbox, pinned once the server is back (issue 12)
                lambda: queue_heads_up(self.ctx.live.outbox, customer_id, data, staff_id, now),
            ),
            self._saved,
            invalid=self.show_errors,
            changes=("heads_ups",),
        )

    def _saved(self, view) -> None:
        from cxlogger.ui.live import Queued

        self.queued: str | None = None
        if isinstance(view, Queued):  # kept on this computer; the banner counts it
            self.queued = str(view)
            self.ctx.live.queued()
            view = None
        self.saved = view
        self.accept()


def _stack(widget: QWidget, error: ErrorLabel) -> QWidget:
    box = QWidget()
    box.setFocusProxy(widget)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


def resolve(ctx: AppContext, owner: QWidget, heads_up_id: int, version: int, done=None) -> None:
    """Resolve a heads-up in the background (who and when are recorded); a sentence if
    someone else changed it meanwhile."""
    from cxlogger.ui.qt import QMessageBox

    staff_id, now = ctx.staff_id, ctx.now()

    def failed(message: str) -> None:
        QMessageBox.warning(owner, QCoreApplication.translate("HeadsUp", "Not resolved"), message)
        ctx.changes.announce("heads_ups")  # show it as it is now

    ctx.ops.write(
        owner,
        lambda session: heads_ups.resolve(session, heads_up_id, staff_id, now, version),
        done,
        failed,
        changes=("heads_ups",),
    )

"""Small reusable widgets: choice combos, inline field errors, the customer picker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING

from cxlogger.ui.context import AppContext
from cxlogger.ui.core_words import label
from cxlogger.ui.qt import (
    QAbstractButton,
    QCheckBox,
    QColor,
    QComboBox,
    QCompleter,
    QDate,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QGroupBox,
    QGuiApplication,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPalette,
    QPlainTextEdit,
    QShortcut,
    QSpinBox,
    QStringListModel,
    Qt,
    QTime,
    QTimeEdit,
    QWidget,
    Signal,
)
from cxlogger.ui.widgets.formats import localize_edit

if TYPE_CHECKING:
    from cxlogger.core.models import Customer

# --- colours: from the palette, so light, dark and high-contrast themes all read -------------
# A hue is only ever mixed into the palette's own colours, then moved towards the text
# colour until it is readable (WCAG contrast 4.5), so no theme can make text unreadable.
# State is never shown by colour alone: every coloured thing also says what it is.

Role = QPalette.ColorRole
RED, GREEN, AMBER = QColor(211, 47, 47), QColor(46, 125, 50), QColor(245, 170, 30)


def mixed(a: QColor, b: QColor, share_of_b: float) -> QColor:
    t = max(0.0, min(1.0, share_of_b))
    pairs = zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True)
    return QColor.fromRgbF(*(x * (1 - t) + y * t for x, y in pairs))


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in colour.getRgbF()[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 (none) to 21 (black on white)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: QColor, background: QColor, text: QColor, ratio: float = 4.5) -> QColor:
    """``colour``, moved towards the palette's ``text`` colour until it reads on
    ``background``."""
    for step in range(11):
        candidate = mixed(colour, text, step / 10)
        if contrast_ratio(candidate, background) >= ratio:
            return candidate
    return QColor(text)


def palette_of(widget=None) -> QPalette:
    return widget.palette() if widget is not None else QGuiApplication.palette()


def muted_text(palette: QPalette, background: QColor | None = None) -> QColor:
    """Secondary text (dates, hints, counts): dimmer than the text, still readable."""
    back = background or palette.color(Role.Window)
    text = palette.color(Role.WindowText)
    return readable(mixed(text, back, 0.4), back, text)


def warning_text(palette: QPalette, background: QColor | None = None) -> QColor:
    """Text that warns (errors, overdue, a negative sentiment), readable on ``background``."""
    back = background or palette.color(Role.Window)
    text = palette.color(Role.WindowText)
    return readable(mixed(text, RED, 0.75), back, text)


def positive_text(palette: QPalette, background: QColor | None = None) -> QColor:
    back = background or palette.color(Role.Base)
    text = palette.color(Role.Text)
    return readable(mixed(text, GREEN, 0.75), back, text)


def warning_background(palette: QPalette) -> QColor:
    """A faint red wash over the base colour (an overdue card or row)."""
    return mixed(palette.color(Role.Base), RED, 0.12)


def notice_background(palette: QPalette) -> QColor:
    """A faint amber wash over the base colour (a banner)."""
    return mixed(palette.color(Role.Base), AMBER, 0.2)


def choice_combo(codes, with_any: str | None = None) -> QComboBox:
    """A combo of coded choices shown by their labels; currentData() is the code."""
    combo = QComboBox()
    if with_any is not None:
        combo.addItem(with_any, None)
    for code in codes:
        combo.addItem(label(code), code)
    return combo


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class ErrorLabel(QLabel):
    """A sentence shown under a field when its input is invalid."""

    def __init__(self):
        super().__init__()
        self._colour()
        self.setWordWrap(True)
        self.hide()

    def _colour(self) -> None:
        palette = QPalette(self.palette())
        palette.setColor(Role.WindowText, warning_text(QGuiApplication.palette()))
        self.setPalette(palette)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._colour()

    def show_error(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))

    def showing(self) -> bool:
        return bool(self.text()) and not self.isHidden()


def recheck_errors(labels: dict[str, ErrorLabel], errors: dict[str, str]) -> None:
    """After an edit: a sentence already shown goes as soon as its field is fixed (or
    changes with the problem); fields not complained about yet wait for Save."""
    for key, error_label in labels.items():
        if error_label.showing():
            error_label.show_error(errors.get(key))


def on_edit(callback: Callable[[], None], *widgets) -> None:
    """Call ``callback`` whenever the user changes any of ``widgets``."""
    for widget in widgets:
        if isinstance(widget, DueEdit):
            on_edit(callback, widget.date_edit, widget.has_time, widget.time_edit)
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(lambda *_: callback())
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda *_: callback())
            widget.editTextChanged.connect(lambda *_: callback())
        elif isinstance(widget, QDateTimeEdit):  # QDateEdit and QTimeEdit too
            widget.dateTimeChanged.connect(lambda *_: callback())
        elif isinstance(widget, QAbstractButton | QGroupBox):
            widget.toggled.connect(lambda *_: callback())
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda *_: callback())
        else:  # pragma: no cover - a programming error
            raise TypeError(f"on_edit does not know {type(widget).__name__}")


def ctrl_enter_accepts(dialog: QDialog, buttons: QDialogButtonBox | None = None) -> None:
    """Ctrl+Enter presses the dialog's Save/OK (or accepts it) from anywhere in it, even
    from a text box where Enter starts a new line."""

    def press() -> None:
        if buttons is None:
            dialog.accept()
            return
        for button in buttons.buttons():
            role = buttons.buttonRole(button)
            if role == QDialogButtonBox.ButtonRole.AcceptRole and button.isEnabled():
                button.click()
                return

    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog).activated.connect(press)


def customer_display(customer: Customer) -> str:
    extra = customer.company or customer.email or customer.phone
    return f"{customer.name} — {extra}" if extra else customer.name


class CustomerPicker(QLineEdit):
    """Type a name, pick an existing customer from the suggestions, or keep a new name.

    ``customer_id()`` is the chosen customer, or None when the text names a new one.
    The suggestions are asked for in the background at each keystroke (the newest
    question supersedes the older ones), so typing never waits for the database.
    """

    chosen = Signal(object)  # customer id or None
    suggested = Signal()  # the suggestions for the current text have arrived

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setPlaceholderText(self.tr("Start typing a name, company, email or phone…"))
        self._by_display: dict[str, int] = {}
        self._customers: dict[int, Customer] = {}  # what each suggestion was, by id
        self._chosen_id: int | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._on_activated)
        self.setCompleter(completer)
        self.textEdited.connect(self._on_edited)

    def set_customer(self, customer: Customer) -> None:
        display = customer_display(customer)
        self._by_display[display] = customer.id
        self._customers[customer.id] = customer
        self.setText(display)
        self._chosen_id = customer.id
        self.chosen.emit(customer.id)

    def _on_edited(self, text: str) -> None:
        self._chosen_id = self._by_display.get(text)
        from cxlogger.core.records import customers as customers_svc
        from cxlogger.ui.live import or_offline

        self.ctx.ops.query(
            self,
            "suggestions",
            or_offline(
                self.ctx,
                lambda session: customers_svc.search_customers(session, text, limit=15),
                lambda: self.ctx.live.outbox.search_customers(text, 15),  # the desk's cache
            ),
            lambda found: self._show_suggestions(text, found),
        )
        self.chosen.emit(self._chosen_id)

    def _show_suggestions(self, text: str, found: list[Customer]) -> None:
        if text != self.text():
            return  # set in code meanwhile (a suggestion chosen): that text stands
        self._by_display.update({customer_display(c): c.id for c in found})
        self._customers.update({c.id: c for c in found})
        self._model.setStringList([customer_display(c) for c in found])
        if found and self.hasFocus():
            self.completer().complete()  # the list came after the keystroke: show it now
        if self._chosen_id is None and text in self._by_display:
            self._chosen_id = self._by_display[text]  # typed out in full: that one
            self.chosen.emit(self._chosen_id)
        self.suggested.emit()

    def _on_activated(self, text: str) -> None:
        self._chosen_id = self._by_display.get(text)
        self.chosen.emit(self._chosen_id)

    def customer_id(self) -> int | None:
        if self._chosen_id is None:
            self._chosen_id = self._by_display.get(self.text())
        return self._chosen_id

    def customer(self, customer_id: int | None = None) -> Customer | None:
        """The chosen customer (or the one with ``customer_id``) as last suggested."""
        ident = self.customer_id() if customer_id is None else customer_id
        return self._customers.get(ident) if ident is not None else None

    def new_name(self) -> str:
        return self.text().strip()


class DueEdit(QWidget):
    """A due date, with an optional time ("at 14:00") for promises."""

    def __init__(self, day: QDate, parent=None):
        super().__init__(parent)
        self.date_edit = QDateEdit(day)
        self.date_edit.setCalendarPopup(True)
        localize_edit(self.date_edit, time=False)
        self.has_time = QCheckBox(self.tr("at"))
        self.time_edit = QTimeEdit(QTime(12, 0))
        localize_edit(self.time_edit, date=False)
        self.time_edit.setEnabled(False)
        self.has_time.toggled.connect(self.time_edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_edit)
        row.addWidget(self.has_time)
        row.addWidget(self.time_edit)
        row.addStretch(1)
        self.setFocusProxy(self.date_edit)

    def due_date(self) -> date:
        return self.date_edit.date().toPython()

    def due_time(self) -> time | None:
        return self.time_edit.time().toPython() if self.has_time.isChecked() else None


class QuickDateTimeEdit(QDateTimeEdit):
    """A date-time field that Tab leaves at once.

    Qt's own steps Tab through year, month, day, hour and minute first, which
    costs five key presses when the default (now) is usually right. Typing
    still fills the parts in order, and Left/Right move between them.
    """

    def focusNextPrevChild(self, next_child: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_child)

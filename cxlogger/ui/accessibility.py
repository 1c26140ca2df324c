"""Names for screen readers, for every control (issue 14).

Buttons are named by their text and most fields by their label, but Qt does not pass a
form label's text on to every kind of field (line edits, date and time edits, custom
pickers), and a field without a label has nothing to pass on. When a window is shown
(a dialog: fit_contents.AppDialog; the main window and each view: main_window.py), each
control still without a name gets one: its form label's, else what it says it is for
(placeholder, tooltip). Lists and tables set their own names where they are built.
"""

from __future__ import annotations

from cxlogger.ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def _plain(text: str) -> str:
    """'&Customer:' -> 'Customer' (no accelerator marks, no trailing colon)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def _form_label(widget: QWidget, seen: dict | None = None) -> str:
    """The text of the label a QFormLayout row shows for ``widget`` (or for the small
    container it sits in, e.g. a date with its time), or of a label whose buddy it is.

    ``seen``: the window's forms and labels, found once for all of its controls (each
    findChildren makes a Python object of every child: a few ms per control in a view)."""
    window = widget.window()
    chain, candidate = [], widget
    while candidate is not None and candidate is not window and len(chain) < 3:
        chain.append(candidate)
        candidate = candidate.parentWidget()
    if seen is None:
        seen = {}
    if window not in seen:
        seen[window] = (window.findChildren(QFormLayout), window.findChildren(QLabel))
    forms, labels = seen[window]
    for candidate in chain:
        for form in forms:
            label = form.labelForField(candidate)
            if isinstance(label, QLabel) and label.text().strip():
                return _plain(label.text())
    for label in labels:
        if label.buddy() is widget and label.text().strip():
            return _plain(label.text())
    return ""


def suggested_name(widget: QWidget, seen: dict | None = None) -> str:
    """What a control without a name of its own should be called."""
    name = _form_label(widget, seen)
    if not name and hasattr(widget, "placeholderText"):
        name = widget.placeholderText()
    if not name and isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        name = widget.lineEdit().placeholderText()
    return name or _plain(widget.toolTip())


def name_controls(root: QWidget) -> int:
    """Give every control under ``root`` that has no accessible name one; returns how many."""
    named = 0
    seen: dict = {}
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.accessibleName():
            continue
        if isinstance(widget, QAbstractButton) and widget.text().strip():
            continue  # its text is its name
        name = suggested_name(widget, seen)
        if name:
            widget.setAccessibleName(name)
            named += 1
    return named

"""Dialogs as wide as their contents need, named for screen readers: ``AppDialog``, the
base of every cxlogger dialog.

Done in each dialog's own show and resize events. They were application-wide event
filters in Python, which saw every event of every object in the app: while the Today
board's cards were built at 100k, half of each 30-90 ms slice was those two filters.
A module of its own, importing only the few Qt classes it uses.
"""

from __future__ import annotations

from cxlogger.ui.accessibility import name_controls
from cxlogger.ui.qt import QDialog, QLayout, QWidget


class AppDialog(QDialog):
    """A dialog is never narrower than its contents need, whatever minimum width it was
    given for English: German and French run 30-40 % longer, and a minimum width set on
    a window stops its layout from widening it, so labels and check boxes were cut off.
    As it is shown its controls get names for screen readers (ui/accessibility.py), and
    grown after it was placed (its data arrived) it stays whole on the screen."""

    def showEvent(self, event) -> None:  # noqa: N802
        fit_to_contents(self)
        name_controls(self)
        super().showEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.isVisible():
            _keep_on_screen(self)


def fit_to_contents(dialog: QDialog) -> None:
    """Let ``dialog``'s layout widen it to what its contents need (once: a layout given
    another size constraint is left as it is)."""
    layout = dialog.layout()
    if layout is None or layout.sizeConstraint() != QLayout.SizeConstraint.SetDefaultConstraint:
        return
    wanted = dialog.minimumWidth()
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
    layout.activate()
    if dialog.width() < wanted:
        dialog.resize(wanted, dialog.height())


def _keep_on_screen(window: QWidget) -> None:
    screen = window.screen().availableGeometry() if window.screen() is not None else None
    if screen is None:
        return
    frame = window.frameGeometry()
    dx = min(0, screen.right() - frame.right())
    dy = min(0, screen.bottom() - frame.bottom())
    if dx or dy:
        window.move(max(screen.left(), window.x() + dx), max(screen.top(), window.y() + dy))

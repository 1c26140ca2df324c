"""Dialogs as wide as their contents need (installed on the application at start-up).

A module of its own, importing only the few Qt classes it uses: start-up installs it
before the main window paints, without loading every widget helper (widgets.py) then.
"""

from __future__ import annotations

from cxlogger.ui.qt import QDialog, QEvent, QLayout, QObject, QWidget


class _FitContentsOnShow(QObject):
    """A dialog is never narrower than its contents need, whatever minimum width it was
    given for English: German and French run 30-40 % longer, and a minimum width set on
    a window stops its layout from widening it, so labels and check boxes were cut off."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        # every event of the application passes here: the cheap test first (event.type()
        # builds a Python enum each time, which at start-up adds up to tens of ms)
        if not isinstance(obj, QDialog):
            return False
        kind = event.type()
        if (
            kind == QEvent.Type.Show
            and obj.layout() is not None
            and obj.layout().sizeConstraint() == QLayout.SizeConstraint.SetDefaultConstraint
        ):
            wanted = obj.minimumWidth()
            obj.layout().setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
            obj.layout().activate()
            if obj.width() < wanted:
                obj.resize(wanted, obj.height())
        elif kind == QEvent.Type.Resize and obj.isVisible():
            _keep_on_screen(obj)  # grown after it was placed (its data arrived): still whole
        return False


def _keep_on_screen(window: QWidget) -> None:
    screen = window.screen().availableGeometry() if window.screen() is not None else None
    if screen is None:
        return
    frame = window.frameGeometry()
    dx = min(0, screen.right() - frame.right())
    dy = min(0, screen.bottom() - frame.bottom())
    if dx or dy:
        window.move(max(screen.left(), window.x() + dx), max(screen.top(), window.y() + dy))


_fit_filter: _FitContentsOnShow | None = None


def install_fit_contents(app) -> None:
    """Let every dialog grow to what its contents need as it is shown (once per app)."""
    global _fit_filter
    if _fit_filter is None:
        _fit_filter = _FitContentsOnShow(app)
        app.installEventFilter(_fit_filter)

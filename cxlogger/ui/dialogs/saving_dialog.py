"""Dialogs that save without making the window wait: the base for every editing dialog.

A ``SavingDialog`` saves through ``ctx.ops.write`` (one user action, one transaction on
the writer thread). While the save runs its Save/OK button is disabled (no second save by
an impatient Enter) and Esc does not close it; then it closes, or it stays open with all
that was typed and shows why it was not saved: the core's ValidationError next to the
fields (``invalid``), a conflict (someone saved the row since it was read) through
``conflict`` (ui/conflict_dialog.py), any other failure as a sentence in a message box.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from cxlogger.ui.qt import QCoreApplication, QDialog, QDialogButtonBox, QMessageBox
from cxlogger.ui.widgets.fit_contents import AppDialog


def accept_buttons(dialog: QDialog) -> list:
    """The dialog's Save/OK buttons (accept or yes role), in any of its button boxes."""
    roles = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
    return [
        button
        for box in dialog.findChildren(QDialogButtonBox)
        for button in box.buttons()
        if box.buttonRole(button) in roles
    ]


class SavingDialog(AppDialog):
    """A QDialog with ``save_in_background``; subclasses set ``self.ctx``."""

    _saving = False
    _waiting: frozenset[str] | set[str] = frozenset()

    # --- data the dialog needs before it can save --------------------------------------------

    def wait_for(self, *what: str) -> None:
        """Save stays disabled until each of ``what`` is ``answered``."""
        self._waiting = set(self._waiting) | set(what)
        self._update_buttons()

    def answered(self, what: str) -> None:
        self._waiting = set(self._waiting) - {what}
        self._update_buttons()

    def ready(self) -> bool:
        """Everything Save needs has arrived and no save is running."""
        return not self._waiting and not self._saving

    def saving(self) -> bool:
        return self._saving

    def set_saving(self, saving: bool) -> None:
        """Mark a save under way before its write (a duplicate check asked first)."""
        self._saving = saving
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button in accept_buttons(self):
            button.setEnabled(self.ready())

    def showEvent(self, event) -> None:  # noqa: N802
        self._update_buttons()  # also when wait_for ran before the buttons were laid out
        super().showEvent(event)

    # --- saving -------------------------------------------------------------------------------

    def save_in_background(
        self,
        fn: Callable[[Any], Any],
        saved: Callable[[Any], None],
        *,
        invalid: Callable[[dict[str, str]], None] | None = None,
        failed: Callable[[str], None] | None = None,
        changes: Iterable[str] = (),
        conflict: Callable[[Any], None] | None = None,
    ) -> None:
        """Run ``fn(session)`` on the writer thread; ``saved(result)`` when it is stored.

        Saved while the start-up check still reads the file (the first second or two at a
        million interactions), the save waits for it, the dialog open and saying so."""
        self._saving = True
        self._update_buttons()
        if self.ctx.ops.holding_writes():
            self._say_checking()

        def done(result) -> None:
            self._finish()
            saved(result)

        def not_saved(message: str) -> None:
            self._finish()
            if failed is not None:
                failed(message)
            else:
                QMessageBox.warning(
                    self, QCoreApplication.translate("SavingDialog", "Not saved"), message
                )

        def fields(errors: dict[str, str]) -> None:
            self._finish()
            invalid(errors)

        def conflicted(found) -> None:  # core/conflicts.Conflict: nothing was written
            self._finish()
            conflict(found)

        self.ctx.ops.write(
            self,
            fn,
            done,
            not_saved,
            changes=changes,
            invalid=fields if invalid is not None else None,
            conflict=conflicted if conflict is not None else None,
        )

    def _finish(self) -> None:
        self._checked()
        self.set_saving(False)

    _checking: list | None = None  # (button, its own text) while the save waits for the check

    def _say_checking(self) -> None:
        buttons = accept_buttons(self)
        self._checking = [(button, button.text()) for button in buttons]
        for button in buttons:
            button.setText(QCoreApplication.translate("SavingDialog", "Checking your data…"))
        self.ctx.ops.writes_released.connect(self._checked)

    def _checked(self) -> None:
        if self._checking is None:
            return
        for button, text in self._checking:
            button.setText(text)
        self._checking = None
        self.ctx.ops.writes_released.disconnect(self._checked)

    def reject(self) -> None:
        if self._saving:
            return  # the save is under way: it ends by closing or by saying why not
        super().reject()

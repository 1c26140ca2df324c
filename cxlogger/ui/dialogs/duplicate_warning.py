"""The warning shown when a new customer looks like one that already exists."""

from __future__ import annotations

from cxlogger.core.records.duplicates import Match
from cxlogger.ui.qt import QCoreApplication, QMessageBox


def ask(parent, name: str, matches: list[Match], use_text: str) -> int | str | None:
    """Returns the id of the existing customer to use instead, "add" to add the new one
    anyway, or None to go back and change it. ``use_text`` is e.g. "Open {name}"."""
    first = matches[0]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("DuplicateWarning", "This customer may exist already")
    )
    box.setText(
        QCoreApplication.translate(
            "DuplicateWarning", "“{}” looks like a customer you already have."
        ).format(name)
    )
    box.setInformativeText("\n".join(m.sentence for m in matches[:5]))
    use = box.addButton(use_text.format(name=first.name), QMessageBox.ButtonRole.AcceptRole)
    add = box.addButton(
        QCoreApplication.translate("DuplicateWarning", "Add as a new customer"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(use)
    box.exec()
    clicked = box.clickedButton()
    if clicked is use:
        return first.customer_id
    if clicked is add:
        return "add"
    return None

"""File → Export… and File → Import customers… in the main window."""

from __future__ import annotations

from cxlogger.ui.context import AppContext
from cxlogger.ui.qt import QAction, QCoreApplication, QKeySequence


def add_csv_actions(window, ctx: AppContext) -> None:
    """Add the two actions to ``window``'s File menu (kept as window.export_action etc.)."""
    window.export_action = QAction(
        QCoreApplication.translate("csv_actions", "&Export to CSV…"), window
    )
    window.export_action.setShortcut(QKeySequence("Ctrl+E"))
    window.export_action.setStatusTip(
        QCoreApplication.translate(
            "csv_actions",
            "Write interactions, money, promises, feedback or "
            "customers to a CSV file for your accountant",
        )
    )
    window.export_action.triggered.connect(lambda: open_export_dialog(window, ctx))
    window.import_action = QAction(
        QCoreApplication.translate("csv_actions", "&Import customers…"), window
    )
    window.import_action.setStatusTip(
        QCoreApplication.translate(
            "csv_actions",
            "Add customers from a CSV file (Google Contacts, Outlook, a spreadsheet) "
            "or a vCard file",
        )
    )
    window.import_action.triggered.connect(lambda: open_import_dialog(window, ctx))
    window.add_file_action(window.export_action)
    window.add_file_action(window.import_action)


def open_export_dialog(window, ctx: AppContext):
    from cxlogger.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(ctx, window)
    dialog.open()
    return dialog


def open_import_dialog(window, ctx: AppContext):
    from cxlogger.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(ctx, window)
    dialog.open()
    return dialog

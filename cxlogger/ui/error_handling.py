"""Errors that escape a user action: sentences for the user, tracebacks for the log.

A slot that raises inside Qt's event loop ends up in sys.excepthook. There a
UserError (or a full disk) becomes a message box, and anything else — a bug —
is logged with its traceback and reported with where the log is.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from cxlogger.core.errors import UserError, disk_full_error
from cxlogger.core.storage.paths import make_private
from cxlogger.ui.qt import QApplication, QCoreApplication

log = logging.getLogger("cxlogger")


LOG_NAME = "cxlogger.log"
_logging_to: set[Path] = set()


def log_to_file(data_dir: Path) -> Path:
    """Keep a small private log in the data folder for bug reports (once per folder).

    The app calls it once its window has painted (logging.handlers is not needed before);
    an error before then calls it first (install_excepthook)."""
    path = data_dir / LOG_NAME
    if path in _logging_to:
        return path
    from cxlogger.core.storage.private_log import PrivateRotatingFileHandler

    handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    _logging_to.add(path)
    for suffix in ("", ".1", ".2"):  # also those an older cxlogger rotated with the umask
        make_private(Path(f"{path}{suffix}"))
    return path


def user_message(exc: BaseException) -> str | None:
    """The sentence to show for ``exc``, or None if it is a bug."""
    if isinstance(exc, UserError):
        return str(exc)
    translated = disk_full_error(exc)
    return str(translated) if translated is not None else None


def show_error(exc: BaseException, log_path: Path | None = None) -> None:
    from cxlogger.ui.qt import QMessageBox  # (named only when shown: ~2 ms of enums)

    parent = QApplication.activeWindow()
    message = user_message(exc)
    if message is not None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("error_handling", "cxlogger"), message
        )
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    where = (
        "\n\n"
        + QCoreApplication.translate("error_handling", "Details were written to %1.").replace(
            "%1", str(log_path)
        )
        if log_path
        else ""
    )
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("error_handling", "cxlogger"),
        QCoreApplication.translate(
            "error_handling",
            "Something went wrong and that action was not completed. Your saved records are safe.",
        )
        + where,
    )


def install_excepthook(log_path: Path | None) -> None:
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if log_path is not None:
            try:
                log_to_file(log_path.parent)  # if the window has not painted yet
            except OSError:
                pass
        show_error(exc, log_path)

    sys.excepthook = hook

"""The one place the UI imports Qt from, so a binding change touches one file.

The names are looked up on first use (PEP 562): PySide6 builds a class, and its enums,
the first time it is asked for, which costs ~0.3 ms a class and 16 ms for ``Qt``, so
a module pays only for the classes it imports, and the window's frame paints before
the classes that only the views and dialogs use are built.
"""

from __future__ import annotations

import importlib
import sys

# the Qt names the UI uses, by the PySide6 module that has them
_MODULES = {
    "QtCore": (
        "QAbstractTableModel",
        "QByteArray",
        "QCoreApplication",
        "QDate",
        "QDateTime",
        "QElapsedTimer",
        "QEvent",
        "QEventLoop",
        "QItemSelectionModel",
        "QLibraryInfo",
        "QLocale",
        "QModelIndex",
        "QObject",
        "QPersistentModelIndex",
        "QPoint",
        "QProcess",
        "QRect",
        "QRunnable",
        "QSettings",
        "QSize",
        "QSortFilterProxyModel",
        "QStringListModel",
        "QThread",
        "QThreadPool",
        "QTime",
        "QTimer",
        "QTranslator",
        "QUrl",
        "Qt",
        "Signal",
        "Slot",
    ),
    "QtGui": (
        "QAction",
        "QBrush",
        "QCloseEvent",
        "QColor",
        "QDesktopServices",
        "QFont",
        "QGuiApplication",
        "QHelpEvent",
        "QIcon",
        "QImage",
        "QKeySequence",
        "QPainter",
        "QPalette",
        "QPixmap",
        "QShortcut",
        "QShowEvent",
        "QStandardItem",
        "QStandardItemModel",
    ),
    "QtNetwork": (
        "QLocalServer",
        "QLocalSocket",
    ),
    "QtWidgets": (
        "QAbstractButton",
        "QAbstractItemView",
        "QAbstractSpinBox",
        "QApplication",
        "QButtonGroup",
        "QCheckBox",
        "QComboBox",
        "QCompleter",
        "QDateEdit",
        "QDateTimeEdit",
        "QDialog",
        "QDialogButtonBox",
        "QFileDialog",
        "QFormLayout",
        "QFrame",
        "QGridLayout",
        "QGroupBox",
        "QHBoxLayout",
        "QHeaderView",
        "QInputDialog",
        "QLabel",
        "QLayout",
        "QLineEdit",
        "QListWidget",
        "QListWidgetItem",
        "QMainWindow",
        "QMenu",
        "QMessageBox",
        "QPlainTextEdit",
        "QProgressBar",
        "QProgressDialog",
        "QPushButton",
        "QRadioButton",
        "QScrollArea",
        "QSizePolicy",
        "QSpinBox",
        "QSplitter",
        "QStackedWidget",
        "QStatusBar",
        "QStyle",
        "QStyleOptionViewItem",
        "QStyledItemDelegate",
        "QSystemTrayIcon",
        "QTabWidget",
        "QTableView",
        "QTableWidget",
        "QTableWidgetItem",
        "QTextBrowser",
        "QTextEdit",
        "QTimeEdit",
        "QToolBar",
        "QToolButton",
        "QToolTip",
        "QTreeView",
        "QTreeWidget",
        "QTreeWidgetItem",
        "QVBoxLayout",
        "QWidget",
    ),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"PySide6.{module}"), name)
    _lighter_source_scan()
    globals()[name] = value  # the next lookup is a plain global
    return value


def _uses_pyside(module) -> bool:
    """Whether ``module``'s source says "PySide6", read as bytes from its file."""
    path = getattr(getattr(module, "__spec__", None), "origin", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built in, compiled, or a namespace: no source to look at
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def _lighter_source_scan() -> None:
    """PySide asks of every module imported after it whether its source says "PySide6"
    (such a module may use ``from __feature__ import``), through inspect.getsource,
    which decodes it, splits it into lines and keeps them in linecache for good: 60 ms
    for the 290 modules imported after Qt, on whichever thread imports, and 8 MB of
    source kept. Same question, same answer, from the file's bytes. (Run at each name's
    first look-up: setting it again costs nothing.)"""
    feature = sys.modules.get("shibokensupport.feature")
    if callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside


def __dir__() -> list[str]:
    return __all__

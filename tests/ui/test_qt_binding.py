"""The installed Qt binding must not eat references to None (issue 9, finding 0).

PySide6 6.12.0 drops a reference to None on every Qt call that returns nothing. Below
Python 3.12 None is a normal object, so after enough widget updates the interpreter
aborts with "Fatal Python error: none_dealloc": a tray app that refreshes all day dies.
pyproject.toml keeps 6.12.* off Python < 3.12; this test fails on any combination
that still leaks, whatever pip resolved. The calls run in a child process, because a
leaking build would abort the test run itself.
"""

import os
import subprocess
import sys

CALLS = 500  # per method; six methods, so 3,000 void calls

PROBE = f"""
import sys
from cxlogger.ui.qt import (QApplication, QComboBox, QLabel, QStandardItem,
    QStandardItemModel, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem)
app = QApplication([])
label, combo, tree = QLabel(), QComboBox(), QTreeWidget()
table, model = QTableWidget(1, 1), QStandardItemModel()
before = sys.getrefcount(None)
for i in range({CALLS}):
    label.setText(str(i))
    label.setEnabled(i % 2 == 0)
    combo.addItem("x")
    tree.addTopLevelItem(QTreeWidgetItem(["x"]))
    model.appendRow(QStandardItem("x"))
    table.setItem(0, 0, QTableWidgetItem("x"))
print(before - sys.getrefcount(None))
"""


def test_void_qt_calls_do_not_lower_none_refcount():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, f"the Qt probe died:\n{out.stderr[-2000:]}"
    lost = int(out.stdout.split()[-1])
    # A leak loses one reference per call (3,000 here); a healthy binding loses none.
    assert lost < 50, (
        f"{lost} references to None lost in {6 * CALLS} void Qt calls: this PySide6 build "
        f"will crash Python {sys.version_info.major}.{sys.version_info.minor} (none_dealloc)"
    )


def test_every_qt_name_the_ui_imports_resolves_on_first_use():
    """cxlogger.ui.qt looks its names up lazily: each is the binding's own object, and a
    name it does not list is an ImportError, as with a plain import."""
    import importlib

    import pytest

    from cxlogger.ui import qt

    for name in qt.__all__:
        module = importlib.import_module(f"PySide6.{qt._WHERE[name]}")
        assert getattr(qt, name) is getattr(module, name), name
    with pytest.raises(ImportError):
        exec("from cxlogger.ui.qt import QNoSuchWidget")

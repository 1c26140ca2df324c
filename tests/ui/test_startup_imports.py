"""A normal start loads only what the first screen needs."""

from tests.imports_helper import at_first_paint, heavy_in, loaded_modules, modules_at_first_paint


def test_a_normal_start_loads_no_migration_export_or_import_module(tmp_path):
    data = tmp_path / "data"
    # the first start creates the demo database (Alembic may run then); the next is normal
    loaded_modules(tmp_path, "--data-dir", str(data), "--demo", gui=True)
    modules, stdout = loaded_modules(tmp_path, "--data-dir", str(data), "--demo", gui=True)
    assert "data-shown-seconds" in stdout  # the views were up before it quit
    assert "cxlogger.ui.views.interactions_view" in modules  # the check saw a real start
    assert heavy_in(modules) == []
    # the views not shown first are in the sidebar; their modules (and the report code and
    # charts) load when they are first opened
    assert (
        not {
            "cxlogger.ui.views.customers_view",
            "cxlogger.ui.views.promises_view",
            "cxlogger.ui.views.losing_touch_view",
            "cxlogger.ui.views.reports_view",
            "cxlogger.core.reports",
            "cxlogger.ui.widgets.report_charts",
        }
        & modules
    )


def test_the_window_paints_before_the_database_layer_and_the_views_load(tmp_path):
    """The frame is on screen before SQLAlchemy, the models or any view is imported: they
    load after the first paint, while the user already sees the window."""
    data = tmp_path / "data"
    loaded_modules(tmp_path, "--data-dir", str(data), "--demo", gui=True)  # creates the data
    # a normal start on that data (--demo itself opens the demo database before the window)
    modules = modules_at_first_paint(tmp_path, "--data-dir", str(data / "demo"))
    assert "cxlogger.ui.main_window" in modules  # the check saw the window paint
    early = sorted(
        m
        for m in modules
        if m.split(".")[0] in ("sqlalchemy", "alembic")
        or m == "cxlogger.core.models"
        or m.startswith(("cxlogger.ui.views.", "cxlogger.ui.dialogs."))
    )
    assert early == []


def test_the_frame_paints_before_the_commands_qtnetwork_the_log_file_and_the_qt_namespace(
    tmp_path,
):
    """Issue 10 (first paint <= 1.5x a bare Qt window): what the frame does not show waits
    until it has painted. A start without a command parses its options without the
    commands' modules and parsers; the single-instance socket (QtNetwork), the log file's
    handler (logging.handlers) and widgets.py come after; and PySide6's ``Qt`` namespace,
    whose hundred-odd enums are built as Python classes when it is first asked for, is
    not asked for (setShortcut(sequence) did, through its overloads)."""
    data = tmp_path / "data"
    loaded_modules(tmp_path, "--data-dir", str(data), "--demo", gui=True)  # creates the data
    seen = at_first_paint(tmp_path, "--data-dir", str(data / "demo"))
    modules = set(seen["modules"])
    assert "cxlogger.ui.main_window" in modules  # the check saw the window paint
    assert sorted(m for m in modules if m.startswith("cxlogger.cli")) == ["cxlogger.cli_options"]
    early = {"PySide6.QtNetwork", "logging.handlers", "cxlogger.ui.widgets.widgets"}
    assert sorted(early & modules) == []
    assert "Qt" not in seen["qtcore"]
    assert "QObject" in seen["qtcore"]  # (what was built is seen)


def test_the_frame_paints_before_pyside_builds_all_its_classes_and_before_the_check_loads(
    tmp_path,
):
    """Issue 10, first paint: PySide builds only the classes the frame uses. An
    application-wide Python event filter, at its first sight of one of Qt's private classes,
    made PySide build every class of its modules with their enums (~30 ms, a QListWidget's
    construction took it); there is none now (see the next test). Nor does the frame name
    QStyle (its eleven enums: the sidebar's and the toolbar's standard icons come with the
    views) or QMessageBox, and the start-up check's modules load once the frame is up."""
    data = tmp_path / "data"
    loaded_modules(tmp_path, "--data-dir", str(data), "--demo", gui=True)  # creates the data
    seen = at_first_paint(tmp_path, "--data-dir", str(data / "demo"))
    widgets = set(seen["qtwidgets"])
    assert "QMainWindow" in widgets and "QListWidget" in widgets  # (what was built is seen)
    assert sorted({"QWizard", "QMdiArea", "QGraphicsView"} & widgets) == []  # not all built
    assert sorted({"QStyle", "QMessageBox"} & widgets) == []
    modules = set(seen["modules"])
    late = {
        "cxlogger.core.storage.integrity",
        "cxlogger.core.storage.health",
        "cxlogger.core.storage.backup",
    }
    assert sorted(late & modules) == []


# Starts the app and, once its data is shown, writes what PySide has built by then and
# whether the toolbar has its icon.
AFTER_DATA_SHOWN = """
import json, os, sys, time
out, argv = sys.argv[1], sys.argv[2:]
os.environ["CXLOGGER_BENCH_FIRST_PAINT"] = repr(time.time())
import cxlogger.ui.app as app_module
real = app_module._bench_probe
def probe(startup):
    def done():
        from cxlogger.ui.qt import QTimer
        def later():
            window = startup.window
            with open(out, "w") as f:
                json.dump({
                    "qtwidgets": sorted(vars(sys.modules["PySide6.QtWidgets"])),
                    "log_icon": not window.log_action.icon().isNull(),
                }, f)
            os._exit(0)
        QTimer.singleShot(200, later)
    app_module.QApplication.quit = staticmethod(done)  # the probe quits once data is shown
    return real(startup)
app_module._bench_probe = probe
from cxlogger.__main__ import main
main(argv)
"""


def test_with_the_data_shown_pyside_has_not_built_every_class_and_the_toolbar_has_its_icon(
    tmp_path,
):
    """No application-wide Python event filter (they saw every event of the app: half of
    each slice of the Today board's building at 100k): dialogs name and fit themselves
    (AppDialog), the main window names its controls as it is shown."""
    import json
    import os
    import subprocess
    import sys

    data = tmp_path / "data"
    loaded_modules(tmp_path, "--data-dir", str(data), "--demo", gui=True)  # creates the data
    out = tmp_path / "after.json"
    done = subprocess.run(
        [sys.executable, "-c", AFTER_DATA_SHOWN, str(out), "--data-dir", str(data / "demo")],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.exists(), done.stderr
    seen = json.loads(out.read_text())
    widgets = set(seen["qtwidgets"])
    assert "QTableView" in widgets  # (what was built is seen)
    assert sorted({"QWizard", "QMdiArea", "QGraphicsView"} & widgets) == []
    assert seen["log_icon"]


def test_modules_imported_after_qt_are_not_kept_in_memory_as_source(tmp_path, monkeypatch):
    """PySide looks at the source of every module imported after it (for its __feature__
    imports): from the file's bytes, not through linecache, which kept 8 MB of source for
    the app's life and took ~60 ms of the GUI thread's imports."""
    import linecache
    import sys

    import pytest

    from cxlogger.ui.qt import QTimer  # noqa: F401  (Qt is loaded)

    feature = sys.modules.get("shibokensupport.feature")
    if not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide does not look at imported modules' source")
    plain = tmp_path / "cx_late_plain.py"
    plain.write_text("X = 1\n")
    qt_user = tmp_path / "cx_late_qt_user.py"
    qt_user.write_text("import PySide6\n\nY = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "cx_late_plain", raising=False)
    monkeypatch.delitem(sys.modules, "cx_late_qt_user", raising=False)
    import cx_late_plain  # noqa: F401
    import cx_late_qt_user  # noqa: F401

    assert str(plain) not in linecache.cache
    assert str(qt_user) not in linecache.cache
    # PySide's answer is the same: a module that names PySide6 may use its features
    features = feature.pyside_feature_dict
    assert features["cx_late_plain"] == -1
    assert features["cx_late_qt_user"] == 0

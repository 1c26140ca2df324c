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

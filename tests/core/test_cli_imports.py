"""The command line answers without loading Qt (and ``--help`` without the database layer)."""

from tests.imports_helper import heavy_in, loaded_modules


def test_help_loads_neither_qt_nor_the_database_layer(tmp_path):
    modules, stdout = loaded_modules(tmp_path, "--help")
    assert "usage: cxlogger" in stdout
    assert not [m for m in modules if m.startswith(("PySide6", "shiboken6"))]
    assert not [m for m in modules if m.startswith(("sqlalchemy", "sqlite3", "platformdirs"))]
    assert heavy_in(modules) == []


def test_due_loads_no_qt_and_no_migration_or_export_module(tmp_path):
    data = tmp_path / "data"
    modules, stdout = loaded_modules(tmp_path, "--data-dir", str(data), "--demo", "due")
    assert "due" in stdout  # "N follow-ups due (as of …)" or "Nothing is due"
    assert not [m for m in modules if m.startswith(("PySide6", "shiboken6"))]
    # the first run created the demo database (through Alembic); the next finds it current
    modules, stdout = loaded_modules(tmp_path, "--data-dir", str(data), "--demo", "due")
    assert "due" in stdout
    assert not [m for m in modules if m.startswith(("PySide6", "shiboken6"))]
    assert heavy_in(modules) == []

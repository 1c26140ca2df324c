"""A normal start loads only what the first screen needs."""

from tests.imports_helper import heavy_in, loaded_modules


def test_a_normal_start_loads_no_migration_export_or_import_module(tmp_path):
    data = tmp_path / "data"
    # the first start creates the demo database (Alembic may run then); the next is normal
    loaded_modules(tmp_path, "--data-dir", str(data), "--demo", gui=True)
    modules, stdout = loaded_modules(tmp_path, "--data-dir", str(data), "--demo", gui=True)
    assert "data-shown-seconds" in stdout  # the views were up before it quit
    assert "cxlogger.ui.views.interactions_view" in modules  # the check saw a real start
    assert heavy_in(modules) == []
    # the Reports view is in the sidebar, its report code and charts load when it is opened
    assert "cxlogger.ui.views.reports_view" in modules
    assert not {"cxlogger.core.reports", "cxlogger.ui.widgets.report_charts"} & modules

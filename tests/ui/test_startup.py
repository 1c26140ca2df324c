"""Start-up: the window frame paints first, then the data arrives."""

import os
import subprocess
import sys
import time

from cxlogger.ui.context import AppContext
from cxlogger.ui.main_window import MainWindow
from tests.conftest import NOW


def test_the_frame_shows_opening_and_waits_with_its_actions(qtbot, paths):
    window = MainWindow(paths=paths)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.loading
    assert "Opening" in window.loading.text()
    assert not window.log_action.isEnabled() and not window.add_customer_action.isEnabled()
    assert window.sidebar.count() == 0


def test_attaching_the_database_fills_in_the_views(qtbot, db, paths, me):
    window = MainWindow(paths=paths)
    qtbot.addWidget(window)
    ctx = AppContext(db, paths, me.id, clock=lambda: NOW)
    window.attach(ctx)
    assert window.log_action.isEnabled()
    assert [window.sidebar.item(r).text() for r in range(window.sidebar.count())] == [
        "Interactions",
        "Customers",
        "Promises",
        "Losing touch",
        "Reports",
    ]
    assert window.stack.currentWidget() is window.interactions_view
    assert ctx.ops.wait_idle()  # the staff member's name comes from the background
    assert window.desk_switcher.text().startswith("At the desk: Alex Owner")


def test_the_app_paints_its_window_before_loading_the_data(tmp_path):
    """A real start (demo data, offscreen): frame first, then the views, then it quits."""
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", CXLOGGER_BENCH_FIRST_PAINT=repr(time.time())
    )
    out = subprocess.run(
        [sys.executable, "-m", "cxlogger", "--data-dir", str(tmp_path), "demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    lines = [line.split() for line in out.stdout.splitlines() if "-seconds" in line]
    assert [name for name, _ in lines] == ["first-paint-seconds", "data-shown-seconds"]
    assert float(lines[0][1]) < float(lines[1][1])
    assert (tmp_path / "demo" / "cxlogger.sqlite3").exists()

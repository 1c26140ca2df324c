"""Run cxlogger in a child process and tell which modules it loaded (start-up import tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

# Runs ``cxlogger.__main__.main(argv)`` and writes the loaded modules' names, however it ends
# (``--help`` exits through SystemExit), to the file named by the first argument.
CHILD = """
import json, sys
out, argv = sys.argv[1], sys.argv[2:]
try:
    from cxlogger.__main__ import main
    code = main(argv)
finally:
    with open(out, "w") as f:
        json.dump(sorted(sys.modules), f)
"""

# Not on a normal start: migrations, file formats, exports, locale data. (The stdlib csv
# module is not listed: importlib.metadata loads it for SQLAlchemy, as in a bare start.)
HEAVY = (
    "alembic",
    "mako",
    "vobject",
    "babel",
    "cxlogger.core.exchange.csv_export",
    "cxlogger.core.exchange.csv_import",
    "cxlogger.core.exchange.privacy",
    "cxlogger.ui.dialogs.export_dialog",
    "cxlogger.ui.dialogs.import_dialog",
)


def loaded_modules(tmp_path, *argv: str, gui: bool = False) -> tuple[set[str], str]:
    """The modules ``cxlogger ARGV`` loaded, and its stdout.

    ``gui``: the app quits once its data is shown (the benchmarks' start-up probe).
    """
    out = tmp_path / "modules.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if gui:
        env["CXLOGGER_BENCH_FIRST_PAINT"] = repr(time.time())
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(out), *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(out.read_text())), done.stdout


def heavy_in(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


# Starts the app (``cxlogger.__main__.main(argv)``) and writes the modules loaded at the
# moment the main window first paints, and the names PySide6.QtCore and QtWidgets had built
# by then (their classes are built when first asked for), then ends the process there.
# The moment comes from the app's own probe (the benchmarks'), not from an event filter
# of this script's: a Python filter on the application would itself make PySide build
# its classes, the first time it saw an object of one Qt keeps private.
AT_FIRST_PAINT = """
import json, os, sys, time
out, argv = sys.argv[1], sys.argv[2:]
os.environ["CXLOGGER_BENCH_FIRST_PAINT"] = repr(time.time())
import cxlogger.ui.app as app_module
def probe(startup):
    def at_paint():
        built = {
            name: sorted(vars(sys.modules["PySide6." + name])) for name in ("QtCore", "QtWidgets")
        }
        with open(out, "w") as f:
            json.dump({"modules": sorted(sys.modules), "qtcore": built["QtCore"],
                       "qtwidgets": built["QtWidgets"]}, f)
        sys.stdout.flush()
        os._exit(0)
    return at_paint
app_module._bench_probe = probe
from cxlogger.__main__ import main
main(argv)
"""


def modules_at_first_paint(tmp_path, *argv: str) -> set[str]:
    """The modules loaded when ``cxlogger ARGV``'s main window first painted."""
    return set(at_first_paint(tmp_path, *argv)["modules"])


def at_first_paint(tmp_path, *argv: str) -> dict:
    """When ``cxlogger ARGV``'s main window first painted: ``modules`` loaded, and the
    names built in PySide6.QtCore (``qtcore``) and QtWidgets (``qtwidgets``)."""
    out = tmp_path / "at-first-paint.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", AT_FIRST_PAINT, str(out), *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and out.exists(), done.stderr
    return json.loads(out.read_text())

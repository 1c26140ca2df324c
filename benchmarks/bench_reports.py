"""Reports benchmark (issue 13): each block, the whole view, first open and the PDF.

    .venv/bin/python benchmarks/bench_reports.py [--size 1m] [--runs 5] [--period this-year]

Runs on a working copy of bench_scale.py's cached database (benchmarks/scale_data.py,
~/.cache/cxlogger-bench; built only if missing). Figures are medians, each printed
next to a raw sqlite3 floor measured in the same run on the same file: for a block,
the plainest grouped query over the same rows (one GROUP BY on the same table and
time range); for the PDF, a bare one-page QPdfWriter; for the first open, a bare
PySide6 widget shown in a fresh process. Targets (issue 13): each block <= 150 ms,
the whole view for a year <= 500 ms of query time, the first open <= 1 s (the chart
code's import included), a PDF <= 2 s. The load average is printed: the machine is
shared, and figures under load are slower than on an idle desk.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale_data  # noqa: E402
from bench_scale import Report, median_ms  # noqa: E402

BLOCK_TARGET_MS = 150
VIEW_TARGET_MS = 500
OPEN_TARGET_S = 1.0
PDF_TARGET_S = 2.0


def floors(period, scope) -> dict[str, tuple[str, tuple]]:
    """Per block: the plainest raw query over the same rows. Since migration 0020 the
    Promises, Closing the loop, Activity and Money blocks read the per-day summary
    (report_days) for all but today's promises and the last three days' complaints, so
    their floor is one GROUP BY over the summary rows of the two periods (before, it
    was the same GROUP BY over the interactions or promises themselves: 18.6 s for
    Activity at 1M)."""
    start = _stored(scope.start)
    end = _stored(scope.end)
    first = scope.previous.first.isoformat()
    after = (period.last + timedelta(days=1)).isoformat()

    def summary(parts: str, keys: str, value: str = "sum(n)", extra: str = "") -> tuple:
        return (
            f"SELECT {keys}, {value} FROM report_days WHERE part IN ({parts}) "
            f"AND day >= ? AND day < ? {extra} GROUP BY {keys}",
            (first, after),
        )

    return {
        "promises": summary("'due', 'made'", "part, key, staff_id"),
        "loop": summary("'kept', 'compl'", "part, key"),
        "followups": (
            "SELECT kind, status, count(*) FROM followups "
            "WHERE due_at >= ? AND due_at < ? GROUP BY 1, 2",
            (start, end),
        ),
        "feedback": (
            "SELECT scale, rating, count(*) FROM feedback "
            "WHERE received_at >= ? AND received_at < ? GROUP BY 1, 2",
            (start, end),
        ),
        "activity": summary("'channel', 'kind', 'new'", "part, key, staff_id"),
        "money": summary("'kind'", "currency, meaning", "sum(amount)", "AND money_n > 0"),
    }


def _stored(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds")


def query_figures(report: Report, data_dir: Path, period_name: str, runs: int) -> None:
    from cxlogger.core import reports
    from cxlogger.core.storage.db import open_database
    from cxlogger.core.storage.paths import AppPaths

    paths = AppPaths(data_dir)
    db = open_database(paths)
    raw = sqlite3.connect(paths.db_path)
    now = datetime.now(timezone.utc)
    period = reports.parse_period(period_name, now.astimezone().date())
    scope = reports.Scope.of(period)
    report.section(
        f"blocks: {period.label()} and the period before ({scope.previous.first} to "
        f"{period.last}), one statement each"
    )
    total = 0.0
    floor_total = 0.0
    with db.session() as session:
        for key, fn in reports.BLOCKS.items():
            sql, params = floors(period, scope)[key]
            floor = median_ms(
                lambda sql=sql, params=params: raw.execute(sql, params).fetchall(), runs
            )
            ms = median_ms(lambda fn=fn: fn(session, period, now), runs)
            session.rollback()
            total += ms
            floor_total += floor
            report.add(
                f"block {key}",
                ms,
                floor=floor,
                target=(f"<= {BLOCK_TARGET_MS} ms", ms <= BLOCK_TARGET_MS),
            )
        report.add(
            "whole view (sum of the blocks)",
            total,
            floor=floor_total,
            target=(f"<= {VIEW_TARGET_MS} ms", total <= VIEW_TARGET_MS),
        )
        one_staff = session.execute(
            __import__("sqlalchemy").text("SELECT id FROM staff ORDER BY id LIMIT 1")
        ).scalar()
        ms = median_ms(lambda: reports.build_report(session, period, now, one_staff), runs)
        report.add(
            "whole view, one staff member",
            ms,
            target=(f"<= {VIEW_TARGET_MS} ms", ms <= VIEW_TARGET_MS),
        )
    raw.close()
    db.dispose()


CHILD = r"""
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
data_dir, what, period, out = sys.argv[1:5]
started = time.perf_counter()
from pathlib import Path
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
result = {}
if what == "floor-open":
    t = time.perf_counter()
    label = QLabel("floor"); label.show(); app.processEvents()
    result["open_s"] = time.perf_counter() - t
elif what == "floor-pdf":
    from PySide6.QtGui import QPainter, QPdfWriter
    t = time.perf_counter()
    writer = QPdfWriter(out + ".floor.pdf"); painter = QPainter(writer)
    painter.drawText(100, 100, "floor"); painter.end()
    result["pdf_s"] = time.perf_counter() - t
else:
    from cxlogger.core.storage.db import open_database
    from cxlogger.core.storage.paths import AppPaths
    from cxlogger.ui.context import AppContext
    from cxlogger.ui.main_window import MainWindow
    db = open_database(AppPaths(Path(data_dir)))
    ctx = AppContext(db, AppPaths(Path(data_dir)), 1)
    window = MainWindow(ctx)
    window.show()
    ctx.ops.wait_idle(120_000)
    app.processEvents()
    charts = "cxlogger.ui.widgets.report_charts"
    loaded = "cxlogger.core.reports" in sys.modules or charts in sys.modules
    view = window.reports_view
    # the first open under a stall probe: a 5 ms timer on the GUI thread, every gap
    # between its ticks longer than 16 ms is a stall; and where the GUI thread's time
    # goes (the view's first build, each block shown), timed by wrapping them
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from cxlogger.ui.views import reports_view as rv
    # (wall-clock gaps grow with the machine's load; the GUI thread's CPU time per step,
    # time.thread_time, much less: both are reported)
    ticks, stalls, spent, longest = [None], [], {}, {}
    def tick():
        now, busy = time.perf_counter(), time.thread_time()
        if ticks[0] is not None and (now - ticks[0][0]) * 1000 > 16:
            # the gap, and how much of it the GUI thread spent working (the rest it was
            # waiting: for a core on a loaded machine, or for the GIL a worker held)
            stalls.append(
                (round((now - ticks[0][0]) * 1000, 1), round((busy - ticks[0][1]) * 1000, 1))
            )
        ticks[0] = (now, busy)
    probe = QTimer(); probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(5); probe.timeout.connect(tick)
    def timed(cls, name, label):
        original = getattr(cls, name)
        def wrapper(self, *args):
            t0 = time.thread_time()
            try:
                return original(self, *args)
            finally:
                key = label(self, args)
                ms = (time.thread_time() - t0) * 1000
                spent[key] = round(spent.get(key, 0) + ms, 1)
                longest[key] = round(max(longest.get(key, 0), ms), 1)
        setattr(cls, name, wrapper)
    timed(rv.ReportsView, "_build", lambda self, a: "build (controls, sections)")
    timed(rv.ReportsView, "refresh", lambda self, a: "ask (report code imported)")
    timed(rv.BlockSection, "show_block", lambda self, a: "show " + self.key)
    timed(rv.BlockSection, "_add_table", lambda self, a: "tables of " + self.key)
    t = time.thread_time()
    rv._import_chart_code()  # here, to wrap its classes; as costly as in the view
    spent["import chart and table code"] = round((time.thread_time() - t) * 1000, 1)
    from cxlogger.ui.widgets import report_charts
    timed(report_charts.ChartWidget, "paintEvent", lambda self, a: "paint a chart")
    marks = {}
    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "frame_s" not in marks:
                marks["frame_s"] = time.perf_counter() - t
            return False
    painted = Painted()
    view.installEventFilter(painted)
    probe.start()
    t = time.perf_counter()
    cpu = time.thread_time()
    window.show_view("reports")
    done = getattr(view, "settled", view.complete)  # figures, charts and tables
    while not done():
        app.processEvents()
        if view.blocks and "first_block_s" not in marks:
            marks["first_block_s"] = time.perf_counter() - t
        time.sleep(0.001)
    app.processEvents()
    result["open_s"] = time.perf_counter() - t
    cpu_total = time.thread_time() - cpu
    probe.stop()
    view.removeEventFilter(painted)
    result.update(marks)
    result["open_stalls_ms"] = sorted(stalls, reverse=True)[:8]
    result["open_gui_cpu_ms"] = spent
    result["open_gui_cpu_longest_ms"] = longest
    result["open_gui_cpu_total_ms"] = round(cpu_total * 1000, 1)
    result["report_code_loaded_before"] = loaded
    t = time.perf_counter()
    view.period.setCurrentIndex(view.period.findData(period))
    while not view.complete():
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    result["year_s"] = time.perf_counter() - t
    from cxlogger.ui.widgets.report_pdf import write_pdf
    times = []
    for n in range(3):
        t = time.perf_counter()
        write_pdf(view.report(), out + f".{n}.pdf")
        times.append(time.perf_counter() - t)
    result["pdf_first_s"] = times[0]
    result["pdf_s"] = sorted(times)[1]
    result["pdf_bytes"] = os.path.getsize(out + ".0.pdf")
    ctx.ops.shutdown()
print(json.dumps(result))
"""


def child(data_dir: Path, what: str, period: str, out: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # an installed app has its bytecode compiled (pip does it); without this, every run
    # would compile the report modules again and count that as the first open
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), what, period, out],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        print(done.stderr[-2000:], file=sys.stderr)
        return {}
    return json.loads(lines[-1])


def gui_figures(report: Report, data_dir: Path, period: str, runs: int, out: str) -> None:
    report.section("the view in a fresh process (offscreen)")
    results = [child(data_dir, "view", period, out) for _ in range(max(1, runs // 2))]
    results = [r for r in results if r]
    if not results:
        report.add("first open", None, note="the child failed")
        return
    floor_open = min(child(data_dir, "floor-open", period, out).get("open_s", 0) for _ in range(2))
    floor_pdf = min(child(data_dir, "floor-pdf", period, out).get("pdf_s", 0) for _ in range(2))

    def med(key):
        values = sorted(r[key] for r in results)
        return values[len(values) // 2]

    first = med("open_s")
    report.add(
        "first open (last month; report code and charts imported)",
        first * 1000,
        floor=floor_open * 1000,
        target=(f"<= {OPEN_TARGET_S:.0f} s", first <= OPEN_TARGET_S),
        note=""
        if not any(r["report_code_loaded_before"] for r in results)
        else "(code was loaded)",
    )
    if all("frame_s" in r for r in results):
        report.add("  first open: the view's frame painted", med("frame_s") * 1000)
    if all("first_block_s" in r for r in results):
        report.add("  first open: the first block's figures shown", med("first_block_s") * 1000)
    if all("open_stalls_ms" in r for r in results):
        # per run: the longest gap of the GUI thread's 5 ms probe, and the most CPU the
        # GUI thread spent in one gap (the part of a stall that is its own work)
        gaps = sorted(max((g for g, _c in r["open_stalls_ms"]), default=0) for r in results)
        busy = sorted(max((c for _g, c in r["open_stalls_ms"]), default=0) for r in results)
        report.add(
            "  first open: longest GUI stall (wall clock)",
            gaps[len(gaps) // 2],
            note="grows with the machine's load: waiting for a core or the GIL",
        )
        most = busy[len(busy) // 2]
        report.add(
            "  first open: GUI thread's own work in one stall",
            most,
            target=("< 50 ms", most < 50),
            note="CPU time of the GUI thread (time.thread_time) within the longest-working gap",
        )
        cpu = sorted(r["open_gui_cpu_total_ms"] for r in results)
        steps = {}
        for r in results:
            for key, ms in r["open_gui_cpu_longest_ms"].items():
                steps[key] = max(steps.get(key, 0), ms)
        worst = max(steps, key=steps.get)
        report.add(
            "  first open: GUI thread CPU in all",
            cpu[len(cpu) // 2],
            note=f"longest step: {worst} {steps[worst]:.0f} ms",
        )
    year = med("year_s")
    report.add(
        f"switch to {period}, all blocks shown",
        year * 1000,
        target=(f"<= {VIEW_TARGET_MS} ms", year * 1000 <= VIEW_TARGET_MS),
    )
    pdf = med("pdf_s")
    report.add(
        "PDF export (2 A4 pages, 300 dpi)",
        pdf * 1000,
        floor=floor_pdf * 1000,
        target=(f"<= {PDF_TARGET_S:.0f} s", pdf <= PDF_TARGET_S),
        note=f"first {med('pdf_first_s') * 1000:.0f} ms, {results[0]['pdf_bytes'] / 1024:.0f} KiB",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1m", choices=sorted(scale_data.SIZES))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--period", default="this-year")
    parser.add_argument("--skip", action="append", default=[], choices=["gui", "queries"])
    args = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="cxlogger-bench-reports-") as tmp:
        data_dir = Path(tmp) / "data"
        scale_data.working_copy(args.size, "steady", data_dir)
        report = Report(f"Reports benchmark on {args.size} interactions, period {args.period}")
        if "queries" not in args.skip:
            query_figures(report, data_dir, args.period, args.runs)
        if "gui" not in args.skip:
            gui_figures(report, data_dir, args.period, args.runs, str(Path(tmp) / "report"))
    report.print()
    load_after = os.getloadavg()
    print(
        f"\nload average before {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}, "
        f"after {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f} "
        f"({os.cpu_count()} cores)"
    )


if __name__ == "__main__":
    main()

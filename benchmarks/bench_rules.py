"""Reminder rules at scale: the catch-up after a bulk fill, the periodic refresh, a save.

    .venv/bin/python benchmarks/bench_rules.py [--rows 100000] [--runs 30] [--keep]

Builds a database with the app's own generator (``demo.populate``; customers = rows/5,
promises = rows/20), then makes it look like a bulk import (every interaction logged
"now", as after importing another tool's history) and cached under
/tmp/cxlogger-bench-rules-<rows>. Then, on a copy:

* catch-up: the first refresh (a full evaluation, as on the first start), with the
  progress callback the status bar gets;
* idle refresh: the periodic refresh when nothing changed (median and p95);
* save: logging one interaction with a promise through the core service, rules
  included (median and p95);
* notify: counting and marking every due follow-up notified (one UPDATE).

Every figure is printed with the floor measured in the same run: a raw sqlite3
``INSERT`` of one interaction row plus ``COMMIT`` on the same file.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import update  # noqa: E402

from cxlogger.core import demo
from cxlogger.core.models import Interaction  # noqa: E402
from cxlogger.core.records import settings
from cxlogger.core.records.interactions import InteractionData, log_interaction  # noqa: E402
from cxlogger.core.records.promises import PromiseData  # noqa: E402
from cxlogger.core.reminders import followups
from cxlogger.core.storage.db import open_database  # noqa: E402
from cxlogger.core.storage.paths import AppPaths  # noqa: E402

NOW = datetime(2026, 3, 11, 10, 0, tzinfo=timezone.utc)  # a Wednesday


def build(rows: int) -> Path:
    cached = Path(f"/tmp/cxlogger-bench-rules-{rows}")
    if (cached / "cxlogger.sqlite3").exists():
        open_database(AppPaths(cached)).dispose()  # migrated to this version if older
        return cached
    shutil.rmtree(cached, ignore_errors=True)
    started = time.perf_counter()
    db = open_database(AppPaths(cached))
    with db.session() as session:
        demo.populate(
            session,
            NOW - timedelta(days=1),
            customers=max(rows // 5, 10),
            interactions=rows,
            promises=max(rows // 20, 10),
            seed=3,
        )
    with db.session() as session, session.begin():
        # a bulk import yesterday: everything was logged then
        session.execute(update(Interaction).values(created_at=NOW - timedelta(days=1)))
        settings.put(session, followups.WATERMARK_KEY, "")
    db.dispose()
    print(f"built {rows:,} interactions in {time.perf_counter() - started:.0f} s", flush=True)
    return cached


def floor_ms(path: Path, runs: int) -> float:
    """Raw sqlite3: one interaction row INSERT + COMMIT."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    times = []
    for n in range(runs):
        started = time.perf_counter()
        con.execute(
            "INSERT INTO interactions(occurred_at, customer_id, channel, kind, summary, details,"
            " sentiment, created_at) VALUES (?, 1, 'phone', 'purchase', ?, '', 'neutral', ?)",
            ("2026-03-11 10:00:00.000000", f"floor {n}", "2026-03-11 10:00:00.000000"),
        )
        con.commit()
        times.append((time.perf_counter() - started) * 1000)
    con.execute("DELETE FROM interactions WHERE summary LIKE 'floor %'")
    con.commit()
    con.close()
    return statistics.median(times)


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--keep", action="store_true", help="keep the working copy")
    args = parser.parse_args()
    os.environ.setdefault("TZ", "Europe/Berlin")
    time.tzset()
    source = build(args.rows)
    work = Path(f"/tmp/cxlogger-bench-rules-{args.rows}-work")
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(source, work)
    db = open_database(AppPaths(work))
    floor = floor_ms(db.paths.db_path, args.runs)
    print(f"load average: {os.getloadavg()[0]:.2f}")
    print(f"floor, raw sqlite3 INSERT+COMMIT: {floor:.2f} ms")

    steps = []
    started = time.perf_counter()
    with db.session() as session:
        changed = followups.refresh(
            session,
            NOW,
            progress=lambda done, total, what: steps.append((time.perf_counter(), what)),
        )
    catch_up = time.perf_counter() - started
    print(f"catch-up after the bulk fill: {catch_up:.2f} s, {changed:,} follow-ups")
    previous = started
    for moment, what in steps:
        print(f"    {moment - previous:7.2f} s  then: {what}")
        previous = moment

    idle = []
    moment = NOW
    for _ in range(args.runs):
        moment += timedelta(minutes=5)
        with db.session() as session:
            t0 = time.perf_counter()
            followups.refresh(session, moment)
            idle.append((time.perf_counter() - t0) * 1000)
    print(
        f"idle refresh: median {statistics.median(idle):.1f} ms, p95 {p95(idle):.1f} ms "
        f"({statistics.median(idle) / floor:.1f}x floor)"
    )

    def save(n: int) -> float:
        data = InteractionData(
            customer_id=1 + n,
            occurred_at=moment,
            channel="phone",
            kind="complaint",
            summary=f"Bench complaint {n}",
            promise=PromiseData("Call back with a fix", date(2026, 3, 13)),
        )
        with db.session() as session:
            t0 = time.perf_counter()
            log_interaction(session, data, 1, moment)
            return (time.perf_counter() - t0) * 1000

    bare = [save(n) for n in range(args.runs)]  # the same save with no rules installed
    print(
        f"save with a promise, no rules: median {statistics.median(bare):.1f} ms, "
        f"p95 {p95(bare):.1f} ms"
    )
    followups.install()
    saves = []
    for n in range(args.runs, 2 * args.runs):
        saves.append(save(n))
    followups.uninstall()
    print(
        f"save with a promise, rules included: median {statistics.median(saves):.1f} ms, "
        f"p95 {p95(saves):.1f} ms ({p95(saves) / floor:.1f}x floor)"
    )

    with db.session() as session:
        t0 = time.perf_counter()
        batch = followups.take_notifications(session, NOW + timedelta(days=8, hours=1))
        notify = (time.perf_counter() - t0) * 1000
    print(
        f"notify: {batch.count:,} due ({batch.overdue:,} overdue) counted and marked "
        f"in {notify:.0f} ms"
    )
    db.dispose()
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

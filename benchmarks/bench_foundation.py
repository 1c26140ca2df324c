"""Foundation benchmark: the app on 100,000 interactions (20,000 customers, 10,000 promises).

Prints medians of several runs: process start to first paint of the main window,
the first page of the interactions log, and free-text searches for a rare and a
common term — each also as a ratio to raw sqlite3 running the equivalent query
on the same file.

    .venv/bin/python benchmarks/bench_foundation.py [--interactions 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from cxlogger.core import demo, interaction_log
from cxlogger.core.db import open_database
from cxlogger.core.interaction_log import LogFilter
from cxlogger.core.models import Interaction
from cxlogger.core.paths import AppPaths
from cxlogger.core.timeutil import utcnow

RARE = "zanzibar"
COMMON = "bought"


def build(paths: AppPaths, customers: int, interactions: int, promises: int) -> None:
    db = open_database(paths)
    now = utcnow()
    started = time.perf_counter()
    with db.session() as session:
        demo.populate(
            session, now, customers=customers, interactions=interactions, promises=promises, seed=1
        )
    # a handful of rows with a rare word, spread through time
    with db.session() as session, session.begin():
        rows = list(demo.interaction_rows(__import__("random").Random(2), 5, [1, 2, 3], [1], now))
        for row in rows:
            row["details"] = f"Customer mentioned {RARE} holidays"
        session.execute(insert(Interaction), rows)
    with db.engine.connect() as con:
        con.exec_driver_sql("ANALYZE")
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    print(
        f"built {interactions:,} interactions, {customers:,} customers, {promises:,} promises "
        f"in {time.perf_counter() - started:.1f} s"
    )


def median_ms(fn, runs: int) -> float:
    fn()  # warm the page cache once, as a running app would be
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


RAW_PAGE = """
SELECT i.id, i.occurred_at, i.customer_id, c.name, i.channel, i.kind, i.summary,
       i.sentiment, coalesce(s.name, ''), i.amount_minor, i.currency, i.amount_kind
FROM interactions i JOIN customers c ON c.id = i.customer_id
LEFT JOIN staff s ON s.id = i.staff_id
{where}
ORDER BY i.occurred_at DESC, i.id DESC LIMIT 200
"""
RAW_SEARCH = (
    "WHERE i.id IN (SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH ?) "
    "OR i.customer_id IN (SELECT id FROM customers WHERE lower(name) LIKE ?)"
)


def start_times(paths: AppPaths, runs: int) -> tuple[float, float]:
    """Medians of: process start to first paint of the main window, and to its data shown."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    paint, data = [], []
    for _ in range(runs + 1):
        env["CXLOGGER_BENCH_FIRST_PAINT"] = repr(time.time())
        out = subprocess.run(
            [sys.executable, "-m", "cxlogger", "--data-dir", str(paths.data_dir)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        found = dict(
            line.split()
            for line in out.stdout.splitlines()
            if line.endswith(tuple("0123456789")) and "-seconds " in line
        )
        if "first-paint-seconds" not in found or "data-shown-seconds" not in found:
            raise SystemExit(f"the app did not report its start-up:\n{out.stdout}{out.stderr}")
        paint.append(float(found["first-paint-seconds"]))
        data.append(float(found["data-shown-seconds"]))
    # the first run warms the OS file cache (and catches the reminder rules up once)
    return statistics.median(paint[1:]), statistics.median(data[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interactions", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--promises", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", help="reuse (or create) the benchmark data here")
    args = parser.parse_args()

    data_dir = Path(args.data_dir or tempfile.mkdtemp(prefix="cxlogger-bench-"))
    paths = AppPaths(data_dir)
    if not paths.db_path.exists():
        build(paths, args.customers, args.interactions, args.promises)
    # the first start asks who you are; answer it once, as a user would
    from cxlogger.core import local_config

    local_config.update(paths.data_dir, staff_id=1)

    db = open_database(paths)
    raw = sqlite3.connect(paths.db_path)
    with db.session() as session:

        def page(text=""):
            return interaction_log.fetch_page(session, LogFilter(text=text))

        def raw_page(text=""):
            if not text:
                return raw.execute(RAW_PAGE.format(where="")).fetchall()
            sql = RAW_PAGE.format(where=RAW_SEARCH)
            return raw.execute(sql, (f'"{text}"', f"%{text}%")).fetchall()

        results = []
        for label, text, target in (
            ("first log page", "", 20),
            (f"search rare term '{RARE}'", RARE, 100),
            (f"search common term '{COMMON}'", COMMON, 100),
        ):
            ours = median_ms(lambda t=text: page(t), args.runs)
            theirs = median_ms(lambda t=text: raw_page(t), args.runs)
            hits = len(page(text))
            results.append((label, ours, theirs, target, hits))
    raw.close()
    db.dispose()
    paint, data = start_times(paths, max(3, args.runs // 2))

    print(
        f"\ncxlogger benchmark on {args.interactions:,} interactions (medians of {args.runs} runs)"
    )
    print(f"{'measure':38} {'cxlogger':>10} {'raw sqlite3':>12} {'ratio':>7} {'target':>9}")
    print(
        f"{'start to first paint of main window':38} {paint * 1000:8.0f} ms {'':>12} {'':>7} "
        f"{'< 1000 ms':>9}  {'OK' if paint < 1.0 else 'MISSED'}"
    )
    print(f"{'start to its data on screen':38} {data * 1000:8.0f} ms")
    for label, ours, theirs, target, hits in results:
        ok = "OK" if ours < target else "MISSED"
        print(
            f"{label:38} {ours:8.1f} ms {theirs:9.1f} ms {ours / theirs:6.2f}x "
            f"{'< ' + str(target) + ' ms':>9}  {ok}  ({hits} rows on the page)"
        )


if __name__ == "__main__":
    main()

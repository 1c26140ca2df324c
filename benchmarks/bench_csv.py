"""CSV export and import benchmark.

    .venv/bin/python benchmarks/bench_csv.py [--rows 1000000] [--import-rows 100000]

Export: fills a fresh database with ROWS interactions (and their customers),
then exports the "interactions" dataset with cxlogger and, on the same file in
the same run, with a plain ``sqlite3`` + ``csv`` writer running the same SQL
query (the query cxlogger runs on SQLite, which already builds references,
local dates and amount text; cxlogger adds the formula check of text columns,
SQLAlchemy, and the fsync + rename of the temporary file). For a stricter
figure it also runs the plain writer on the portable query that selects raw
columns (cxlogger then formats in Python, as it does on PostgreSQL). Each run
is its own child process (so its peak memory is its own), twice, and the best
time counts. Prints rows/s as ratios to the plain writer (target >= 0.8) and
cxlogger's peak memory (target < 150 MB).

Import: writes a Google-Contacts-style CSV of IMPORT_ROWS customers and times
reading, previewing and importing it into a fresh database.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

NOW = datetime(2026, 3, 11, 10, 0, tzinfo=timezone.utc)


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def fill(data_dir: Path, rows: int) -> None:
    """Create the schema with cxlogger, then bulk-insert with sqlite3 (the fill is not timed)."""
    import sqlite3

    from cxlogger.core import demo
    from cxlogger.core.storage.db import open_database
    from cxlogger.core.storage.paths import AppPaths

    open_database(AppPaths(data_dir)).dispose()
    rng = random.Random(1)

    def stored(moment):  # how cxlogger stores a UTC time in SQLite
        return moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds")

    con = sqlite3.connect(data_dir / "cxlogger.sqlite3")
    con.execute("PRAGMA synchronous=OFF")
    with con:
        for name in demo.STAFF:
            con.execute(
                "INSERT INTO staff(name, active, created_at) VALUES (?, 1, ?)", (name, stored(NOW))
            )
        staff_ids = [r[0] for r in con.execute("SELECT id FROM staff")]
        columns = None
        batch = []
        for row in demo.customer_rows(rng, max(rows // 100, 10), NOW, staff_ids):
            columns = columns or list(row)
            batch.append([stored(v) if isinstance(v, datetime) else v for v in row.values()])
        con.executemany(
            f"INSERT INTO customers({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            batch,
        )
        customer_ids = [r[0] for r in con.execute("SELECT id FROM customers")]
        columns = None
        batch = []
        sql = None
        for row in demo.interaction_rows(rng, rows, customer_ids, staff_ids, NOW):
            if sql is None:
                columns = list(row)
                sql = (
                    f"INSERT INTO interactions({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})"
                )
            batch.append([stored(v) if isinstance(v, datetime) else v for v in row.values()])
            if len(batch) >= 50000:
                con.executemany(sql, batch)
                batch = []
        if batch:
            con.executemany(sql, batch)
    con.close()


def child_cxlogger(data_dir: Path, out: Path) -> dict:
    from cxlogger.core.exchange.csv_export import ExportOptions, export_csv
    from cxlogger.core.storage.db import open_database
    from cxlogger.core.storage.paths import AppPaths

    db = open_database(AppPaths(data_dir))
    start, cpu = time.perf_counter(), _cpu_seconds()
    with db.session() as session:
        n = export_csv(session, ExportOptions("interactions"), out)
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    db.dispose()
    return {"rows": n, "seconds": seconds, "cpu": cpu, "peak_mb": _peak_mb()}


def child_plain(data_dir: Path, out: Path, raw_columns: bool = False) -> dict:
    import sqlite3

    from cxlogger.core.exchange import csv_export
    from cxlogger.core.exchange.csv_export import COLUMNS, ExportOptions, export_sql

    csv_export.SQL_FORMATTING = not raw_columns
    from cxlogger.core.storage.db import open_database
    from cxlogger.core.storage.paths import AppPaths

    db = open_database(AppPaths(data_dir))
    with db.session() as session:
        sql = export_sql(session, ExportOptions("interactions"))
    db.dispose()
    start, cpu = time.perf_counter(), _cpu_seconds()
    con = sqlite3.connect(data_dir / "cxlogger.sqlite3")
    n = 0
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(COLUMNS["interactions"])
        cursor = con.execute(sql)
        while True:
            rows = cursor.fetchmany(2000)
            if not rows:
                break
            writer.writerows(rows)
            n += len(rows)
    con.close()
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    return {"rows": n, "seconds": seconds, "cpu": cpu, "peak_mb": _peak_mb()}


def run_child(kind: str, data_dir: Path, out: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(data_dir), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_export(rows: int, work: Path) -> None:
    data_dir = work / "export-data"
    start = time.perf_counter()
    fill(data_dir, rows)
    print(f"filled {rows:,} interactions in {time.perf_counter() - start:.1f} s")
    best = {}
    for _ in range(2):
        for kind in ("plain", "plain-raw", "cxlogger"):
            result = run_child(kind, data_dir, work / f"{kind}.csv")
            assert result["rows"] == rows, result
            if kind not in best or result["seconds"] < best[kind]["seconds"]:
                best[kind] = result
    plain, raw, ours = best["plain"], best["plain-raw"], best["cxlogger"]
    for label, r in (
        ("plain sqlite3+csv, same query      ", plain),
        ("plain sqlite3+csv, raw-column query", raw),
        ("cxlogger export                    ", ours),
    ):
        print(
            f"{label}: {r['seconds']:.2f} s wall ({rows / r['seconds']:,.0f} rows/s), "
            f"{r['cpu']:.2f} s CPU ({rows / r['cpu']:,.0f} rows/s), peak {r['peak_mb']:.0f} MB"
        )
    print(
        f"ratio to the plain writer on the same query: {plain['seconds'] / ours['seconds']:.2f} "
        f"wall, {plain['cpu'] / ours['cpu']:.2f} CPU  (target >= 0.80)"
    )
    print(
        f"ratio to the plain writer on the raw-column query: "
        f"{raw['seconds'] / ours['seconds']:.2f} wall, {raw['cpu'] / ours['cpu']:.2f} CPU"
    )
    print(f"cxlogger export peak memory: {ours['peak_mb']:.0f} MB  (target < 150 MB)")
    same = (work / "cxlogger.csv").read_bytes() == (work / "plain.csv").read_bytes()
    print(f"the two files are byte for byte the same: {'yes' if same else 'NO'}")
    size = (work / "cxlogger.csv").stat().st_size
    print(f"file size {size / 1e6:.0f} MB")


def bench_import(rows: int, work: Path) -> None:
    from cxlogger.core import demo
    from cxlogger.core.exchange import csv_import
    from cxlogger.core.storage.db import open_database
    from cxlogger.core.storage.paths import AppPaths

    source = work / "contacts.csv"
    rng = random.Random(2)
    header = [
        "First Name",
        "Last Name",
        "Organization Name",
        "E-mail 1 - Label",
        "E-mail 1 - Value",
        "Phone 1 - Label",
        "Phone 1 - Value",
        "Labels",
        "Notes",
    ]
    with open(source, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for n in range(rows):
            first, last = rng.choice(demo.FIRST), rng.choice(demo.LAST)
            writer.writerow(
                [
                    first,
                    last,
                    rng.choice(demo.COMPANIES),
                    "* Work",
                    f"{first}.{last}{n}@example.com".replace(" ", "").lower(),
                    "Mobile",
                    f"+49 171 {n:07d}",
                    "* myContacts ::: Friends",
                    "imported, line 2\nand more",
                ]
            )
    db = open_database(AppPaths(work / "import-data"))
    start = time.perf_counter()
    with db.session() as session:
        table = csv_import.read_file(source)
        plan = csv_import.build_plan(session, table)
        read_s = time.perf_counter() - start
        result = csv_import.apply_import(session, plan, staff_id=None, now=NOW)
    total = time.perf_counter() - start
    db.dispose()
    assert result.added == rows, result
    print(
        f"import {rows:,} customers: {total:.1f} s in all "
        f"(read + preview {read_s:.1f} s, write {total - read_s:.1f} s), "
        f"{rows / total:,.0f} rows/s"
    )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, data_dir, out = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
        if kind == "cxlogger":
            result = child_cxlogger(data_dir, out)
        else:
            result = child_plain(data_dir, out, raw_columns=kind == "plain-raw")
        print(json.dumps(result))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--skip-export", action="store_true")
    parser.add_argument("--skip-import", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cxlogger-bench-") as tmp:
        work = Path(tmp)
        if not args.skip_export:
            bench_export(args.rows, work)
        if not args.skip_import:
            bench_import(args.import_rows, work)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main()

"""Benchmark databases at scale, built once and cached outside the repository.

The data has the shape of ``cxlogger.core.demo.populate`` (the same row
generators: customers, interactions, promises), written with plain sqlite3
``executemany`` into a schema that cxlogger itself created, so a million rows
take a minute or two instead of a quarter of an hour. On top of the demo shape:
one customer with 5,000 interactions (the big timeline), and a few rows with a
rare word (a search with few hits).

Two variants per size are cached in ``$CXLOGGER_BENCH_CACHE`` (default
``~/.cache/cxlogger-bench``), keyed by size and schema revision:

* ``fresh``: as after a bulk fill (an import of another tool's history): no
  follow-ups evaluated yet, so the first start catches up;
* ``steady``: the same after the reminder rules caught up once (what every
  later start sees).

When the schema head moved on (a new migration), a cached copy at an older
revision is migrated by cxlogger instead of being rebuilt.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
BIG_CUSTOMER_ENTRIES = 5_000
RARE = "zanzibar"
COMMON = "bought"


def cache_dir() -> Path:
    root = os.environ.get("CXLOGGER_BENCH_CACHE") or Path.home() / ".cache" / "cxlogger-bench"
    path = Path(root)
    path.mkdir(parents=True, exist_ok=True)
    return path


def shape(interactions: int) -> dict[str, int]:
    """200,000 customers and 100,000 promises at a million interactions, proportionally below."""
    return {
        "interactions": interactions,
        "customers": max(interactions // 5, 50),
        "promises": max(interactions // 10, 20),
    }


def _stored(moment: datetime) -> str:
    """How cxlogger stores a UTC time in SQLite (naive UTC, microseconds)."""
    return moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds")


def _insert(con: sqlite3.Connection, table: str, rows, chunk: int = 50_000) -> None:
    sql = None
    batch: list[list] = []
    for row in rows:
        if sql is None:
            columns = list(row)
            sql = (
                f"INSERT INTO {table}({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})"
            )
        batch.append([_stored(v) if isinstance(v, datetime) else v for v in row.values()])
        if len(batch) >= chunk:
            con.executemany(sql, batch)
            batch = []
    if batch and sql:
        con.executemany(sql, batch)


def fill(db_path: Path, interactions: int, now: datetime, seed: int = 1) -> None:
    """Bulk-fill the (empty, current-schema) database at ``db_path``."""
    from cxlogger.core import demo

    counts = shape(interactions)
    rng = random.Random(seed)
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA synchronous=OFF")
    with con:
        for name in demo.STAFF:
            con.execute(
                "INSERT INTO staff(name, active, created_at) VALUES (?, 1, ?)", (name, _stored(now))
            )
        staff_ids = [r[0] for r in con.execute("SELECT id FROM staff ORDER BY id")]
        # the legacy yes/no "consent" column is NOT NULL without a server default (0008)
        customers = (
            {**row, "consent": False}
            for row in demo.customer_rows(rng, counts["customers"], now, staff_ids)
        )
        _insert(con, "customers", customers)
        customer_ids = [r[0] for r in con.execute("SELECT id FROM customers ORDER BY id")]
        big = min(BIG_CUSTOMER_ENTRIES, interactions // 10)
        _insert(
            con,
            "interactions",
            demo.interaction_rows(rng, interactions - big - 5, customer_ids, staff_ids, now),
        )
        # one long-standing customer with a big timeline
        _insert(con, "interactions", demo.interaction_rows(rng, big, [1], staff_ids, now))

        def rare_rows():
            for row in demo.interaction_rows(rng, 5, customer_ids[:3], staff_ids[:1], now):
                row["details"] = f"Customer mentioned {RARE} holidays"
                yield row

        _insert(con, "interactions", rare_rows())
        recent = [
            (r[0], r[1], datetime.fromisoformat(r[2]).replace(tzinfo=timezone.utc))
            for r in con.execute(
                "SELECT id, customer_id, occurred_at FROM interactions "
                "ORDER BY occurred_at DESC LIMIT ?",
                (max(counts["promises"] * 5, 50),),
            )
        ]
        _insert(con, "promises", demo.promise_rows(rng, counts["promises"], recent, staff_ids, now))
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def _file(size: str, revision: str, variant: str) -> Path:
    return cache_dir() / f"{size}-{revision}-{variant}.sqlite3"


def _checkpoint(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")  # one self-contained file in the cache
    con.close()


def _migrated_copy(size: str, variant: str, head: str) -> Path | None:
    """A cached file at an older revision that cxlogger knows, migrated to ``head``."""
    from cxlogger.core.storage import migrate
    from cxlogger.core.storage.db import open_database
    from cxlogger.core.storage.paths import AppPaths

    for old in sorted(cache_dir().glob(f"{size}-*-{variant}.sqlite3"), reverse=True):
        revision = old.name.split("-")[1]
        if revision == head or not migrate.is_known_revision(revision):
            continue
        with tempfile.TemporaryDirectory(dir=cache_dir()) as tmp:
            work = Path(tmp)
            shutil.copyfile(old, work / "cxlogger.sqlite3")
            started = time.perf_counter()
            db = open_database(AppPaths(work))
            if variant == "steady":  # a migration may reset the rules' watermark: catch up
                from cxlogger.core.reminders import followups

                with db.session() as session:
                    followups.refresh(session, datetime.now(timezone.utc))
            db.dispose()
            _checkpoint(work / "cxlogger.sqlite3")
            target = _file(size, head, variant)
            os.replace(work / "cxlogger.sqlite3", target)
            print(
                f"migrated cached {old.name} to schema {head} "
                f"in {time.perf_counter() - started:.1f} s",
                flush=True,
            )
            return target
    return None


def cached(size: str, variant: str = "steady") -> Path:
    """The cached database file for ``size`` and ``variant``, built if missing."""
    from cxlogger.core.storage import migrate

    head = migrate.head_revision()
    target = _file(size, head, variant)
    if target.exists():
        return target
    found = _migrated_copy(size, variant, head)
    if found is not None:
        return found
    if variant == "fresh":
        return _build_fresh(size, head, target)
    return _build_steady(size, head, target)


def _build_fresh(size: str, head: str, target: Path) -> Path:
    from cxlogger.core.storage.db import open_database
    from cxlogger.core.storage.paths import AppPaths

    with tempfile.TemporaryDirectory(dir=cache_dir()) as tmp:
        work = Path(tmp)
        paths = AppPaths(work)
        started = time.perf_counter()
        open_database(paths).dispose()
        now = datetime.now(timezone.utc)
        fill(paths.db_path, SIZES[size], now)
        _checkpoint(paths.db_path)
        os.replace(paths.db_path, target)
    counts = shape(SIZES[size])
    print(
        f"built {counts['interactions']:,} interactions, {counts['customers']:,} customers, "
        f"{counts['promises']:,} promises in {time.perf_counter() - started:.1f} s -> {target}",
        flush=True,
    )
    return target


def _build_steady(size: str, head: str, target: Path) -> Path:
    """The fresh database after one catch-up of the reminder rules."""
    from cxlogger.core.reminders import followups
    from cxlogger.core.storage.db import open_database
    from cxlogger.core.storage.paths import AppPaths

    fresh = cached(size, "fresh")
    with tempfile.TemporaryDirectory(dir=cache_dir()) as tmp:
        work = Path(tmp)
        paths = AppPaths(work)
        shutil.copyfile(fresh, paths.db_path)
        started = time.perf_counter()
        db = open_database(paths)
        with db.session() as session:
            followups.refresh(session, datetime.now(timezone.utc))
        db.dispose()
        _checkpoint(paths.db_path)
        os.replace(paths.db_path, target)
    print(
        f"caught the rules up on {size} in {time.perf_counter() - started:.1f} s -> {target}",
        flush=True,
    )
    return target


def working_copy(size: str, variant: str, data_dir: Path) -> Path:
    """Copy a cached database into ``data_dir`` (the app writes to its copy)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm"):
        (data_dir / f"cxlogger.sqlite3{suffix}").unlink(missing_ok=True)
    target = data_dir / "cxlogger.sqlite3"
    shutil.copyfile(cached(size, variant), target)
    os.chmod(target, 0o600)
    os.chmod(data_dir, 0o700)
    return target


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:] or ["100k"]:
        for kind in ("fresh", "steady"):
            print(cached(name, kind))

"""A full disk: a clear message, nothing saved is lost, and saving works again with space.

The disk is "filled" with RLIMIT_FSIZE in a child process (SIGXFSZ ignored, so
writes past the limit fail the way they do on a full disk), and with SQLite's
max_page_count, which gives SQLite's own "database or disk is full".
"""

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest
from sqlalchemy import event
from sqlalchemy.orm import sessionmaker

from cxlogger.core.errors import DISK_FULL_MESSAGE, DiskFullError, disk_full_guard
from cxlogger.core.records.customers import CustomerData
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.storage.db import make_engine, open_database

CHILD = r"""
import json, os, resource, signal, sys
from datetime import datetime, timezone
from pathlib import Path

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead

from cxlogger.core.storage import backup
from cxlogger.core.records.customers import CustomerData
from cxlogger.core.storage.db import open_database
from cxlogger.core.errors import DiskFullError, disk_full_guard
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.storage.paths import AppPaths

now = datetime(2026, 3, 11, 10, 0, tzinfo=timezone.utc)
paths = AppPaths(Path(sys.argv[1]))
db = open_database(paths)
_, hard = resource.getrlimit(resource.RLIMIT_FSIZE)


def log(summary):
    data = InteractionData(
        customer_id=None, occurred_at=now, channel="phone", kind="purchase",
        summary=summary, details="d" * 3000, new_customer=CustomerData(f"C {summary}"),
    )
    with db.session() as session, disk_full_guard():  # what the GUI does around a save
        return log_interaction(session, data, None, now).id


out = {"saved": [log("first")]}
biggest = max(os.path.getsize(p) for p in paths.data_dir.iterdir() if p.is_file())
# room for a few saves (each writes its pages of the table, its indexes and the FTS)
resource.setrlimit(resource.RLIMIT_FSIZE, (biggest + 1_200_000, hard))
try:
    for i in range(100_000):
        out["saved"].append(log(f"s{i}"))
except DiskFullError as exc:
    out["message"] = str(exc)
try:
    log("still full")
    out["again"] = "saved"
except DiskFullError as exc:
    out["again"] = str(exc)

resource.setrlimit(resource.RLIMIT_FSIZE, (16_000, hard))  # no room for a backup either
try:
    backup.take_backup(paths, "manual")
    out["backup"] = "taken"
except DiskFullError as exc:
    out["backup"] = str(exc)
out["backup_files"] = sorted(os.listdir(paths.backup_dir)) if paths.backup_dir.exists() else []

resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))  # space again
out["after"] = log("after")
out["backup_after"] = backup.take_backup(paths, "manual").path.name
db.dispose()
print(json.dumps(out))
"""


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="RLIMIT_FSIZE is POSIX")
def test_full_disk_gives_a_clear_message_keeps_what_was_saved_and_recovers(paths):
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(paths.data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(out["saved"]) > 5
    for key in ("message", "again", "backup"):
        assert "nothing was lost" in out[key] and "Free some space" in out[key], key
    assert out["backup_files"] == []  # no half-written backup left behind
    assert out["backup_after"].startswith("cxlogger-")
    with closing(sqlite3.connect(paths.db_path)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {r[0] for r in con.execute("SELECT id FROM interactions")}
        summaries = {r[0] for r in con.execute("SELECT summary FROM interactions")}
    assert set(out["saved"]) | {out["after"]} == stored  # all saved, the failed ones not
    assert "still full" not in summaries


def test_sqlite_database_full_becomes_the_disk_full_sentence(paths, now):
    open_database(paths).dispose()
    engine = make_engine(paths.url)
    with closing(sqlite3.connect(paths.db_path)) as con:
        pages = con.execute("PRAGMA page_count").fetchone()[0]

    @event.listens_for(engine, "connect")
    def limit(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 3}")

    sessions = sessionmaker(engine, expire_on_commit=False)
    saved = []

    def save(summary):
        data = InteractionData(
            None, now, "phone", "inquiry", summary, "x" * 2000, new_customer=CustomerData("A")
        )
        with sessions() as session, disk_full_guard():
            saved.append(log_interaction(session, data, None, now).id)

    with pytest.raises(DiskFullError) as err:
        for i in range(200):
            save(f"n{i}")
    assert str(err.value) == DISK_FULL_MESSAGE
    assert str(err.value) == "The disk is full; nothing was lost. Free some space and try again."
    engine.dispose()
    db = open_database(paths)  # more room: the app keeps working
    with db.session() as session:
        log_interaction(
            session,
            InteractionData(None, now, "phone", "inquiry", "later", new_customer=CustomerData("B")),
            None,
            now,
        )
    db.dispose()
    with closing(sqlite3.connect(paths.db_path)) as con:
        assert {r[0] for r in con.execute("SELECT id FROM interactions")} >= set(saved)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_guard_leaves_other_errors_alone():
    with pytest.raises(KeyError), disk_full_guard():
        raise KeyError("a bug stays a bug")
    with pytest.raises(DiskFullError), disk_full_guard():
        raise OSError(28, "No space left on device")


# ---- a full disk during an import: one sentence, no customer's data, nothing imported


def _contacts_csv(path, rows: int) -> None:
    lines = ["name,email,phone,notes"]
    lines += [
        f"Privatperson {n},person{n}@example.com,+49 171 {n:07d},{'Kundennotiz ' * 20}"
        for n in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _no_personal_data(message: str) -> None:
    for leak in ("Privatperson", "@example.com", "+49 171", "Kundennotiz", "INSERT", "[SQL"):
        assert leak not in message


def _customer_count(paths) -> int:
    with closing(sqlite3.connect(paths.db_path)) as con:
        return con.execute("SELECT count(*) FROM customers").fetchone()[0]


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="RLIMIT_FSIZE is POSIX")
def test_cli_import_on_a_full_disk_says_how_much_room_is_needed_where(paths, tmp_path):
    import resource
    import signal

    open_database(paths).dispose()
    before = paths.db_path.read_bytes()
    source = tmp_path / "contacts.csv"
    _contacts_csv(source, 6000)

    def full_disk() -> None:  # in the child: files may not grow past 1 MB
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, resource.RLIM_INFINITY))

    result = subprocess.run(
        [sys.executable, "-m", "cxlogger", "--data-dir", str(paths.data_dir)]
        + ["import", "customers", str(source)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=full_disk,
    )
    assert result.returncode == 2
    message = result.stderr.strip()
    assert "Traceback" not in message and len(message.splitlines()) == 1
    assert message.startswith("cxlogger: The disk is full: importing these 6,000 customers")
    assert "needs about " in message and f"MB free in {paths.data_dir}." in message
    assert "Nothing was imported and the database is unchanged" in message
    _no_personal_data(message)
    assert paths.db_path.read_bytes() == before  # not one row, not one page changed
    assert _customer_count(paths) == 0


def test_import_on_a_full_database_gives_the_sentence_and_imports_nothing(paths, now, tmp_path):
    from cxlogger.core.exchange import csv_import

    open_database(paths).dispose()
    engine = make_engine(paths.url)
    with closing(sqlite3.connect(paths.db_path)) as con:
        pages = con.execute("PRAGMA page_count").fetchone()[0]

    @event.listens_for(engine, "connect")
    def limit(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 20}")

    source = tmp_path / "contacts.csv"
    _contacts_csv(source, 3000)
    table = csv_import.read_file(source)
    with sessionmaker(engine)() as session:
        plan = csv_import.build_plan(session, table, table.mapping)
        session.rollback()
        with pytest.raises(DiskFullError) as err:
            csv_import.apply_import(session, plan, None, now)
    engine.dispose()
    message = str(err.value)
    size = paths.db_path.stat().st_size  # the empty schema's pages: grows with each table
    needed = csv_import.space_needed(plan, size)
    assert 3000 * 400 < needed - size < 3000 * 2000  # about twice the rows' text, + a backup
    assert message.startswith("The disk is full: importing these 3,000 customers needs about ")
    assert str(paths.data_dir) in message
    _no_personal_data(message)
    assert _customer_count(paths) == 0

"""The checks before a command writes (core.health.assess_for_command): a file exactly as
it was when it last passed is not read again, anything else is, damage is still refused,
the daily full check is the app's and the backups' job, and a long check is announced
and stops on Ctrl+C without leaving anything behind."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from datetime import timedelta

import pytest

from cxlogger.__main__ import main
from cxlogger.core.storage import health, integrity
from cxlogger.core.storage.db import open_database
from cxlogger.core.timeutil import utcnow
from tests.core.safety_helpers import add_customers, counts
from tests.core.test_damage_guard import damage_a_record


@pytest.fixture
def checks(monkeypatch):
    """Counts the quick and full checks this process runs."""
    calls = {"quick": 0, "full": 0}
    real_quick, real_full = integrity.quick_check, integrity.full_check

    def quick(path, untouched=False):
        calls["quick"] += 1
        return real_quick(path, untouched)

    def full(path):
        calls["full"] += 1
        return real_full(path)

    monkeypatch.setattr(integrity, "quick_check", quick)
    monkeypatch.setattr(integrity, "full_check", full)
    return calls


@pytest.fixture
def shop(db, paths, now):
    """Two customers with interactions, closed: no connection left open."""
    add_customers(db, utcnow(), 2)
    db.dispose()
    return paths


def log(paths, summary="Asked about opening hours") -> int:
    argv = ["--data-dir", str(paths.data_dir), "log", "--customer", "Customer 0"]
    argv += ["--kind", "inquiry", "--channel", "phone", "--summary", summary]
    try:
        return main(argv + ["--staff", "Alex Owner"])
    except SystemExit as exc:
        return exc.code


def logged(paths) -> int:
    return counts(paths.db_path)[1]


def test_an_unchanged_file_that_passed_is_not_checked_again(shop, checks, capsys):
    paths = shop
    assert log(paths, "first") == 0
    assert checks == {"quick": 1, "full": 1}  # never checked on this desktop: both
    for n in range(3):
        assert log(paths, f"again {n}") == 0
    assert checks == {"quick": 1, "full": 1}  # each command closed it cleanly: vouched
    assert logged(paths) == 4 + 4
    assert capsys.readouterr().err == ""  # a small file: nothing to announce
    state = json.loads((paths.data_dir / "health.json").read_text())
    assert state["vouched"]["print"] == health.fingerprint(paths)


def test_a_file_changed_by_another_program_is_checked_again(shop, checks):
    paths = shop
    assert log(paths) == 0
    with closing(sqlite3.connect(paths.db_path)) as con:  # not cxlogger: no commit counted
        con.execute("UPDATE customers SET phone='555' WHERE id=1")
        con.commit()
    assert log(paths) == 0
    # the full check passed today, so the quick check alone (as on every change)
    assert checks == {"quick": 2, "full": 1}
    assert log(paths) == 0
    assert checks == {"quick": 2, "full": 1}


def test_a_wal_left_by_a_process_that_was_killed_is_checked_again(shop, checks):
    paths = shop
    assert log(paths) == 0
    # cxlogger's own database layer in another process, killed after its commit
    code = (
        "import os, sys\n"
        "from cxlogger.core.storage.db import open_database\n"
        "from pathlib import Path\n"
        "from cxlogger.core.storage.paths import AppPaths\n"
        "from sqlalchemy import text\n"
        "db = open_database(AppPaths(Path(sys.argv[1])))\n"
        "with db.session() as s:\n"
        "    s.execute(text(\"UPDATE customers SET phone='555' WHERE id=1\"))\n"
        "    s.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(paths.data_dir)], check=True)
    wal = str(paths.db_path) + "-wal"
    assert os.path.getsize(wal) > 0  # the unclean exit left its -wal
    assert not health.unchanged_since_vouched(paths)
    assert log(paths) == 0
    # its commit was counted (core.high_water): the quick check, not the full one
    assert checks == {"quick": 2, "full": 1}


def test_a_damaged_file_is_refused_even_after_it_was_vouched_for(shop, checks, capsys):
    paths = shop
    assert log(paths) == 0
    before = logged(paths)
    damage_a_record(paths.db_path)  # rewritten in place by another program
    assert integrity.quick_check(paths.db_path).ok  # the quick check alone misses it
    health.record(paths, integrity.CheckResult(True), utcnow() - timedelta(days=2))
    capsys.readouterr()
    assert log(paths) == 2
    err = capsys.readouterr().err
    assert "is damaged (row 1 missing from index ix_customers_name)" in err
    assert "nothing was written to it" in err
    assert logged(paths) == before
    assert health.damage_recorded(paths)
    assert not health.unchanged_since_vouched(paths)  # damage recorded: never vouched
    assert log(paths) == 2  # and refused again


def test_the_daily_full_check_is_left_to_the_app_and_backups(shop, checks, now):
    paths = shop
    assert log(paths) == 0
    assert checks["full"] == 1
    # the app wrote since (its commits are counted), and the last full check is 2 days old
    db = open_database(paths)
    add_customers(db, utcnow(), 1, "Later")
    db.dispose()
    health.record(paths, integrity.CheckResult(True), utcnow() - timedelta(days=2))
    assert log(paths) == 0
    assert checks == {"quick": 2, "full": 1}  # quick check only
    # a desktop whose app never runs: a command runs the full check once a week
    db = open_database(paths)
    add_customers(db, utcnow(), 1, "Even later")
    db.dispose()
    health.record(paths, integrity.CheckResult(True), utcnow() - timedelta(days=8))
    assert log(paths) == 0
    assert checks == {"quick": 3, "full": 2}
    # the app's start is unchanged: a day-old full check runs again there
    health.record(paths, integrity.CheckResult(True), now - timedelta(days=1))
    assert health.assess(paths, now).full
    assert checks["full"] == 3


def test_a_long_check_is_announced_on_stderr(shop, checks, capsys, monkeypatch):
    paths = shop
    monkeypatch.setattr(health, "QUICK_CHECK_RATE", 1000.0)  # as slow as a huge file
    monkeypatch.setattr(health, "FULL_CHECK_RATE", 10.0)
    assert log(paths) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert err[0].startswith("cxlogger: Checking the database (this takes about ")
    assert err[1].startswith("cxlogger: Checking the whole database (this takes about ")
    assert "at this size; Ctrl+C stops it and nothing is written)…" in err[0]
    assert log(paths) == 0
    assert capsys.readouterr().err == ""  # unchanged: nothing checked, nothing said


def test_ctrl_c_stops_a_check_at_once_and_nothing_is_written(shop, monkeypatch, capsys):
    paths = shop
    before = logged(paths)
    stopped = threading.Event()

    def endless(path, untouched=False):
        """A check that reads until SQLite is told to stop (as at 1M)."""
        uri = f"file:{path}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, check_same_thread=False)) as con:
            with integrity._running(con):
                try:
                    con.execute(
                        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                        "SELECT max(x) FROM c"
                    ).fetchall()
                except sqlite3.OperationalError as exc:
                    stopped.set()
                    integrity._raise_if_interrupted(exc, path)
                    raise
        return integrity.CheckResult(True)

    monkeypatch.setattr(integrity, "quick_check", endless)
    timer = threading.Timer(0.5, lambda: os.kill(os.getpid(), signal.SIGINT))
    timer.start()
    try:
        assert log(paths) == 130
    finally:
        timer.cancel()
    assert stopped.wait(5)  # SQLite was interrupted, not left reading
    err = capsys.readouterr().err
    assert "stopped while checking the database; nothing was written." in err
    assert "Traceback" not in err
    assert logged(paths) == before
    assert not (paths.data_dir / "health.json").exists()  # nothing recorded, no damage
    wal = str(paths.db_path) + "-wal"
    assert not os.path.exists(wal) or os.path.getsize(wal) == 0


def test_a_copy_put_in_the_files_place_is_checked_again(shop, checks):
    paths = shop
    assert log(paths) == 0
    copy = paths.data_dir / "copy.sqlite3"
    copy.write_bytes(paths.db_path.read_bytes())  # byte for byte the same, another file
    checked = health.identity(paths)
    os.replace(copy, paths.db_path)
    assert not health.unchanged_since_vouched(paths)
    # nor is a file put in place during a command vouched for when it ends
    assert not health.vouch_clean_close(paths, checked)
    assert health.vouch_clean_close(paths, health.identity(paths))
    assert health.unchanged_since_vouched(paths)
    checks.update(quick=0, full=0)
    assert log(paths) == 0
    assert checks == {"quick": 0, "full": 0}


def test_an_unchanged_file_is_still_compared_with_the_high_water_mark(shop, checks, capsys):
    """The -wal of commits made since it was vouched for was lost (the file itself is as
    it was): the counter file knows, and the command refuses without a full read."""
    from cxlogger.core.reminders import high_water

    paths = shop
    assert log(paths) == 0
    before = logged(paths)
    high_water.write_mark(paths.db_path, high_water.database_counter(paths.db_path) + 3)
    assert health.unchanged_since_vouched(paths)
    capsys.readouterr()
    assert log(paths) == 2
    assert "missing its last 3 saved changes" in capsys.readouterr().err
    assert checks == {"quick": 1, "full": 1}  # the first command's only
    assert logged(paths) == before

"""Issue 9, findings 3 and 4: damage is caught before anything writes to it, a damaged
search index is rebuilt, a damaged database never reaches the backups, and a file that
cannot be opened at all is moved aside so a restore can go on."""

import json
import os
import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest

from cxlogger.__main__ import main
from cxlogger.core.storage import backup, health, integrity
from cxlogger.core.storage.db import open_database
from cxlogger.core.timeutil import utcnow
from tests.core.safety_helpers import add_customers, counts, digest, table_dump


def damage_a_record(db_path):
    """Change one letter of a customer's name on disk: the page stays well-formed, so
    the quick check passes, but the name index no longer matches the row."""
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as con:
        page = con.execute("SELECT rootpage FROM sqlite_master WHERE name='customers'").fetchone()
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db_path.read_bytes())
    start = (page[0] - 1) * page_size
    at = data.find(b"Customer 0", start, start + page_size)
    assert at > 0
    data[at + 9] = ord("Z")
    db_path.write_bytes(bytes(data))


def damage_the_search_index(db_path):
    """Flip bytes inside the search index's largest block (as a disk fault would)."""
    with closing(sqlite3.connect(db_path)) as con:
        rowid, block = max(
            con.execute("SELECT id, block FROM interactions_fts_data"), key=lambda r: len(r[1])
        )
        block = bytearray(block)
        for i in range(len(block) // 2, len(block) // 2 + 4):
            block[i] ^= 0xFF
        con.execute("UPDATE interactions_fts_data SET block=? WHERE id=?", (bytes(block), rowid))
        con.commit()


def search(db_path, word):
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as con:
        return con.execute(
            "SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH ?", (f'"{word}"',)
        ).fetchall()


@pytest.fixture
def good_then_damaged_record(paths, now):
    """Two customers, a good backup, one more customer, then a damaged record on disk."""
    db = open_database(paths)
    add_customers(db, now, 2)
    good = backup.take_backup(paths, "manual", now)
    add_customers(db, now, 1, "Later")
    db.dispose()
    damage_a_record(paths.db_path)
    assert integrity.quick_check(paths.db_path).ok  # the quick check alone misses it
    health.record(paths, integrity.CheckResult(True), now - timedelta(days=2))  # day-old check
    return good


def run(*argv) -> int:
    """``cxlogger ARGV`` as the shell runs it: the exit status, also from SystemExit."""
    try:
        return main(list(argv))
    except SystemExit as exc:
        return exc.code


def _csv(tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Email\nNew Person,new@example.com\n", encoding="utf-8")
    return path


ENTRY_POINTS = {
    "due": lambda d, t, good: ["due"],
    "export": lambda d, t, good: [
        "export",
        "customers",
        "-o",
        str(t / "out.csv"),
        "--as",
        "Alex Owner",
    ],
    "import": lambda d, t, good: ["import", "customers", str(_csv(t))],
    "backup": lambda d, t, good: ["backup"],
    "customer-export": lambda d, t, good: ["customer-export", "1", "-o", str(t / "out")],
    "erase-customer": lambda d, t, good: ["erase-customer", "1", "--yes"],
}


@pytest.mark.parametrize("entry", [*ENTRY_POINTS, "demo", "gui-start", "restore"])
def test_a_damaged_record_is_caught_before_any_write_by_every_entry_point(
    paths, now, tmp_path, capsys, good_then_damaged_record, entry
):
    good = good_then_damaged_record
    target = paths
    if entry == "demo":  # the demo database gets the same checks
        target = paths.demo()
        target.data_dir.mkdir()
        for suffix in ("", ".high-water"):
            os.replace(str(paths.db_path) + suffix, str(target.db_path) + suffix)
    before = digest(target.db_path)
    backups_before = sorted(os.listdir(paths.backup_dir))

    if entry == "gui-start":
        from cxlogger.ui.dialogs import backup_dialogs

        asked = []
        decline = lambda message, can_restore, **kw: asked.append(message) or False  # noqa: E731
        assert backup_dialogs.startup_check(paths, ask=decline) is False
        assert "damaged" in asked[0] and "missing from index" in asked[0]
    elif entry == "restore":
        # restore is the way out: the damaged file is moved aside whole, not backed up
        assert main(["--data-dir", str(paths.data_dir), "restore", str(good.path)]) == 0
        # (the damaged database cannot say who is an owner; restoring is how it is mended)
        out = capsys.readouterr().out
        assert "moved, as it was, to" in out
        (moved,) = (paths.data_dir / "damaged").rglob(paths.db_path.name)
        assert digest(moved) == before
        assert table_dump(paths.db_path) == table_dump(good.path)
        assert sorted(os.listdir(paths.backup_dir)) == backups_before  # no backup of damage
        return
    else:
        command = ENTRY_POINTS.get(entry, lambda d, t, g: ["demo", "--no-gui"])
        argv = command(paths, tmp_path, good)
        assert run("--data-dir", str(paths.data_dir), *argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err  # one sentence
        assert "is damaged (row 1 missing from index ix_customers_name)" in err
        assert "nothing was written to it" in err or "Nothing was backed up" in err
        if entry == "demo":  # the demo folder has no backups of its own
            assert "There is no good backup" in err
        else:
            assert f"cxlogger restore {good.path}" in err
    assert digest(target.db_path) == before  # never written to
    wal = str(target.db_path) + "-wal"
    assert not os.path.exists(wal) or os.path.getsize(wal) == 0
    assert sorted(os.listdir(paths.backup_dir)) == backups_before  # no backup of the damage
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "out").exists()


def test_damage_once_found_is_remembered_and_checked_on_every_start(
    paths, now, good_then_damaged_record
):
    with pytest.raises(health.DamagedDatabaseError):
        health.refuse_if_damaged(paths, now)
    state = json.loads((paths.data_dir / "health.json").read_text())
    assert "missing from index" in state["damage"]
    # even within the day, the full check runs again while damage is recorded
    assert health.full_check_due(paths, now + timedelta(minutes=1))
    with pytest.raises(health.DamagedDatabaseError):
        health.refuse_if_damaged(paths, now + timedelta(minutes=1))
    # restoring clears it
    backup.restore_backup(paths, good_then_damaged_record.path, now=now)
    assert health.damage_recorded(paths) is None
    assert health.refuse_if_damaged(paths, now).ok


def test_the_full_check_runs_at_most_once_a_day(db, paths, now, monkeypatch):
    """On the app's start (commands leave it to the app and backups:
    tests/core/test_command_checks.py)."""
    add_customers(db, now, 1)
    calls = []
    real = integrity.full_check
    monkeypatch.setattr(integrity, "full_check", lambda p: calls.append(p) or real(p))
    assert integrity.check_on_start(paths, now).ok
    assert integrity.check_on_start(paths, now + timedelta(hours=23)).ok
    assert len(calls) == 1
    assert health.last_full_check(paths) == now
    assert integrity.check_on_start(paths, now + timedelta(hours=24)).ok
    assert len(calls) == 2


def test_a_damaged_search_index_is_detected_and_rebuilt(db, paths, now, capsys):
    add_customers(db, now, 30)
    db.dispose()
    damage_the_search_index(paths.db_path)
    assert integrity.quick_check(paths.db_path).ok
    found = integrity.full_check(paths.db_path)
    assert not found.ok and found.search_index_damaged
    assert "search index" in found.summary()

    # the next entry point rebuilds it from the interactions, and goes on
    assessment = health.refuse_if_damaged(paths, now)
    assert assessment.ok and assessment.repaired == [health.FTS_REBUILT]
    assert integrity.full_check(paths.db_path).ok
    assert len(search(paths.db_path, "Customer 17 call")) == 2  # search works again
    # cxlogger check says what it did
    damage_the_search_index(paths.db_path)
    assert main(["--data-dir", str(paths.data_dir), "check"]) == 0
    out = capsys.readouterr().out
    assert "Repaired: the search index did not match" in out and "healthy" in out


def test_a_damaged_search_index_is_rebuilt_before_a_backup_is_kept(db, paths, now):
    add_customers(db, now, 30)  # the app still has the database open
    damage_the_search_index(paths.db_path)
    info = backup.take_backup(paths, "manual", now)
    assert integrity.full_check(info.path).ok  # the backup holds a good index
    assert integrity.full_check(paths.db_path).ok  # and so does the database
    assert len(search(info.path, "Customer 17 call")) == 2


def test_a_damaged_database_is_never_kept_as_a_backup(paths, now, good_then_damaged_record):
    listing = sorted(os.listdir(paths.backup_dir))
    with pytest.raises(health.DamagedDatabaseError) as err:
        backup.take_backup(paths, "start", now + timedelta(days=1))
    assert "Nothing was backed up" in str(err.value)
    assert sorted(os.listdir(paths.backup_dir)) == listing  # nothing kept, nothing rotated


def test_a_backup_checkpoints_the_wal_into_the_file(db, paths, now):
    add_customers(db, now, 3)  # the app keeps the database open; commits sit in the -wal
    wal = str(paths.db_path) + "-wal"
    assert os.path.getsize(wal) > 0
    backup.take_backup(paths, "manual", now)
    # the database file alone (as if the -wal were lost now) holds every commit
    copy = paths.data_dir / "file-alone.sqlite3"
    copy.write_bytes(paths.db_path.read_bytes())
    assert counts(copy) == (3, 6)


@pytest.mark.parametrize("kind", ["header", "text", "emptied"])
def test_a_damaged_header_or_a_foreign_file_is_moved_aside_and_the_cli_restore_goes_on(
    paths, now, capsys, kind
):
    db = open_database(paths)
    add_customers(db, now, 2)
    good = backup.take_backup(paths, "manual", now)
    db.dispose()
    if kind == "header":
        data = bytearray(paths.db_path.read_bytes())
        data[:16] = b"\x00" * 16  # the first bytes damaged
        paths.db_path.write_bytes(bytes(data))
    elif kind == "text":
        paths.db_path.write_text("name,phone\nAnna,123\n" * 200)
    else:
        paths.db_path.write_bytes(b"")  # truncated by a disk fault
    before = digest(paths.db_path)

    # every other command refuses with a sentence that says how to get out
    assert run("--data-dir", str(paths.data_dir), "due") == 2
    err = capsys.readouterr().err
    problem = "the data in it is gone" if kind == "emptied" else "does not start like an SQLite"
    assert problem in err and str(good.path) in err

    assert main(["--data-dir", str(paths.data_dir), "restore", str(good.path)]) == 0
    out = capsys.readouterr().out
    assert "Restored the backup" in out and "moved, as it was, to" in out
    (moved,) = (paths.data_dir / "damaged").rglob(paths.db_path.name)
    assert digest(moved) == before  # intact
    assert oct(os.stat(moved.parent).st_mode & 0o777) == "0o700"
    assert counts(paths.db_path) == (2, 4)
    assert main(["--data-dir", str(paths.data_dir), "due"]) == 0


def test_a_foreign_file_on_start_is_kept_aside_and_the_newest_good_backup_offered(paths, now):
    db = open_database(paths)
    add_customers(db, now, 2)
    good = backup.take_backup(paths, "manual", now)
    db.dispose()
    paths.db_path.write_text("name,phone\nAnna,123\n" * 200)
    check = integrity.check_on_start(paths, utcnow())
    assert not check.ok and check.good_backup.path == good.path
    assert "does not start like an SQLite database" in check.message()
    (copy,) = check.quarantine_dir.iterdir()
    assert copy.read_text().startswith("name,phone")

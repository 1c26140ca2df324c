import os
import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest

from cxlogger.__main__ import main
from cxlogger.core.errors import DatabaseError
from cxlogger.core.storage import backup, integrity
from cxlogger.core.storage.db import open_database
from tests.core.safety_helpers import add_customers, digest, table_dump


def flip_page_bytes(db_path, table="interactions", count=8):
    """Flip the first bytes of a table's root page (its b-tree page header)."""
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as con:
        page = con.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db_path.read_bytes())
    start = (page[0] - 1) * page_size
    for i in range(start, start + count):
        data[i] ^= 0xFF
    db_path.write_bytes(bytes(data))


@pytest.fixture
def damaged(paths, now):
    """A database with two customers, a good backup of it, then damaged on disk."""
    db = open_database(paths)
    add_customers(db, now, 2)
    good = backup.take_backup(paths, "manual", now)
    add_customers(db, now, 1, "Later")
    db.dispose()  # the last connection folds the -wal into the file
    assert not os.path.exists(str(paths.db_path) + "-wal")
    flip_page_bytes(paths.db_path)
    return good


def test_damage_is_found_on_start_nothing_written_and_a_backup_offered(paths, now, damaged):
    before = digest(paths.db_path)
    listing = sorted(os.listdir(paths.data_dir))

    check = integrity.check_on_start(paths, now + timedelta(hours=1))

    assert not check.ok
    assert digest(paths.db_path) == before  # never written to
    assert sorted(os.listdir(paths.data_dir)) == sorted(listing + ["damaged"])  # no -wal/-shm
    assert digest(check.quarantine_dir / paths.db_path.name) == before  # kept aside as a copy
    assert oct(os.stat(check.quarantine_dir).st_mode & 0o777) == "0o700"
    assert check.good_backup is not None and check.good_backup.path == damaged.path
    message = check.message()
    assert "damaged" in message and "did not write to it" in message
    assert str(check.quarantine_dir) in message
    assert "2 customers, 4 interactions" in message and "Restore it?" in message

    # the user accepts: the good backup replaces the damaged file, which stays in quarantine
    backup.restore_backup(paths, check.good_backup.path, backup_current=False)
    assert table_dump(paths.db_path) == table_dump(damaged.path)
    assert integrity.check_on_start(paths).ok
    open_database(paths).dispose()


def test_a_damaged_newer_backup_is_skipped(paths, now, damaged):
    newer = paths.backup_dir / backup.backup_name(now + timedelta(minutes=30), "quit")
    newer.write_bytes(damaged.path.read_bytes())
    flip_page_bytes(newer)
    check = integrity.check_on_start(paths, now + timedelta(hours=1))
    assert check.good_backup.path == damaged.path


def test_no_backup_to_offer_says_so(paths, now, damaged):
    damaged.path.unlink()
    check = integrity.check_on_start(paths, now)
    assert not check.ok and check.good_backup is None
    assert "no good backup" in check.message()


def test_a_healthy_database_passes_the_start_check_and_nothing_is_copied(db, paths, now):
    add_customers(db, now, 1)
    assert integrity.check_on_start(paths, now).ok
    assert not (paths.data_dir / "damaged").exists()


@pytest.mark.parametrize("kind", ["empty", "other-sqlite", "newer"])
def test_wrong_files_pass_through_the_start_sequence_untouched(paths, kind):
    paths.data_dir.mkdir(parents=True)
    if kind == "empty":
        paths.db_path.write_bytes(b"")
    else:
        if kind == "newer":
            open_database(paths).dispose()
        with closing(sqlite3.connect(paths.db_path)) as con:
            con.execute("PRAGMA journal_mode=DELETE")
            if kind == "newer":
                con.execute("UPDATE alembic_version SET version_num='9999_future'")
            else:
                con.execute("CREATE TABLE recipes(id INTEGER PRIMARY KEY, name TEXT)")
            con.commit()
    before = digest(paths.db_path)
    listing = sorted(os.listdir(paths.data_dir))
    assert integrity.check_on_start(paths).ok  # not "damaged": open_database explains
    with pytest.raises(DatabaseError) as err:
        open_database(paths, before_migrate=backup.before_migrate_hook(paths))
    assert "untouched" in str(err.value)
    assert digest(paths.db_path) == before
    # nothing next to it but health.json (when the full check last ran)
    assert sorted(set(os.listdir(paths.data_dir)) - {"health.json"}) == listing


def test_cli_check_healthy(db, paths, now, capsys):
    add_customers(db, now, 2)
    assert main(["--data-dir", str(paths.data_dir), "check"]) == 0
    out = capsys.readouterr().out
    assert "foreign keys" in out and "search index" in out and "healthy" in out


def test_cli_check_reports_damage_with_non_zero_status(paths, now, damaged, capsys):
    before = digest(paths.db_path)
    assert main(["--data-dir", str(paths.data_dir), "check"]) == 1
    out = capsys.readouterr().out
    assert "Problem:" in out and "Restore a backup" in out
    assert digest(paths.db_path) == before


def test_cli_check_reports_a_broken_foreign_key(db, paths, now, capsys):
    add_customers(db, now, 1)
    db.dispose()
    with closing(sqlite3.connect(paths.db_path)) as con:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("UPDATE interactions SET customer_id = 999 WHERE id = 1")
        con.commit()
    assert main(["--data-dir", str(paths.data_dir), "check"]) == 1
    assert "row 1 of interactions points to a missing row of customers" in capsys.readouterr().out


def test_check_finds_a_search_index_out_of_step(db, paths, now):
    add_customers(db, now, 1)
    db.dispose()
    with closing(sqlite3.connect(paths.db_path)) as con:
        con.execute("DROP TRIGGER interactions_fts_au")
        con.execute("UPDATE interactions SET summary = 'changed behind its back'")
        con.commit()
    result = integrity.full_check(paths.db_path)
    assert not result.ok and "search index" in result.summary()


def test_the_early_check_run_in_a_thread_finds_the_same_damage(paths, now, damaged):
    before = digest(paths.db_path)
    early = integrity.EarlyQuickCheck(paths)  # as run_gui starts it, once the frame has painted
    check = integrity.check_on_start(paths, now + timedelta(hours=1), early=early)
    assert not check.ok and check.good_backup is not None
    assert digest(paths.db_path) == before


def test_the_early_check_passes_a_healthy_database_and_an_absent_one(db, paths, tmp_path):
    assert integrity.check_on_start(paths, early=integrity.EarlyQuickCheck(paths)).ok
    absent = paths.__class__(tmp_path / "nothing-here")
    early = integrity.EarlyQuickCheck(absent)
    assert early.result() is None
    assert integrity.check_on_start(absent, early=early).ok

"""Finding 9: one copy per distinct damaged database; no backup of an empty or foreign file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest

from cxlogger.__main__ import main
from cxlogger.core.storage import backup, integrity, leftovers
from cxlogger.core.storage.backup import BackupError
from cxlogger.core.storage.db import open_database
from tests.core.safety_helpers import add_customers, digest
from tests.core.test_integrity import flip_page_bytes


@pytest.fixture
def damaged(paths, now):
    db = open_database(paths)
    add_customers(db, now, 2)
    backup.take_backup(paths, "manual", now)
    db.dispose()
    flip_page_bytes(paths.db_path)


def copies(paths):
    return sorted(p for p in (paths.data_dir / "damaged").rglob(paths.db_path.name))


def test_each_declined_damaged_start_does_not_add_another_copy(paths, now, damaged):
    for attempt in range(4):  # the user declines the restore and starts again
        check = integrity.check_on_start(paths, now + timedelta(minutes=attempt))
        assert not check.ok
        assert str(check.quarantine_dir) in check.message()
    (copy,) = copies(paths)
    assert digest(copy) == digest(paths.db_path)


def test_a_differently_damaged_file_gets_its_own_copy(paths, now, damaged):
    integrity.check_on_start(paths, now)
    flip_page_bytes(paths.db_path, table="customers")
    integrity.check_on_start(paths, now + timedelta(minutes=1))
    integrity.check_on_start(paths, now + timedelta(minutes=2))
    kept = copies(paths)
    assert len(kept) == 2
    assert digest(paths.db_path) in {digest(p) for p in kept}


def test_a_copy_cut_short_is_not_reused_and_is_swept(paths, now, damaged):
    root = paths.data_dir / "damaged"
    root.mkdir(mode=0o700)
    cut = root / ".20260311-100000-000000.0a0b0c0d.partial"  # killed while copying
    cut.mkdir()
    (cut / paths.db_path.name).write_bytes(paths.db_path.read_bytes()[:4096])
    check = integrity.check_on_start(paths, now)
    assert digest(check.quarantine_dir / paths.db_path.name) == digest(paths.db_path)
    leftovers.recover_on_start(paths)
    assert not cut.exists()
    assert len(copies(paths)) == 1


@pytest.mark.parametrize(
    "kind", ["empty file", "empty database", "foreign database", "not a database"]
)
def test_backup_of_an_empty_or_foreign_database_fails_with_a_sentence(paths, kind, capsys):
    paths.data_dir.mkdir(parents=True)
    if kind == "empty file":
        paths.db_path.write_bytes(b"")
    elif kind == "not a database":
        paths.db_path.write_text("my shopping list\n" * 100)
    else:
        with closing(sqlite3.connect(paths.db_path)) as con:
            con.execute("PRAGMA user_version=1")
            if kind == "foreign database":
                con.execute("CREATE TABLE recipes (name TEXT)")
            con.commit()
    with pytest.raises(BackupError, match="Nothing was backed up"):
        backup.take_backup(paths, "manual")
    assert main(["--data-dir", str(paths.data_dir), "backup"]) != 0
    err = capsys.readouterr().err
    assert err.startswith("cxlogger: Nothing was backed up") and "Traceback" not in err
    assert backup.list_backups(paths) == []

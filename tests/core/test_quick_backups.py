"""The automatic backups (on quit, on start): one page copy and its quick check, complete,
restorable, never kept when damaged or cut short, and owed by the next start when a quit
could not finish its backup."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest

from cxlogger.core.storage import backup, health, integrity
from cxlogger.core.storage.db import open_database
from tests.core.safety_helpers import add_customers, counts, table_dump
from tests.core.test_integrity import flip_page_bytes
from tests.core.test_kill_leftovers import temp_leftovers


def backup_files(paths):
    return sorted(p.name for p in paths.backup_dir.iterdir())


def put_setting(db_path, value: str) -> None:
    with closing(sqlite3.connect(db_path)) as con, con:
        con.execute(
            "INSERT OR REPLACE INTO settings(key, value) VALUES ('quick_backup_probe', ?)",
            (value,),
        )


def setting_in(db_path) -> str | None:
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as con:
        row = con.execute("SELECT value FROM settings WHERE key = 'quick_backup_probe'").fetchone()
    return row and row[0]


@pytest.fixture
def data(paths, now):
    db = open_database(paths)
    add_customers(db, now, 3)
    db.dispose()
    return paths


def test_the_backup_on_quit_is_complete_checked_and_restorable(data, now, monkeypatch):
    paths = data
    backup.take_backup(paths, "manual", now)
    put_setting(paths.db_path, "after the manual backup")
    monkeypatch.setattr(backup, "COPY_STEP_PAGES", 2)  # many steps, as at a million rows
    seen = []
    info = backup.backup_on_quit(paths, now + timedelta(minutes=1), progress=seen.append)
    assert info.reason == "quit" and (info.customers, info.interactions) == (3, 6)
    # the copy is the database, table by table, and one self-contained file
    assert table_dump(info.path) == table_dump(paths.db_path)
    assert integrity.quick_check(info.path).ok
    with closing(sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    # the progress rose step by step to done
    assert len(seen) > 5 and seen == sorted(seen) and seen[-1] == 1.0
    assert 0 < seen[0] < backup.COPY_SHARE
    # and it restores
    expected = table_dump(paths.db_path)
    put_setting(paths.db_path, "after the quit")
    backup.restore_backup(paths, info.path, now + timedelta(minutes=2))
    assert table_dump(paths.db_path) == expected
    assert setting_in(paths.db_path) == "after the manual backup"


def test_the_copy_is_one_snapshot_while_another_connection_writes(data, tmp_path, monkeypatch):
    paths = data
    monkeypatch.setattr(backup, "COPY_STEP_PAGES", 1)
    put_setting(paths.db_path, "before the copy")
    writes = []

    def write_meanwhile(_fraction):  # a commit between every two steps of the copy
        writes.append(1)
        put_setting(paths.db_path, f"during the copy {len(writes)}")

    copy = tmp_path / "copy.sqlite3"
    copy.touch()
    backup.copy_pages(paths.db_path, copy, write_meanwhile)
    with closing(sqlite3.connect(paths.db_path)) as con:
        pages = con.execute("PRAGMA page_count").fetchone()[0]
    # no restart: one step a page, though every step saw a new commit
    assert len(writes) <= pages + 1
    assert setting_in(copy) == "before the copy"
    assert integrity.quick_check(copy).ok


def test_a_damaged_database_is_not_backed_up_and_the_newest_good_backup_stays(data, now):
    paths = data
    good = backup.take_backup(paths, "manual", now)
    flip_page_bytes(paths.db_path)
    with pytest.raises(health.DamagedDatabaseError) as raised:
        backup.backup_on_quit(paths, now + timedelta(minutes=1))
    assert "Nothing was backed up" in str(raised.value)
    assert backup_files(paths) == [good.path.name]  # no half backup, nothing replaced
    assert not temp_leftovers(paths.backup_dir)
    assert integrity.newest_good_backup(paths).path == good.path
    assert not backup.quit_backup_owed(paths)  # refused, with a sentence: not owed


def test_a_cancelled_copy_keeps_nothing(data, now):
    paths = data
    good = backup.take_backup(paths, "manual", now)
    put_setting(paths.db_path, "changed")

    def cancel(_fraction):
        raise backup.BackupCancelled()

    with pytest.raises(backup.BackupCancelled):
        backup.backup_on_start(paths, now + timedelta(days=2), progress=cancel)
    assert backup_files(paths) == [good.path.name]
    assert not temp_leftovers(paths.backup_dir)


def test_the_automatic_backups_leave_the_full_check_to_the_idle_watch(data, now, monkeypatch):
    paths = data
    ran = []
    real = integrity.full_check
    monkeypatch.setattr(integrity, "full_check", lambda path: ran.append(path) or real(path))
    assert backup.backup_on_start(paths, now).reason == "start"
    put_setting(paths.db_path, "changed")
    assert backup.backup_on_quit(paths, now + timedelta(minutes=1)).reason == "quit"
    assert ran == []
    backup.take_backup(paths, "manual", now + timedelta(minutes=2))  # by hand: the full check
    assert len(ran) == 1


def test_a_quit_backup_cut_short_is_taken_by_the_next_start(data, now, monkeypatch):
    paths = data
    backup.take_backup(paths, "manual", now)
    put_setting(paths.db_path, "entered before quitting")

    def killed(*_args, **_kwargs):  # the session ended the process during the copy
        raise SystemExit(9)

    monkeypatch.setattr(backup, "take_backup", killed)
    monkeypatch.setattr(backup, "_owe_quit_backup", _only_owing(backup._owe_quit_backup))
    with pytest.raises(SystemExit):
        backup.backup_on_quit(paths, now + timedelta(minutes=1))
    monkeypatch.undo()
    assert backup.quit_backup_owed(paths)
    # the next start, an hour later (no start-up backup due by the interval), owes it
    later = now + timedelta(hours=1)
    assert not backup.backup_due(paths, later)
    info = backup.backup_on_start(paths, later)
    assert info.reason == "start" and setting_in(info.path) == "entered before quitting"
    assert not backup.quit_backup_owed(paths)
    assert backup.backup_on_start(paths, later + timedelta(minutes=1)) is None


def test_an_owed_backup_that_the_newest_backup_already_holds_is_not_taken_again(data, now):
    paths = data
    backup.take_backup(paths, "manual", now)
    (paths.data_dir / backup.QUIT_OWED).touch()  # killed after the backup was in place
    assert backup.backup_on_start(paths, now + timedelta(hours=1)) is None
    assert not backup.quit_backup_owed(paths)
    assert counts(backup.list_backups(paths)[0].path) == counts(paths.db_path)


def _only_owing(real):
    """A killed process runs no ``finally``: the marker it wrote stays."""

    def owe(paths, owed):
        if owed:
            real(paths, owed)

    return owe


def test_a_cancelled_full_check_finds_nothing_and_is_not_remembered(data, now):
    paths = data
    before = health.last_full_check(paths)
    with pytest.raises(integrity.CheckInterrupted):
        integrity.full_check(paths.db_path, cancelled=lambda: True)
    with pytest.raises(integrity.CheckInterrupted):
        health.full(paths, now, cancelled=lambda: True)
    assert health.last_full_check(paths) == before and health.damage_recorded(paths) is None
    assert integrity.full_check(paths.db_path, cancelled=lambda: False).ok

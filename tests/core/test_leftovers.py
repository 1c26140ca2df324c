"""What interrupted operations leave is recognised at the next start, and never blocks."""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest
from alembic import command
from sqlalchemy import text

from cxlogger.__main__ import main
from cxlogger.core.exchange import privacy
from cxlogger.core.storage import backup, leftovers, migrate
from cxlogger.core.storage.backup import BackupError, BackupSettings
from cxlogger.core.storage.db import make_engine, open_database
from cxlogger.core.storage.instance_lock import InstanceLock
from tests.core.safety_helpers import add_customers, counts, table_dump


def cli(paths, *args):
    """The command line, acting as the owner (Alex Owner, the first staff member)."""
    acting = {"restore": "--staff", "erase-customer": "--staff", "export": "--as"}.get(args[0])
    who = [acting, "Alex Owner"] if acting else []
    return main(["--data-dir", str(paths.data_dir), *args, *who])


@pytest.fixture
def saved(db, paths, now):
    """Two customers backed up, then a third only in the live database."""
    add_customers(db, now, 2, "Before")
    info = backup.take_backup(paths, "manual", now)
    add_customers(db, now, 1, "After")
    db.dispose()
    return info


# --- restore (finding 1) --------------------------------------------------------------------


def test_a_killed_restores_leftover_does_not_block_the_next_restore(paths, now, saved, capsys):
    # what cxlogger 0.1 left when a restore was killed while staging the copy
    stale = paths.data_dir / "..cxlogger.sqlite3.restoring.partial"
    stale.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert cli(paths, "restore", str(saved.path)) == 0  # failed with "File exists" before
    assert counts(paths.db_path) == (2, 4)
    assert not stale.exists()
    assert [b.reason for b in backup.list_backups(paths)].count("before-restore") == 1


def test_a_restore_that_cannot_stage_its_copy_takes_no_safety_backup(
    paths, now, saved, monkeypatch
):
    def no_space(folder, stem, **kwargs):
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(leftovers, "private_temp", no_space)
    before = table_dump(paths.db_path)
    for _ in range(3):
        with pytest.raises(BackupError, match="could not write a backup into"):
            backup.restore_backup(paths, saved.path, now + timedelta(minutes=1))
    assert table_dump(paths.db_path) == before
    assert [b.reason for b in backup.list_backups(paths)] == ["manual"]  # no safety backups


def test_a_restore_interrupted_after_its_point_of_no_return_is_completed_at_start(
    paths, now, saved, capsys
):
    # staged (after the safety backup), then killed before the swap
    backup.take_backup(paths, "before-restore", now + timedelta(minutes=1))
    leftovers.restoring_path(paths).write_bytes(saved.path.read_bytes())
    assert counts(paths.db_path) == (3, 6)
    assert cli(paths, "backup", "--list") == 0  # any command's start finishes it
    assert "restore that was interrupted has been completed" in capsys.readouterr().err
    assert counts(paths.db_path) == (2, 4)
    assert not leftovers.restoring_path(paths).exists()


def test_a_damaged_staged_copy_is_dropped_and_the_database_kept(paths, now, saved):
    leftovers.restoring_path(paths).write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    result = leftovers.recover_on_start(paths)
    assert not result.restore_finished
    assert counts(paths.db_path) == (3, 6)
    assert not leftovers.restoring_path(paths).exists()


def test_the_staged_restore_waits_while_the_app_holds_the_lock(paths, now, saved):
    leftovers.restoring_path(paths).write_bytes(saved.path.read_bytes())
    with InstanceLock(paths.data_dir):
        assert not leftovers.recover_on_start(paths).restore_finished
    assert counts(paths.db_path) == (3, 6)
    assert leftovers.recover_on_start(paths).restore_finished
    assert counts(paths.db_path) == (2, 4)


# --- backups (finding 2) --------------------------------------------------------------------


def test_killed_backups_partials_are_swept_at_start_and_before_each_backup(
    paths, now, saved, capsys
):
    folder = paths.backup_dir
    stale = [
        folder / ".cxlogger-20260311-100000-000000-start.sqlite3.partial",  # 0.1's names
        folder / ".cxlogger-20260311-100000-000001-quit.sqlite3.0a1b2c3d.partial",
        folder / ".cxlogger-20260311-100000-000001-quit.sqlite3.0a1b2c3d.partial-journal",
    ]
    for path in stale:
        path.write_bytes(b"x" * 1000)
    other = folder / "notes.txt"  # not ours: never touched
    other.write_text("mine")
    assert cli(paths, "backup", "--list") == 0  # a start
    assert not any(p.exists() for p in stale)
    for path in stale:
        path.write_bytes(b"x" * 1000)
    backup.take_backup(paths, "manual", now + timedelta(minutes=1))  # before each backup
    assert not any(p.exists() for p in stale)
    assert other.read_text() == "mine"


def test_a_temp_file_a_running_backup_holds_is_left_alone(paths, now, saved):
    held = leftovers.private_temp(
        paths.backup_dir, "cxlogger-20260311-100000-000000-manual.sqlite3"
    )
    try:
        assert leftovers.sweep_backups(paths.backup_dir) == []
        assert held.path.exists()
        backup.take_backup(paths, "manual", now + timedelta(minutes=1))
        assert held.path.exists()
    finally:
        held.release()
    assert leftovers.sweep_backups(paths.backup_dir) == [held.path]  # its writer is gone


def test_backups_in_a_folder_the_user_picked_are_swept_too(paths, now, saved, tmp_path):
    BackupSettings(folder=str(tmp_path / "usb")).save(paths.data_dir)
    (tmp_path / "usb").mkdir()
    stale = tmp_path / "usb" / ".cxlogger-20260311-100000-000000-start.sqlite3.ab12cd34.partial"
    stale.write_bytes(b"x")
    leftovers.recover_on_start(paths)
    assert not stale.exists()


# --- migration ------------------------------------------------------------------------------


def test_a_migration_killed_by_cxlogger_0_1_left_a_table_that_no_longer_blocks(paths):
    paths.data_dir.mkdir(parents=True)
    engine = make_engine(paths.url)
    with engine.begin() as con:
        command.upgrade(migrate.alembic_config(con), "0001")
        # 0.1 committed batch mode's CREATE TABLE on its own, then was killed
        con.execute(text("CREATE TABLE _alembic_tmp_followups (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    open_database(paths).dispose()  # "table _alembic_tmp_followups already exists" before
    with closing(sqlite3.connect(paths.db_path)) as con:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert "_alembic_tmp_followups" not in names
    assert version == migrate.head_revision()


def test_a_failed_migration_changes_nothing(paths, monkeypatch):
    paths.data_dir.mkdir(parents=True)
    engine = make_engine(paths.url)
    with engine.begin() as con:
        command.upgrade(migrate.alembic_config(con), "0001")
    engine.dispose()
    before = table_dump(paths.db_path)
    with closing(sqlite3.connect(paths.db_path)) as con:
        schema = sorted(con.execute("SELECT name, sql FROM sqlite_master"))
    from alembic.runtime import migration

    real_step = migration.HeadMaintainer.update_to_step

    def die_after_0002(self, step):  # 0002's batch copy of followups has run by now
        if getattr(getattr(step, "revision", None), "revision", None) == "0002":
            raise RuntimeError("killed during 0002")
        return real_step(self, step)

    monkeypatch.setattr(migration.HeadMaintainer, "update_to_step", die_after_0002)
    with pytest.raises(Exception, match="killed during 0002"):
        open_database(paths)
    with closing(sqlite3.connect(paths.db_path)) as con:
        assert sorted(con.execute("SELECT name, sql FROM sqlite_master")) == schema
    assert table_dump(paths.db_path) == before


# --- erase ----------------------------------------------------------------------------------


def test_an_erase_interrupted_before_its_purge_is_finished_at_the_next_opening(
    db, paths, now, capsys
):
    (cid,) = add_customers(db, now, 1, "Wombat")
    add_customers(db, now, 1, "Keep")
    db.dispose()
    leftovers.mark_purge_pending(paths)
    # the rows were deleted and committed, then the process died before VACUUM
    with closing(sqlite3.connect(paths.db_path)) as con:
        con.execute("PRAGMA journal_mode=WAL")
        for table in ("followups", "feedback", "promises", "interactions", "change_log"):
            con.execute(f"DELETE FROM {table} WHERE customer_id = ?", (cid,))
        con.execute("DELETE FROM customers WHERE id = ?", (cid,))
        con.commit()
    assert cli(paths, "due") == 0
    assert not leftovers.purge_marker(paths).exists()
    assert counts(paths.db_path) == (1, 2)


def test_an_erase_that_finds_no_customer_leaves_no_marker(db, paths):
    with pytest.raises(privacy.CustomerNotFoundError):
        privacy.erase_customer(db, 999)
    assert not leftovers.purge_marker(paths).exists()


def test_a_completed_erase_leaves_no_marker(db, paths, now):
    (cid,) = add_customers(db, now, 1, "Wombat")
    privacy.erase_customer(db, cid)
    assert not leftovers.purge_marker(paths).exists()


# --- exports --------------------------------------------------------------------------------


def test_export_temp_files_of_a_killed_export_are_swept_by_the_next(db, paths, now, tmp_path):
    add_customers(db, now, 1)
    db.dispose()
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".money.csv.1a2b3c4d.part"
    stale.write_text("half")
    unrelated = out / ".other.csv.1a2b3c4d.part"  # not the file being exported
    unrelated.write_text("half")
    os.utime(stale, (0, 0))
    assert cli(paths, "export", "money", "-o", str(out / "money.csv")) == 0
    assert sorted(p.name for p in out.iterdir()) == [".other.csv.1a2b3c4d.part", "money.csv"]


def test_a_killed_customer_export_leaves_a_folder_the_next_one_removes(db, paths, now, tmp_path):
    (cid,) = add_customers(db, now, 1)
    out = tmp_path / "out"
    (out / f".customer-{cid}-20260311-100000.0a0b0c0d.partial").mkdir(parents=True)
    with db.session() as session:
        first = privacy.export_customer(session, cid, out, now)
        second = privacy.export_customer(session, cid, out, now)  # same second: no clash
    assert sorted(p.name for p in out.iterdir()) == sorted([first.name, second.name])


def test_an_old_local_json_temp_is_swept_but_not_one_being_written(paths, db):
    old = paths.data_dir / ".local-abc123.json"
    old.write_text("{")
    os.utime(old, (1, 1))
    fresh = paths.data_dir / ".local-def456.json"  # another process may be writing it now
    fresh.write_text("{")
    removed = leftovers.recover_on_start(paths).removed
    assert removed == [old]
    assert fresh.exists()

import os
import sqlite3
import stat
from contextlib import closing
from datetime import datetime, timedelta, timezone

import pytest
from alembic import command
from sqlalchemy import text

from cxlogger.__main__ import main
from cxlogger.core.errors import NotADatabaseError
from cxlogger.core.storage import backup, migrate
from cxlogger.core.storage.backup import BackupError, BackupSettings
from cxlogger.core.storage.db import make_engine, open_database
from cxlogger.core.storage.instance_lock import InstanceLock
from cxlogger.core.storage.paths import AppPaths
from tests.core.safety_helpers import add_customers, counts, digest, table_dump


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_backup_is_a_private_checked_copy_with_the_counts(tmp_path, now):
    old = os.umask(0o022)
    try:
        paths = AppPaths(tmp_path / "data")
        db = open_database(paths)
        add_customers(db, now, 3)
        # the app still has the database open, with recent commits only in the -wal
        assert os.path.getsize(str(paths.db_path) + "-wal") > 0
        info = backup.take_backup(paths, "manual", now)
    finally:
        os.umask(old)
    db.dispose()
    assert info.path.parent == paths.backup_dir
    assert mode(info.path) == 0o600
    assert mode(paths.backup_dir) == 0o700
    assert (info.customers, info.interactions) == (3, 6)
    assert info.size == info.path.stat().st_size > 0
    assert info.created_at == now and info.reason == "manual"
    with closing(sqlite3.connect(info.path)) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert table_dump(info.path) == table_dump(paths.db_path)
    assert sorted(os.listdir(paths.backup_dir)) == [info.path.name]  # no temp file left


def test_backup_sees_only_committed_data(db, paths, now):
    add_customers(db, now, 1)
    with db.engine.connect() as con:
        con.execute(text("INSERT INTO settings(key, value) VALUES ('half', '1')"))
        info = backup.take_backup(paths, "manual", now)  # a transaction is open
        con.rollback()
    with closing(sqlite3.connect(info.path)) as c:
        assert c.execute("SELECT count(*) FROM settings WHERE key='half'").fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM customers").fetchone()[0] == 1


def test_backups_go_to_the_folder_the_user_picked(db, paths, now, tmp_path):
    BackupSettings(folder=str(tmp_path / "usb" / "cx")).save(paths.data_dir)
    info = backup.take_backup(paths, "manual", now)
    assert info.path.parent == tmp_path / "usb" / "cx"
    assert mode(info.path) == 0o600
    assert [b.path for b in backup.list_backups(paths)] == [info.path]
    assert not paths.backup_dir.exists()


def test_start_backup_at_most_once_per_interval(db, paths, now):
    first = backup.backup_on_start(paths, now)
    assert first is not None and first.reason == "start"
    assert backup.backup_on_start(paths, now + timedelta(hours=23)) is None
    assert backup.backup_on_start(paths, now + timedelta(hours=24, minutes=1)) is not None
    # a manual backup also counts as recent
    backup.take_backup(paths, "manual", now + timedelta(hours=30))
    assert backup.backup_on_start(paths, now + timedelta(hours=31)) is None
    BackupSettings(interval_hours=0.5).save(paths.data_dir)  # settable
    assert backup.backup_on_start(paths, now + timedelta(hours=31)) is not None
    assert len(backup.list_backups(paths)) == 4


def test_quit_backup_can_be_switched_off(db, paths, now):
    assert backup.backup_on_quit(paths, now).reason == "quit"
    BackupSettings(on_quit=False).save(paths.data_dir)
    assert backup.backup_on_quit(paths, now + timedelta(minutes=1)) is None


def test_a_backup_is_taken_before_a_migration(paths, now):
    paths.data_dir.mkdir(parents=True)
    engine = make_engine(paths.url)
    with engine.begin() as con:
        command.upgrade(migrate.alembic_config(con), "0001")
        con.execute(text("INSERT INTO settings(key, value) VALUES ('old', '1')"))
    engine.dispose()
    before = digest(paths.db_path)
    db = open_database(paths, before_migrate=backup.before_migrate_hook(paths))
    db.dispose()
    (info,) = backup.list_backups(paths)
    assert info.reason == "before-migrate"
    assert info.revision == "0001"  # the database as it was before the upgrade
    with closing(sqlite3.connect(info.path)) as con:
        assert con.execute("SELECT value FROM settings WHERE key='old'").fetchone() == ("1",)
    assert digest(paths.db_path) != before  # and then it was upgraded


def test_no_migration_without_a_backup(paths, tmp_path):
    paths.data_dir.mkdir(parents=True)
    engine = make_engine(paths.url)
    with engine.begin() as con:
        command.upgrade(migrate.alembic_config(con), "0001")
    engine.dispose()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    BackupSettings(folder=str(blocker)).save(paths.data_dir)
    before = digest(paths.db_path)
    with pytest.raises(Exception, match="could not back it up first"):
        open_database(paths, before_migrate=backup.before_migrate_hook(paths))
    assert digest(paths.db_path) == before


def times(start, step, count):
    return [start - step * i for i in range(count)]


def test_rotation_keeps_last_ten_then_daily_weekly_monthly(tmp_path, now):
    folder = tmp_path / "backups"
    folder.mkdir()
    every_twelve_hours = times(now, timedelta(hours=12), 2 * 420)  # 420 days of backups
    for t in every_twelve_hours:
        (folder / backup.backup_name(t, "start")).write_bytes(b"")
    (folder / "notes.txt").write_text("mine")
    (folder / "cxlogger-old-copy.sqlite3").write_bytes(b"not ours to delete")
    backup.rotate(folder, BackupSettings(), now)
    kept = sorted(
        (backup.parse_name(p.name)[0] for p in folder.iterdir() if backup.parse_name(p.name)),
        reverse=True,
    )
    assert kept[:10] == every_twelve_hours[:10]
    days = {t.date() for t in kept if now - t <= timedelta(days=14)}
    assert len(days) == 15  # today and each of the 14 days before
    weeks = {t.isocalendar()[:2] for t in kept if now - t <= timedelta(weeks=13)}
    assert len(weeks) >= 13
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 13  # this month and the twelve before
    assert min(kept) >= datetime(2025, 3, 11, tzinfo=timezone.utc)
    older = [t for t in kept if now - t > timedelta(weeks=13)]
    assert len(older) == len({(t.year, t.month) for t in older})  # one per month there
    assert len(kept) < 60
    assert (folder / "notes.txt").exists() and (folder / "cxlogger-old-copy.sqlite3").exists()


def test_rotation_over_time_never_loses_a_period(now):
    """Rotating after each backup, as the app does, still leaves one per day, week, month."""
    settings = BackupSettings()
    start = now - timedelta(days=500)
    kept: set[datetime] = set()
    t = start
    while t <= now:
        kept = backup.kept_by_rotation(kept | {t}, settings, t)
        t += timedelta(hours=7)
    last = max(kept)
    for d in range(14):
        day = (last - timedelta(days=d)).date()
        assert any(k.date() == day for k in kept), day
    for w in range(12):
        week = (last - timedelta(weeks=w)).isocalendar()[:2]
        assert any(k.isocalendar()[:2] == week for k in kept), week
    month_keys = {(k.year, k.month) for k in kept}
    for m in range(12):
        moment = backup._months_before(last, m)
        assert (moment.year, moment.month) in month_keys


def test_rotation_is_settable(tmp_path, now):
    folder = tmp_path / "b"
    folder.mkdir()
    for t in times(now, timedelta(days=1), 30):
        (folder / backup.backup_name(t, "quit")).write_bytes(b"")
    settings = BackupSettings(keep_last=3, daily_days=0, weekly_weeks=0, monthly_months=0)
    removed = backup.rotate(folder, settings, now)
    assert len(removed) == 27
    assert len(list(folder.iterdir())) == 3


def test_taking_a_backup_rotates_old_ones(db, paths, now):
    settings = BackupSettings(keep_last=2, daily_days=0, weekly_weeks=0, monthly_months=0)
    settings.save(paths.data_dir)
    for i in range(4):
        backup.take_backup(paths, "manual", now + timedelta(minutes=i))
    assert [b.created_at for b in backup.list_backups(paths)] == [
        now + timedelta(minutes=3),
        now + timedelta(minutes=2),
    ]


def test_restore_round_trip_backs_up_the_current_database_first(db, paths, now):
    add_customers(db, now, 2, "Before")
    saved = backup.take_backup(paths, "manual", now)
    expected = table_dump(saved.path)
    add_customers(db, now, 3, "After")  # lives only in the live db (much of it in the -wal)
    db.dispose()
    current = table_dump(paths.db_path)

    result = backup.restore_backup(paths, saved.path, now + timedelta(minutes=5))

    assert table_dump(paths.db_path) == expected
    assert result.safety_backup is not None and result.safety_backup.reason == "before-restore"
    assert table_dump(result.safety_backup.path) == current
    assert (result.restored.customers, result.restored.interactions) == (2, 4)
    assert mode(paths.db_path) == 0o600
    reopened = open_database(paths)
    with reopened.session() as s:
        names = {r[0] for r in s.execute(text("SELECT name FROM customers"))}
    reopened.dispose()
    assert names == {"Before 0", "Before 1"}
    # and the round trip back again
    backup.restore_backup(paths, result.safety_backup.path, now + timedelta(minutes=6))
    assert table_dump(paths.db_path) == current


@pytest.mark.parametrize("content", [b"", b"not a database at all\n" * 50, "damaged"])
def test_restore_refuses_a_bad_file_and_changes_nothing(db, paths, now, tmp_path, content):
    add_customers(db, now, 1)
    db.dispose()
    bad = tmp_path / "bad.sqlite3"
    if content == "damaged":
        good = backup.take_backup(paths, "manual", now)
        data = bytearray(good.path.read_bytes())
        with closing(sqlite3.connect(good.path)) as con:
            root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='interactions'")
            page = root.fetchone()[0]
        data[(page - 1) * 4096 : (page - 1) * 4096 + 16] = b"\xff" * 16
        bad.write_bytes(bytes(data))
    else:
        bad.write_bytes(content)
    before, bad_before = digest(paths.db_path), digest(bad)
    n_backups = len(backup.list_backups(paths))
    with pytest.raises((BackupError, NotADatabaseError)):
        backup.restore_backup(paths, bad, now)
    assert digest(paths.db_path) == before
    assert digest(bad) == bad_before
    assert len(backup.list_backups(paths)) == n_backups


def test_backup_of_a_server_database_is_refused_with_a_sentence(tmp_path):
    paths = AppPaths(tmp_path, "postgresql://server/cx")
    with pytest.raises(BackupError, match="backed up on the server"):
        backup.take_backup(paths)
    assert backup.backup_on_start(paths) is None


def test_cli_backup_list_and_restore(db, paths, now, capsys):
    add_customers(db, now, 2)
    db.dispose()
    args = ["--data-dir", str(paths.data_dir)]
    assert main(args + ["backup"]) == 0
    out = capsys.readouterr().out
    assert "Backed up to" in out and "2 customers, 4 interactions" in out
    (info,) = backup.list_backups(paths)
    assert main(args + ["backup", "--list"]) == 0
    assert str(info.path) in capsys.readouterr().out

    db2 = open_database(paths)
    add_customers(db2, now, 1, "Later")
    db2.dispose()
    assert counts(paths.db_path) == (3, 6)
    assert main(args + ["restore", str(info.path), "--staff", "Alex Owner"]) == 0  # an owner
    assert counts(paths.db_path) == (2, 4)
    assert "backed up in" in capsys.readouterr().out

    # while the app runs on this folder, the command line does not restore under it
    with InstanceLock(paths.data_dir):
        assert main(args + ["restore", str(info.path)]) == 2
    assert "close it before you restore" in capsys.readouterr().err

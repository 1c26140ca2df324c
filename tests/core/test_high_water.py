"""Issue 9, finding 5: commits lost with a damaged -wal are noticed, not silent."""

import os
import shutil
import sqlite3
import time
from contextlib import closing
from datetime import timedelta

import pytest
from sqlalchemy import text

from cxlogger.__main__ import main
from cxlogger.core.reminders import high_water
from cxlogger.core.storage import backup, health, integrity
from cxlogger.core.storage.db import open_database
from cxlogger.core.storage.paths import AppPaths
from tests.core.safety_helpers import add_customers, counts, digest

PAGE = 4096
WAL_HEADER, FRAME_HEADER = 32, 24


def crash_copy(paths: AppPaths, target: AppPaths) -> None:
    """The data folder as a crash leaves it: database, -wal and mark, never checkpointed."""
    target.data_dir.mkdir(parents=True)
    for suffix in ("", "-wal", high_water.SUFFIX):
        shutil.copyfile(str(paths.db_path) + suffix, str(target.db_path) + suffix)
    shutil.copytree(paths.backup_dir, target.backup_dir)


def damage_wal(db_path, where: str) -> None:
    wal = str(db_path) + "-wal"
    data = bytearray(open(wal, "rb").read())
    frames = (len(data) - WAL_HEADER) // (FRAME_HEADER + PAGE)
    if where == "header":
        data[12] ^= 0xFF  # the checkpoint sequence number: the header checksum fails
    else:
        at = WAL_HEADER + (frames // 2) * (FRAME_HEADER + PAGE) + FRAME_HEADER + 100
        data[at] ^= 0xFF  # a byte of a page in the middle: that frame's checksum fails
    open(wal, "wb").write(bytes(data))


@pytest.fixture
def crashed(tmp_path, now):
    """12 acknowledged transactions in the -wal after a backup, as a crash leaves them."""
    live = AppPaths(tmp_path / "live")
    db = open_database(live)
    add_customers(db, now, 2)
    good = backup.take_backup(live, "manual", now)  # checkpoints: the -wal starts empty
    for i in range(12):
        add_customers(db, now, 1, f"Acknowledged {i}", per_customer=1)
    assert counts(live.db_path) == (14, 16)
    paths = AppPaths(tmp_path / "data")
    crash_copy(live, paths)
    db.dispose()
    good = backup.read_info(paths.backup_dir / good.path.name)
    return paths, good


def test_every_writing_commit_raises_the_mark_and_reads_do_not(db, paths, now):
    start = high_water.database_counter(paths.db_path)
    with db.session() as s:  # one transaction that writes
        s.execute(text("INSERT INTO settings(key, value) VALUES ('x', '1')"))
        s.commit()
    assert high_water.read_mark(paths.db_path) == start + 1
    with db.session() as s:  # one that only reads
        s.execute(text("SELECT count(*) FROM customers")).all()
        s.commit()
    assert high_water.read_mark(paths.db_path) == start + 1
    assert high_water.database_counter(paths.db_path) == start + 1
    assert oct(os.stat(high_water.mark_path(paths.db_path)).st_mode & 0o777) == "0o600"
    assert high_water.check(paths.db_path) is None


@pytest.mark.parametrize("where", ["frame", "header"])
def test_the_high_water_mark_catches_a_damaged_wal(crashed, now, capsys, where):
    paths, good = crashed
    damage_wal(paths.db_path, where)
    damaged_wal = digest(str(paths.db_path) + "-wal")
    # what SQLite itself makes of it: some or all of the 12 are silently gone, healthy
    assert integrity.full_check(paths.db_path).ok
    customers, _ = counts(paths.db_path)
    lost = 14 - customers
    assert (lost == 12) if where == "header" else (0 < lost < 12)

    behind = high_water.check(paths.db_path)
    assert behind is not None and behind.missing >= lost  # two commits per customer

    # cxlogger check says so (exit 1), and commands refuse to write on top of it
    assert main(["--data-dir", str(paths.data_dir), "check"]) == 1
    out = capsys.readouterr().out
    assert f"missing its last {behind.missing} saved changes" in out and "-wal" in out
    with pytest.raises(SystemExit):
        main(["--data-dir", str(paths.data_dir), "due"])
    assert "cxlogger check --go-on" in capsys.readouterr().err

    # the start warns, keeps the files aside, and offers the backup only if it holds more;
    # nothing so far has touched the damaged -wal (it is the only copy of what was lost)
    check = integrity.check_on_start(paths, now + timedelta(hours=1))
    assert not check.ok and check.behind == behind
    assert digest(check.quarantine_dir / (paths.db_path.name + "-wal")) == damaged_wal
    assert check.good_backup is None  # the backup is older than what survived
    assert "No backup holds those changes" in check.message()


def test_the_cli_can_go_on_without_the_lost_changes(crashed, now, capsys):
    paths, good = crashed
    damage_wal(paths.db_path, "header")
    assert main(["--data-dir", str(paths.data_dir), "check", "--go-on"]) == 0
    assert "Going on without them" in capsys.readouterr().out
    assert high_water.check(paths.db_path) is None
    assert main(["--data-dir", str(paths.data_dir), "due"]) == 0


def test_a_database_behind_a_newer_backup_is_offered_that_backup(crashed, now):
    paths, good = crashed
    # a backup taken after the 12 commits (e.g. on quit), then the -wal damaged
    newer = paths.backup_dir / backup.backup_name(now + timedelta(minutes=30), "quit")
    with closing(sqlite3.connect(f"file:{paths.db_path}?mode=ro", uri=True)) as con:
        con.execute("VACUUM INTO ?", (str(newer),))
    damage_wal(paths.db_path, "header")
    check = integrity.check_on_start(paths, now + timedelta(hours=1))
    assert check.behind is not None and check.good_backup.path == newer
    assert "holds changes the database lacks" in check.message()
    backup.restore_backup(paths, newer, backup_current=False)
    assert counts(paths.db_path) == (14, 16)
    assert high_water.check(paths.db_path) is None  # the restored file is the new mark
    assert integrity.check_on_start(paths).ok


def test_no_false_alarm_after_a_restore_of_an_older_backup_or_a_new_database(db, paths, now):
    add_customers(db, now, 1)
    old = backup.take_backup(paths, "manual", now)
    add_customers(db, now, 3, "Later")
    db.dispose()
    backup.restore_backup(paths, old.path, now=now + timedelta(minutes=1))
    assert high_water.check(paths.db_path) is None
    assert health.refuse_if_damaged(paths).ok
    # the demo's --reset (or a deleted database) starts a new file: a new count
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(str(paths.db_path) + suffix):
            os.remove(str(paths.db_path) + suffix)
    open_database(paths).dispose()
    assert high_water.check(paths.db_path) is None


def test_the_mark_costs_little_per_commit(tmp_path):
    """Per-commit cost of the mark (header counter + 21 bytes in place), against plain
    commits (sqlite3, WAL, synchronous=FULL), interleaved so machine load hits both."""
    db_path = tmp_path / "x.sqlite3"

    def per_commit(factory, n=50) -> float:
        con = sqlite3.connect(db_path, factory=factory)
        try:
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=FULL")
            con.execute("CREATE TABLE IF NOT EXISTS t(k)")
            started = time.perf_counter()
            for i in range(n):
                con.execute("INSERT INTO t VALUES (?)", (i,))
                con.commit()
            return (time.perf_counter() - started) / n
        finally:
            con.close()

    marking = high_water.connection_factory(db_path)
    plain, marked = [], []
    for _ in range(3):
        plain.append(per_commit(sqlite3.Connection))
        marked.append(per_commit(marking))
    started = time.perf_counter()
    for i in range(1000):
        high_water.write_mark(db_path, i)
    write = (time.perf_counter() - started) / 1000
    print(
        f"\nper commit: plain {min(plain) * 1e6:.0f} µs, with the mark {min(marked) * 1e6:.0f} µs;"
        f" writing the mark alone {write * 1e6:.0f} µs"
    )
    assert high_water.read_mark(db_path) == 999
    assert high_water.database_counter(db_path) == 150  # every marked commit counted
    assert write < 0.0005  # the mark's own write is far below a commit's sync

"""Restore, backup, export, erase and migrate killed at random moments: the next attempt
succeeds, nothing is lost, and no leftover remains.

One helper process (tests/core/kill_worker.py) imports everything once and forks
a child per attempt, which runs the operation through the same calls the CLI
makes; the test SIGKILLs the child after a random delay between zero and a bit
more than the operation takes on this machine (measured first), so kills land
before, inside and after every step. Then the next attempt runs through the
command line (``cxlogger ...``, in this process), as a user would retry.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from cxlogger.__main__ import main
from cxlogger.core.storage import backup, leftovers, migrate
from cxlogger.core.storage.db import make_engine, open_database
from cxlogger.core.storage.paths import AppPaths
from tests.core.safety_helpers import add_customers, counts, table_dump

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or sys.platform == "darwin", reason="needs fork and SIGKILL"
)

KILLS = 20
ROOT = Path(__file__).resolve().parents[2]
FIGURES: dict[str, Stats] = {}


@dataclass
class Stats:
    kills: int = 0
    finished_anyway: int = 0  # the child completed before the kill landed
    left_something: int = 0  # a kill left a leftover that the next start had to handle
    next_ok: int = 0
    notes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"{self.kills} kills ({self.kills - self.finished_anyway} before it finished, "
            f"{self.left_something} left something behind), next attempt succeeded "
            f"{self.next_ok}/{self.kills}"
        )


class Worker:
    def __init__(self):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.core.kill_worker"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        assert self.proc.stdout.readline() == "ready\n"

    def run(self, job: dict, kill_after: float | None = None) -> str:
        """Run ``job`` in a forked child; 'ok …', 'err …', or 'killed'."""
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()
        first = self.proc.stdout.readline().split()
        assert first and first[0] == "pid", first
        if kill_after is not None:
            time.sleep(kill_after)
            try:
                os.kill(int(first[1]), signal.SIGKILL)
            except ProcessLookupError:
                pass
        outcome = "killed"
        while True:
            line = self.proc.stdout.readline()
            assert line, "the helper died"
            if line == "done\n":
                return outcome
            outcome = line.strip()

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def worker():
    w = Worker()
    yield w
    w.close()
    for name, stats in FIGURES.items():
        print(f"\n{name}: {stats}")


def kill_rounds(worker: Worker, job_for, next_attempt, name: str, seed: int) -> Stats:
    """Calibrate on one unkilled run, then KILLS rounds of kill → check → next attempt."""
    rng = random.Random(seed)
    took = float("inf")
    for calibration in (-1, -2):  # calibrate: the quicker of two unkilled runs
        outcome = worker.run(job_for(calibration))
        assert outcome.startswith("ok"), outcome
        took = min(took, float(outcome.split()[1]))
    stats = Stats()
    for round_no in range(KILLS):
        outcome = worker.run(job_for(round_no), kill_after=rng.uniform(0, took))
        if outcome.startswith("ok"):  # this machine is quicker now: aim shorter
            took = min(took, float(outcome.split()[1]))
        assert not outcome.startswith("err"), outcome
        stats.kills += 1
        stats.finished_anyway += outcome.startswith("ok")
        # asserts that the next attempt succeeded; True if the kill left something
        stats.left_something += bool(next_attempt(round_no))
        stats.next_ok += 1
    FIGURES[name] = stats
    return stats


def temp_leftovers(*folders: Path) -> list[str]:
    """Anything that looks like the remains of unfinished work."""
    found = []
    for folder in folders:
        if not folder.exists():
            continue
        for path in folder.rglob("*"):
            name = path.name
            if (
                name.startswith(".")
                or name.endswith(("-journal", ".partial", ".part"))
                or "restoring" in name
            ):
                found.append(str(path.relative_to(folder)))
    return found


def cli(paths: AppPaths, *args: str) -> int:
    """The command line, acting as the owner (Alex Owner, the first staff member)."""
    acting = {"restore": "--staff", "erase-customer": "--staff", "export": "--as"}.get(args[0])
    who = [acting, "Alex Owner"] if acting else []
    return main(["--data-dir", str(paths.data_dir), *args, *who])


def backups_ok(paths: AppPaths) -> None:
    """Every file in the backup folder is a whole, readable backup."""
    infos = backup.list_backups(paths)
    names = sorted(os.listdir(paths.backup_dir))
    assert names == sorted(i.path.name for i in infos), names
    assert all(i.readable for i in infos), [i.problem for i in infos]


# --- backup ---------------------------------------------------------------------------------


def test_killed_backups_leave_nothing_and_the_next_backup_works(worker, paths, now, capsys):
    db = open_database(paths)
    add_customers(db, now, 3)
    db.dispose()

    def next_attempt(_round) -> bool:
        had = bool(temp_leftovers(paths.backup_dir))
        assert cli(paths, "backup") == 0
        assert not temp_leftovers(paths.data_dir), temp_leftovers(paths.data_dir)
        backups_ok(paths)
        assert all((i.customers, i.interactions) == (3, 6) for i in backup.list_backups(paths))
        return had

    stats = kill_rounds(
        worker,
        lambda _r: {"op": "backup", "data_dir": str(paths.data_dir)},
        next_attempt,
        "backup",
        1,
    )
    capsys.readouterr()
    assert stats.next_ok == KILLS
    assert stats.kills - stats.finished_anyway >= KILLS // 2
    # the folder is bounded by rotation (keep_last 10, all on one day) whatever happened
    infos = backup.list_backups(paths)
    assert len(infos) <= backup.BackupSettings().keep_last
    assert sum(i.size for i in infos) <= backup.BackupSettings().keep_last * infos[0].size


def test_killed_backups_on_quit_are_taken_by_the_next_start(worker, paths, now, capsys):
    """Logging out may end the process while its backup on quit copies: nothing half-made
    is kept, and the next start takes the backup that was owed."""
    from cxlogger.core.timeutil import utcnow
    from tests.core.test_quick_backups import put_setting, setting_in

    db = open_database(paths)
    add_customers(db, now, 3)
    db.dispose()
    backup.take_backup(paths, "manual")
    rng = random.Random(7)
    job = {"op": "quit-backup", "data_dir": str(paths.data_dir)}
    put_setting(paths.db_path, "calibration")
    outcome = worker.run(job)
    assert outcome.startswith("ok"), outcome
    took = float(outcome.split()[1])
    stats = Stats()
    owed_and_taken = 0
    for round_no in range(KILLS):
        value = f"entered before quit {round_no}"
        put_setting(paths.db_path, value)
        newest_before = backup.list_backups(paths, with_counts=False)[0].path
        outcome = worker.run(job, kill_after=rng.uniform(0, took))
        assert not outcome.startswith("err"), outcome
        stats.kills += 1
        stats.finished_anyway += outcome.startswith("ok")
        owed = backup.quit_backup_owed(paths)
        began = owed or backup.list_backups(paths, with_counts=False)[0].path != newest_before
        stats.left_something += bool(temp_leftovers(paths.backup_dir))
        info = backup.backup_on_start(paths, utcnow())  # the next start (interval not due)
        owed_and_taken += info is not None
        assert not temp_leftovers(paths.backup_dir) and not backup.quit_backup_owed(paths)
        backups_ok(paths)
        if began:  # killed before it even wrote that it was owed: nothing to ask of it
            assert setting_in(backup.list_backups(paths)[0].path) == value
        stats.next_ok += 1
    FIGURES["backup on quit"] = stats
    capsys.readouterr()
    assert stats.kills - stats.finished_anyway >= KILLS // 2
    assert owed_and_taken >= KILLS // 4  # the owed path was taken, not only quits that ended


# --- restore --------------------------------------------------------------------------------


def test_killed_restores_never_block_the_next_and_lose_nothing(
    worker, paths, now, tmp_path, capsys
):
    db = open_database(paths)
    add_customers(db, now, 2, "Two")
    first = backup.take_backup(paths, "manual", now)
    add_customers(db, now, 1, "Three")
    second = backup.take_backup(paths, "manual", now.replace(minute=5))
    db.dispose()
    targets = []  # kept outside the backup folder, where rotation would remove them
    for info in (first, second):
        targets.append(tmp_path / info.path.name)
        targets[-1].write_bytes(info.path.read_bytes())
    expected = {p: table_dump(p) for p in targets}

    def job(round_no):
        return {
            "op": "restore",
            "data_dir": str(paths.data_dir),
            "file": str(targets[round_no % 2]),
        }

    before = {}

    def next_attempt(round_no) -> bool:
        target = targets[round_no % 2]
        had = bool(temp_leftovers(paths.data_dir))
        # a start finds the database as it was or as restored, never anything between
        leftovers.recover_on_start(paths)
        now_dump = table_dump(paths.db_path)
        assert now_dump in (before.get("dump"), expected[target])
        assert cli(paths, "restore", str(target)) == 0
        assert table_dump(paths.db_path) == expected[target]
        assert not temp_leftovers(paths.data_dir), temp_leftovers(paths.data_dir)
        backups_ok(paths)
        before["dump"] = expected[target]
        return had

    before["dump"] = expected[targets[0]]  # what the last calibration run restores
    stats = kill_rounds(worker, job, next_attempt, "restore", 2)
    capsys.readouterr()
    assert stats.next_ok == KILLS
    assert stats.kills - stats.finished_anyway >= KILLS // 2


# --- export ---------------------------------------------------------------------------------


def test_killed_exports_leave_no_temp_files_and_the_next_export_works(
    worker, paths, now, tmp_path, capsys
):
    db = open_database(paths)
    ids = add_customers(db, now, 30, per_customer=3)
    db.dispose()
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "interactions.csv"

    def job(_round):
        return {
            "op": "export",
            "data_dir": str(paths.data_dir),
            "target": str(target),
            "folder": str(out),
            "customer_id": ids[0],
        }

    def next_attempt(_round) -> bool:
        had = bool(temp_leftovers(out))
        assert cli(paths, "export", "interactions", "-o", str(target)) == 0
        assert cli(paths, "customer-export", str(ids[0]), "-o", str(out)) == 0
        assert not temp_leftovers(out, paths.data_dir), temp_leftovers(out, paths.data_dir)
        assert len(target.read_text(encoding="utf-8-sig").splitlines()) == 1 + 90
        return had

    stats = kill_rounds(worker, job, next_attempt, "export", 3)
    capsys.readouterr()
    assert stats.next_ok == KILLS
    assert stats.left_something >= 1  # kills did land while a temporary file existed
    folders = [p for p in out.iterdir() if p.is_dir()]
    assert folders and all((f / "customer.json").exists() for f in folders)


# --- erase ----------------------------------------------------------------------------------


def test_killed_erases_are_finished_and_leave_no_trace(worker, paths, now, capsys):
    db = open_database(paths)
    add_customers(db, now, 5, "Keep")
    ids = add_customers(db, now, KILLS + 2, "Quokka", per_customer=2)
    db.dispose()
    names = {cid: f"quokka {i}" for i, cid in enumerate(ids)}

    def job(round_no):
        return {"op": "erase", "data_dir": str(paths.data_dir), "customer_id": ids[round_no + 2]}

    def traces(word: bytes) -> bool:
        found = False
        for suffix in ("", "-wal"):
            path = Path(str(paths.db_path) + suffix)
            if path.exists():
                found |= word in path.read_bytes().lower()
        return found

    def next_attempt(round_no) -> bool:
        cid = ids[round_no + 2]
        had = leftovers.purge_marker(paths).exists()
        with closing(sqlite3.connect(paths.db_path)) as con:  # all or nothing
            n = con.execute(
                "SELECT count(*) FROM interactions WHERE customer_id = ?", (cid,)
            ).fetchone()[0]
            present = con.execute("SELECT count(*) FROM customers WHERE id = ?", (cid,)).fetchone()
        assert (present[0], n) in ((1, 2), (0, 0))
        status = cli(paths, "erase-customer", str(cid), "--yes")
        assert status == (0 if present[0] else 2)
        assert not leftovers.purge_marker(paths).exists()
        assert not traces(f"{names[cid]} call".encode()), names[cid]
        assert not temp_leftovers(paths.data_dir), temp_leftovers(paths.data_dir)
        return had

    stats = kill_rounds(worker, job, next_attempt, "erase", 4)
    capsys.readouterr()
    assert stats.next_ok == KILLS
    assert counts(paths.db_path) == (5, 10)


# --- migration ------------------------------------------------------------------------------


def test_killed_migrations_leave_nothing_and_the_next_start_upgrades(
    worker, paths, now, tmp_path, capsys
):
    template = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{template}")
    with engine.begin() as con:
        command.upgrade(migrate.alembic_config(con), "0001")
        con.execute(text("INSERT INTO staff VALUES (1, 'Alex Owner', 1, '2026-01-01 09:00:00')"))
        for i in range(40):
            con.execute(
                text(
                    "INSERT INTO customers (name, company, email, phone, email_norm, phone_norm,"
                    " tags, notes, consent, archived, created_at, updated_at, created_by_id,"
                    " owner_id) VALUES (:n, '', '', '', '', '', '', '', 1, 0,"
                    " '2026-01-01 09:00:00', '2026-01-01 09:00:00', 1, 1)"
                ),
                {"n": f"Old {i}"},
            )
            con.execute(
                text(
                    "INSERT INTO followups (kind, rule_key, title, customer_id, owner_id, due_at,"
                    " status, done_note, created_at) VALUES ('thank', :k, 't', :c, 1,"
                    " '2026-01-02 10:00:00', 'open', '', '2026-01-02 10:00:00')"
                ),
                {"k": f"thank:{i}", "c": i + 1},
            )
        con.execute(text("PRAGMA journal_mode=DELETE"))
    engine.dispose()
    old_bytes = template.read_bytes()
    paths.data_dir.mkdir(parents=True)

    def fresh_old_database() -> None:
        # a different file put in place by hand: its own count of changes, no old mark
        for suffix in ("-wal", "-shm", "-journal", ".high-water"):
            Path(str(paths.db_path) + suffix).unlink(missing_ok=True)
        paths.db_path.write_bytes(old_bytes)

    def job(_round):
        fresh_old_database()
        return {"op": "migrate", "data_dir": str(paths.data_dir)}

    def next_attempt(_round) -> bool:
        had = bool(temp_leftovers(paths.backup_dir))
        with closing(sqlite3.connect(paths.db_path)) as con:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        had |= any(t.startswith("_alembic_tmp") for t in tables)
        assert cli(paths, "due") == 0
        with closing(sqlite3.connect(paths.db_path)) as con:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            assert not any(t.startswith("_alembic_tmp") for t in tables)
            assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (
                migrate.head_revision(),
            )
            # the old thank-yous all kept (`due` also finds these customers, not contacted
            # since January, past the default keep-in-touch cadence: issue 11)
            kept = "SELECT count(*) FROM followups WHERE kind != 'keep_in_touch'"
            assert con.execute(kept).fetchone() == (40,)
        assert counts(paths.db_path)[0] == 40
        assert not temp_leftovers(paths.data_dir), temp_leftovers(paths.data_dir)
        backups_ok(paths)
        return had

    stats = kill_rounds(worker, job, next_attempt, "migrate", 5)
    capsys.readouterr()
    assert stats.next_ok == KILLS
    assert stats.kills - stats.finished_anyway >= KILLS // 2

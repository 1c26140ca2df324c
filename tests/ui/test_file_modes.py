"""Everything cxlogger creates in the data folder is 0600 (folders 0700), whatever the umask.

Each kind of file is made by the code that makes it in use: the database and its
WAL, local.json, the instance lock, window.ini (written by Qt), the log and its
rotated copies, damaged/ copies, backups, a restore's staged copy, an erase's
marker, the demo folder, and a CSV export's temporary file.
"""

from __future__ import annotations

import logging
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from cxlogger.core.exchange import csv_export, privacy
from cxlogger.core.exchange.csv_export import ExportOptions
from cxlogger.core.storage import backup, health, integrity, leftovers, local_config
from cxlogger.core.storage.db import open_database
from cxlogger.core.storage.instance_lock import InstanceLock
from cxlogger.core.storage.paths import AppPaths
from cxlogger.ui import error_handling
from cxlogger.ui.context import window_settings
from tests.core.safety_helpers import add_customers


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def modes_in(folder: Path) -> dict[str, int]:
    found = {".": mode(folder)}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = mode(path)
    return found


def make_every_kind_of_file(paths: AppPaths, now) -> list[int]:
    """Run the real code paths that write into the data folder; returns modes seen mid-way."""
    seen = []
    db = open_database(paths)  # the folder, the database, its -wal and -shm
    (cid,) = add_customers(db, now, 1)
    add_customers(db, now, 1, "Other")
    local_config.update(paths.data_dir, staff_id=1)  # local.json
    backup.BackupSettings().save(paths.data_dir)
    lock = InstanceLock(paths.data_dir).acquire()  # cxlogger.lock
    settings = window_settings(paths)  # window.ini, written by Qt
    settings.setValue("main/geometry", b"0123")
    settings.sync()
    log_path = error_handling.log_to_file(paths.data_dir)  # cxlogger.log, rotated
    handler = logging.getLogger().handlers[-1]
    handler.maxBytes = 200
    try:
        for i in range(20):
            logging.getLogger("cxlogger.test").warning("line %d %s", i, "x" * 40)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert Path(f"{log_path}.2").exists()
    info = backup.take_backup(paths, "manual", now)  # backups/

    out = paths.data_dir / "exports"  # an export into the data folder: its temporary file

    def progress(done, total):
        for tmp in out.glob(".*.part"):
            seen.append(mode(tmp))

    out.mkdir(mode=0o700)
    with db.session() as session:
        csv_export.export_csv(
            session, ExportOptions("interactions"), out / "i.csv", progress=progress, chunk=1
        )
    (out / "i.csv").unlink()  # the finished export follows the umask, by design
    (paths.data_dir / "customers").mkdir(mode=0o700)  # a folder the user chose
    with db.session() as session:
        privacy.export_customer(session, cid, paths.data_dir / "customers", now)
    leftovers.mark_purge_pending(paths)  # an erase's marker
    seen.append(mode(leftovers.purge_marker(paths)))
    privacy.erase_customer(db, cid)
    db.dispose()
    integrity.quarantine(paths, now)  # damaged/<time>/
    held = backup.stage_copy(info.path, paths.data_dir, "cxlogger.sqlite3.restoring")
    seen.append(mode(held.path))  # a restore's staged copy
    held.discard()
    backup.restore_backup(paths, info.path, now + timedelta(minutes=1))
    health.record(paths, integrity.CheckResult(True), now)  # health.json
    open_database(paths.demo()).dispose()  # demo/
    lock.release()
    return seen


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o000])
def test_every_file_in_the_data_folder_is_private_whatever_the_umask(qapp, tmp_path, now, umask):
    paths = AppPaths(tmp_path / "home" / "share" / "cxlogger")
    old = os.umask(umask)
    try:
        seen = make_every_kind_of_file(paths, now)
    finally:
        os.umask(old)
    found = modes_in(paths.data_dir)
    expected_names = {
        "cxlogger.sqlite3",
        "cxlogger.sqlite3.high-water",  # the count of saved changes (core.high_water)
        "local.json",
        "health.json",  # when the full check last passed (core.health)
        "cxlogger.lock",
        "window.ini",
        "cxlogger.log",
        "cxlogger.log.1",
        "cxlogger.log.2",
        "backups",
        "damaged",
        "demo",
        "exports",
        "customers",
    }
    assert expected_names <= set(found)
    assert any(name.startswith("damaged/") and name.endswith(".sqlite3") for name in found)
    wrong = {
        name: oct(m)
        for name, m in found.items()
        if m != (0o700 if (paths.data_dir / name).is_dir() else 0o600)
    }
    assert wrong == {}
    assert seen and all(m == 0o600 for m in seen), [oct(m) for m in seen]

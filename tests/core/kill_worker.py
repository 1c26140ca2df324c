"""A helper process for the kill tests: imports everything once, then forks one child per job.

Run as ``python -m tests.core.kill_worker``. Each line on stdin is a JSON job
``{"op": ..., "data_dir": ..., ...}``; for each the helper forks a child that
writes ``pid N``, runs the operation through the real code (the same calls the
CLI and the app make) and writes ``ok SECONDS`` when it finished. The test kills
the child with SIGKILL at a random moment; the helper then writes ``done``.
A fork takes milliseconds, so the kills land inside the operation, not in
Python's start-up.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from pathlib import Path

from cxlogger.core.exchange import csv_export, privacy
from cxlogger.core.exchange.csv_export import ExportOptions
from cxlogger.core.storage import backup
from cxlogger.core.storage.db import open_database
from cxlogger.core.storage.instance_lock import InstanceLock
from cxlogger.core.storage.paths import AppPaths


def run(job: dict) -> None:
    paths = AppPaths(Path(job["data_dir"]))
    op = job["op"]
    if op == "backup":
        backup.take_backup(paths, "manual")
    elif op == "quit-backup":  # the app's backup on quit, as logging out may end it
        backup.backup_on_quit(paths)
    elif op == "restore":
        with InstanceLock(paths.data_dir):
            backup.restore_backup(paths, Path(job["file"]))
    elif op == "export":
        db = open_database(paths)
        with db.session() as session:
            csv_export.export_csv(session, ExportOptions("interactions"), Path(job["target"]))
        with db.session() as session:
            privacy.export_customer(session, job["customer_id"], Path(job["folder"]))
        db.dispose()
    elif op == "erase":
        with InstanceLock(paths.data_dir):
            db = open_database(paths)
            privacy.erase_customer(db, job["customer_id"])
            db.dispose()
    elif op == "migrate":
        open_database(paths, before_migrate=backup.before_migrate_hook(paths)).dispose()
    else:
        raise ValueError(op)


def child(job: dict) -> None:
    os.write(1, f"pid {os.getpid()}\n".encode())
    started = time.perf_counter()
    try:
        run(job)
    except BaseException:
        os.write(1, ("err " + traceback.format_exc().replace("\n", " | ") + "\n").encode())
        os._exit(1)
    os.write(1, f"ok {time.perf_counter() - started:.4f}\n".encode())
    os._exit(0)


def main() -> None:
    # warm up: the first migration and export compile and import lazily
    import tempfile

    warm = AppPaths(Path(tempfile.mkdtemp(prefix="cxlogger-warm-")))
    db = open_database(warm)
    with db.session() as session:
        csv_export.export_csv(session, ExportOptions("interactions"), warm.data_dir / "w.csv")
    db.dispose()
    import alembic.command  # noqa: F401

    os.write(1, b"ready\n")
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            child(job)
        os.waitpid(pid, 0)
        os.write(1, b"done\n")


if __name__ == "__main__":
    main()

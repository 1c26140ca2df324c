"""A helper process for the outbox kill tests (issue 12): imports once, forks per job.

Run as ``python -m tests.core.outbox_worker DATA_DIR URL``. For each line on stdin it
forks a child that writes ``pid N`` and sends the outbox as ``cxlogger sync`` does
(``send_waiting``), then writes ``ok SENT PRESENT``; the test kills the child with
SIGKILL at a random moment. The parent writes ``done`` once the child has ended. A fork
takes milliseconds, so the kills land in the upload, not in Python's start-up.

``python -m tests.core.outbox_worker --fill DATA_DIR COUNT`` instead adds COUNT entries
to the outbox, writing each UUID once ``add`` has returned (the SIGKILL durability test).
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cxlogger.core.records.interactions import InteractionData
from cxlogger.core.storage.db import open_database
from cxlogger.core.storage.paths import AppPaths
from cxlogger.core.sync import outbox as outbox_mod

T0 = datetime(2026, 3, 11, 9, 0, tzinfo=timezone.utc)


def fill(data_dir: str, count: int) -> None:
    box = outbox_mod.Outbox.in_folder(Path(data_dir))
    for n in range(count):
        when = T0 + timedelta(seconds=n)
        data = InteractionData(1, when, "phone", "inquiry", f"entry {n:04d}")
        uuid = box.add("interaction", outbox_mod.interaction_payload(data), 1, when)
        os.write(1, f"{uuid}\n".encode())


def send(data_dir: str, url: str) -> None:
    os.write(1, f"pid {os.getpid()}\n".encode())
    db = open_database(AppPaths(Path(data_dir), url))
    report = outbox_mod.send_waiting(outbox_mod.Outbox.in_folder(Path(data_dir)), db.session)
    db.dispose()
    os.write(1, f"ok {report.sent} {report.present}\n".encode())


def main() -> None:
    if sys.argv[1] == "--fill":
        fill(sys.argv[2], int(sys.argv[3]))
        return
    data_dir, url = sys.argv[1], sys.argv[2]
    for _line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                send(data_dir, url)
            finally:
                os._exit(0)
        os.waitpid(pid, 0)
        os.write(1, b"done\n")


if __name__ == "__main__":
    main()

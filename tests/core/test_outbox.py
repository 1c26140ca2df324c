"""The desk's outbox file and the SQLite change poller (issue 12); no server needed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import timedelta

from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.sync import live
from cxlogger.core.sync.outbox import Outbox, interaction_data, interaction_payload
from tests.conftest import NOW
from tests.helpers import open_fresh_database

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_the_outbox_survives_a_sigkill_with_every_acknowledged_entry(tmp_path):
    """An entry ``add`` returned for is on disk: killed mid-stream, none is missing."""
    data_dir = tmp_path / "desk"
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.core.outbox_worker", "--fill", str(data_dir), "100000"],
        stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": ROOT},
    )  # fmt: skip
    acknowledged = [worker.stdout.readline().strip() for _ in range(40)]
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait(10)
    acknowledged += [line.strip() for line in worker.stdout if line.strip()]
    worker.stdout.close()
    kept = [entry.uuid for entry in Outbox.in_folder(data_dir).entries()]
    assert kept[: len(acknowledged)] == acknowledged
    with sqlite3.connect(data_dir / "outbox.sqlite3") as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert (data_dir / "outbox.sqlite3").stat().st_mode & 0o777 == 0o600


def test_an_entry_keeps_everything_the_log_dialog_collected(tmp_path):
    box = Outbox.in_folder(tmp_path / "desk")
    data = InteractionData(
        None,
        NOW - timedelta(hours=1),
        "phone",
        "purchase",
        "Two tyres",
        amount="49.90",
        amount_kind="sale",
        new_customer=CustomerData("Grace Hopper", email="grace@example.com", tags=["vip"]),
        promise=PromiseData("Call back", NOW.date(), None, owner_id=3),
    )
    uuid = box.add("interaction", interaction_payload(data), 3, NOW)
    entry = box.entries()[0]
    back = interaction_data(entry.payload, entry.uuid)
    assert back.client_uuid == uuid and entry.staff_id == 3 and entry.saved_at == NOW
    back.client_uuid = None
    assert back == data
    assert box.waiting() == 1
    box.mark_conflict(uuid, "That customer no longer exists; choose another.")
    assert box.waiting() == 0 and box.conflicts()[0].conflict.startswith("That customer")


def test_the_sqlite_poller_notices_a_change_made_by_another_process(paths):
    """The CLI (another process: its own origin) logs; the app's poller hears it."""
    app = open_fresh_database(paths)
    cli = open_fresh_database(paths)  # another Database: another origin, as the CLI has
    heard: list[set] = []
    event = threading.Event()
    with app.session() as s:
        customer = add_customer(s, CustomerData("Ada"), None, NOW)
    poller = live.SqlitePoller(
        paths.db_path,
        app.sessions.kw["info"]["cx_origin"],
        lambda names: (heard.append(names), event.set()),
        interval=0.1,
    )
    poller.start()
    try:
        time.sleep(0.3)
        with app.session() as s:  # the app's own change: its views already know
            log_interaction(
                s, InteractionData(customer.id, NOW, "phone", "inquiry", "own"), None, NOW
            )
        time.sleep(0.5)
        assert heard == []
        start = time.monotonic()
        with cli.session() as s:
            log_interaction(
                s, InteractionData(customer.id, NOW, "phone", "inquiry", "cli"), None, NOW
            )
        assert event.wait(2.0)
        assert time.monotonic() - start < 2.0
        assert {"interactions", "followups"} <= heard[0]
    finally:
        poller.stop()
        app.dispose()
        cli.dispose()

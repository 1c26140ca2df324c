"""A writer killed with SIGKILL at random moments loses no acknowledged record.

Starting Python with SQLAlchemy takes about a second, so a helper process
imports everything once and forks one writer per round (a fork is a few
milliseconds). Each writer opens its own engine with the app's pragmas, logs
interactions (each with a new customer, every other one with a promise) through
the real service and writes "ack <id> <summary>" to the shared pipe after each
commit returns. The test kills the writer at a random moment, so kills land
before, inside and between transactions, and the next writer recovers the WAL
left behind. At the end every acknowledged interaction must be there, and the
integrity, foreign-key and search-index checks must pass.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing

import pytest

from cxlogger.core.storage import integrity
from cxlogger.core.storage.db import open_database

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or sys.platform == "darwin", reason="needs fork and SIGKILL"
)

KILLS = 60

HELPER = r"""
import os, sys
from datetime import datetime, timedelta, timezone
from sqlalchemy.orm import sessionmaker
from cxlogger.core.storage.db import make_engine
from cxlogger.core.records.customers import CustomerData
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData

url = sys.argv[1]
now = datetime(2026, 3, 11, 10, 0, tzinfo=timezone.utc)

def writer(round_no):
    engine = make_engine(url)
    sessions = sessionmaker(engine, expire_on_commit=False)
    os.write(1, f"pid {os.getpid()}\n".encode())
    k = 0
    while True:
        summary = f"r{round_no}-k{k}"
        data = InteractionData(
            customer_id=None, occurred_at=now, channel="phone", kind="complaint",
            summary=summary, details="x" * (k % 7) * 100,
            new_customer=CustomerData(f"Customer {summary}"),
            promise=PromiseData(f"call back {summary}", (now + timedelta(days=1)).date())
            if k % 2 else None,
        )
        with sessions() as session:
            interaction = log_interaction(session, data, None, now)
        os.write(1, f"ack {interaction.id} {summary}\n".encode())
        k += 1

# Warm up (mapper configuration, first compilations) on a throwaway in-memory
# database, so that a forked writer starts committing within milliseconds.
from cxlogger.core.models import Base
warm = make_engine("sqlite://")
Base.metadata.create_all(warm)
with sessionmaker(warm, expire_on_commit=False)() as session:
    log_interaction(session, InteractionData(
        customer_id=None, occurred_at=now, channel="phone", kind="complaint", summary="warm",
        new_customer=CustomerData("Warm"), promise=PromiseData("p", now.date())), None, now)
warm.dispose()
os.write(1, b"ready\n")

for line in sys.stdin:
    round_no = int(line)
    pid = os.fork()
    if pid == 0:
        try:
            writer(round_no)
        finally:
            os._exit(1)
    os.waitpid(pid, 0)
    os.write(1, f"done {round_no}\n".encode())
"""


def test_sigkill_at_random_moments_loses_no_acknowledged_transaction(paths):
    open_database(paths).dispose()  # create the schema once
    rng = random.Random(20260311)
    helper = subprocess.Popen(
        [sys.executable, "-c", HELPER, paths.url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert helper.stdout.readline() == "ready\n"
    acked: dict[int, str] = {}
    rounds_with_acks = 0
    expected_busy = 0
    kills = 0
    try:
        for round_no in range(KILLS):
            helper.stdin.write(f"{round_no}\n")
            helper.stdin.flush()
            first = helper.stdout.readline().split()
            assert first[0] == "pid", first
            # Kill after a random number of commits (0: perhaps before the first), then a
            # random bit more, so the kill lands at any point of a transaction however
            # fast or slow this machine is.
            wait_for = rng.choice((0, 1, 1, 2, 3, 5))
            before = len(acked)
            done = False
            while len(acked) - before < wait_for:
                line = helper.stdout.readline()
                parts = line.split()
                assert parts and parts[0] == "ack", line
                acked[int(parts[1])] = parts[2]
            time.sleep(rng.uniform(0.0, 0.012))
            os.kill(int(first[1]), signal.SIGKILL)
            kills += 1
            expected_busy += wait_for > 0
            while not done:
                line = helper.stdout.readline()
                assert line, "the helper died"
                parts = line.split()
                if parts[0] == "done":
                    done = True
                elif parts[0] == "ack" and line.endswith("\n"):
                    acked[int(parts[1])] = parts[2]
            rounds_with_acks += len(acked) > before
            if round_no % 20 == 19:  # a start-up check after a crash finds nothing wrong
                assert integrity.quick_check(paths.db_path).ok
    finally:
        helper.stdin.close()
        helper.wait(timeout=30)

    assert kills >= 50
    assert rounds_with_acks >= expected_busy > KILLS // 2  # kills hit a busy writer
    with closing(sqlite3.connect(paths.db_path)) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.execute(
            "INSERT INTO interactions_fts(interactions_fts, rank) VALUES('integrity-check', 1)"
        )
        rows = dict(con.execute("SELECT id, summary FROM interactions"))
        for interaction_id, summary in acked.items():
            assert rows.get(interaction_id) == summary
            name = con.execute(
                "SELECT c.name FROM interactions i JOIN customers c ON c.id = i.customer_id "
                "WHERE i.id = ?",
                (interaction_id,),
            ).fetchone()
            assert name == (f"Customer {summary}",)
        # a transaction is all or nothing: no interaction without its customer, and a
        # promise for every odd-numbered one
        orphans = con.execute(
            "SELECT count(*) FROM customers c WHERE NOT EXISTS "
            "(SELECT 1 FROM interactions i WHERE i.customer_id = c.id)"
        ).fetchone()[0]
        assert orphans == 0
        for interaction_id, summary in rows.items():
            k = int(summary.split("-k")[1])
            promises = con.execute(
                "SELECT count(*) FROM promises WHERE interaction_id = ?", (interaction_id,)
            ).fetchone()[0]
            assert promises == k % 2
    assert len(acked) > KILLS
    db = open_database(paths)  # and the app opens it as usual
    db.dispose()

"""Offline on the command line, and an upload killed again and again (issue 12), on a real
PostgreSQL server of the tests' own (tests/pg_server.py)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import timedelta

from sqlalchemy import func, select

from cxlogger.__main__ import main
from cxlogger.core.models import Interaction
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.staff import add_staff
from cxlogger.core.storage import local_config
from cxlogger.core.storage.db import open_database
from cxlogger.core.storage.paths import AppPaths
from cxlogger.core.sync.outbox import Outbox
from tests.conftest import NOW
from tests.helpers import per_action
from tests.pg_server import wait_until

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _seed(pg, data_dir):
    db = open_database(AppPaths(data_dir, pg.url))
    with db.session() as s:
        s = per_action(s)
        staff = add_staff(s, "Sam Staff", NOW)
        customer = add_customer(s, CustomerData("Ada Lovelace"), staff.id, NOW)
    return db, staff.id, customer.id


def _cli(data_dir, url, *args):
    return main(["--data-dir", str(data_dir), "--database-url", url, *args])


def test_log_with_the_server_down_queues_for_a_cached_customer_and_sync_sends_it(
    pg, tmp_path, capsys
):
    data_dir = tmp_path / "desk"
    db, staff_id, customer_id = _seed(pg, data_dir)
    data_dir.mkdir(mode=0o700)
    local_config.save(data_dir, {"staff_id": staff_id})
    assert _cli(data_dir, pg.url, "sync") == 0  # online: nothing waits; the cache is filled
    assert "0 sent, 0 already on the server, 0 in conflict." in capsys.readouterr().out
    pg.stop()
    code = _cli(
        data_dir,
        pg.url,
        "log",
        "--customer",
        "ada lovelace",
        "--kind",
        "purchase",
        "--channel",
        "in_person",
        "--summary",
        "Road bike",
        "--when",
        "2026-03-11T09:30+00:00",
    )
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "The shared server cannot be reached" in out.out
    assert f"Ada Lovelace (CUS-{customer_id:06d}) is kept on this computer, 1 change waiting" in (
        out.out
    )
    assert _cli(data_dir, pg.url, "sync") == 1
    assert "1 change waits on this computer and nothing was lost" in capsys.readouterr().err
    pg.start()
    assert _cli(data_dir, pg.url, "sync", "--json") == 0
    counts = json.loads(capsys.readouterr().out)
    assert (counts["sent"], counts["already_present"], counts["conflicts"]) == (1, 0, 0)
    with db.session() as s:
        row = s.execute(select(Interaction)).scalar_one()
        assert (row.summary, row.staff_id, row.customer_id) == ("Road bike", staff_id, customer_id)
        assert row.occurred_at == NOW - timedelta(minutes=30)
    assert _cli(data_dir, pg.url, "sync") == 0
    assert "0 sent" in capsys.readouterr().out
    db.dispose()


def test_log_of_an_uncached_customer_offline_is_refused_with_a_sentence(pg, tmp_path, capsys):
    data_dir = tmp_path / "desk"
    db, _staff, _customer = _seed(pg, data_dir)
    db.dispose()
    pg.stop()
    code = _cli(
        data_dir, pg.url, "log", "--customer", "Nobody", "--kind", "inquiry", "--channel",
        "phone", "--summary", "Hello",
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert "no customer called “Nobody” in this computer's copy" in err
    assert "nothing was logged" in err
    assert Outbox.in_folder(data_dir).waiting() == 0


def test_twenty_sigkills_during_the_upload_still_save_each_entry_exactly_once(pg, tmp_path):
    data_dir = tmp_path / "desk"
    db, _staff_id, _customer_id = _seed(pg, data_dir)  # staff 1, customer 1
    count = 200
    env = {**os.environ, "PYTHONPATH": ROOT}
    filled = subprocess.run(
        [sys.executable, "-m", "tests.core.outbox_worker", "--fill", str(data_dir), str(count)],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    order = filled.stdout.split()
    box = Outbox.in_folder(data_dir)
    assert box.waiting() == count
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.core.outbox_worker", str(data_dir), pg.url],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    rng = random.Random(12)
    kills, mid_upload = 0, 0
    try:
        while kills < 20:
            before = box.waiting()
            worker.stdin.write("go\n")
            worker.stdin.flush()
            pid = int(worker.stdout.readline().split()[1])
            # kill once the upload is under way, a random moment later
            wait_until(lambda before=before: box.waiting() < before, 10, 0.005)
            time.sleep(rng.uniform(0, 0.05))
            os.kill(pid, signal.SIGKILL)
            kills += 1
            lines = [worker.stdout.readline().strip()]
            while lines[-1] != "done":
                lines.append(worker.stdout.readline().strip())
            if not any(line.startswith("ok") for line in lines):
                mid_upload += 1
        assert box.waiting() > 0, "the upload finished before the twentieth kill"
        worker.stdin.write("go\n")  # the last run, not killed
        worker.stdin.flush()
        lines = [worker.stdout.readline().strip()]
        while lines[-1] != "done":
            lines.append(worker.stdout.readline().strip())
        assert any(line.startswith("ok") for line in lines), lines
    finally:
        worker.stdin.close()
        worker.wait(10)
    assert mid_upload == 20
    assert box.waiting() == 0 and box.conflicts() == []
    with db.session() as s:
        rows = s.execute(select(Interaction.client_uuid).order_by(Interaction.id)).scalars().all()
        assert s.scalar(select(func.count(func.distinct(Interaction.client_uuid)))) == count
    assert rows == order, "every entry exactly once, in the order it was saved"
    db.dispose()

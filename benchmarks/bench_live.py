"""Live desks and the outbox on a real PostgreSQL server (issue 12).

    .venv/bin/python benchmarks/bench_live.py [--samples 200] [--entries 1000]

Starts a throwaway PostgreSQL server (tests/pg_server.py: a temp dir, a unix socket,
``synchronous_commit=on``; as user postgres when run as root), or uses
``CXLOGGER_BENCH_POSTGRES_URL`` (a database it may wipe). Then:

* NOTIFY latency between two desks: desk A (its own engine) logs an interaction; desk B's
  listener thread (core/live.py PgListener) hears it. The time from A's commit returning
  to B's callback, over SAMPLES interactions: median, p95, max.
* Outbox drain: ENTRIES interactions kept in a desk's outbox (core/outbox.py) while the
  server was away, then ``send_waiting`` as on reconnect: total seconds and entries/s,
  each a full log transaction on the server (rules included) plus crossing it off.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cxlogger.core.records.customers import CustomerData, add_customer  # noqa: E402
from cxlogger.core.records.interactions import InteractionData, log_interaction  # noqa: E402
from cxlogger.core.records.staff import add_staff  # noqa: E402
from cxlogger.core.reminders import followups
from cxlogger.core.storage.db import open_database  # noqa: E402
from cxlogger.core.storage.paths import AppPaths  # noqa: E402
from cxlogger.core.sync import live
from cxlogger.core.sync.outbox import Outbox, interaction_payload, send_waiting  # noqa: E402

NOW = datetime(2026, 3, 11, 10, 0, tzinfo=timezone.utc)


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--entries", type=int, default=1000)
    args = parser.parse_args()

    server = None
    url = os.environ.get("CXLOGGER_BENCH_POSTGRES_URL")
    if not url:
        from tests.pg_server import PgServer

        server = PgServer()
        url = server.url
    else:
        from tests.pg_server import PgServer

        server_like = PgServer.__new__(PgServer)
        server_like.url = url
        server_like.wipe()
    followups.install()
    work = Path(tempfile.mkdtemp(prefix="cxlogger-bench-live."))
    try:
        desk_a = open_database(AppPaths(work / "a", url))
        desk_b = open_database(AppPaths(work / "b", url))
        with desk_a.session() as s:
            staff = add_staff(s, "Bench Staff", NOW).id
        customers = []
        for n in range(100):  # a day's work is spread over many customers
            with desk_a.session() as s:
                customers.append(add_customer(s, CustomerData(f"Customer {n}"), staff, NOW).id)

        # --- NOTIFY latency ---------------------------------------------------------------
        heard = threading.Event()
        heard_at: list[float] = []

        def on_change(_names) -> None:
            heard_at.append(time.perf_counter())
            heard.set()

        listener = live.PgListener.for_engine(desk_b.engine, "desk-b", on_change)
        listener.start()
        while not listener.online:
            time.sleep(0.01)
        latencies = []
        for n in range(args.samples):
            heard.clear()
            data = InteractionData(customers[n % 100], NOW, "phone", "inquiry", f"sample {n}")
            asked = time.perf_counter()
            with desk_a.session() as s:
                log_interaction(s, data, staff, NOW)
            committed = time.perf_counter()
            if not heard.wait(5):
                print(f"sample {n}: not heard within 5 s", file=sys.stderr)
                continue
            latencies.append(((heard_at[-1] - committed) * 1000, (heard_at[-1] - asked) * 1000))
        listener.stop()
        for label, ms in (
            ("after A's commit returned", [max(v[0], 0.0) for v in latencies]),
            ("after A started saving", [v[1] for v in latencies]),
        ):
            print(
                f"notify latency desk A -> desk B over {len(ms)} commits, {label}: "
                f"median {statistics.median(ms):.1f} ms, p95 {_percentile(ms, 0.95):.1f} ms, "
                f"max {max(ms):.1f} ms"
            )

        # --- outbox drain -----------------------------------------------------------------
        box = Outbox.in_folder(work / "a")
        started = time.perf_counter()
        for n in range(args.entries):
            when = NOW - timedelta(seconds=args.entries - n)
            data = InteractionData(customers[n % 100], when, "phone", "inquiry", f"offline {n}")
            box.add("interaction", interaction_payload(data), staff, when)
        queued = time.perf_counter() - started
        started = time.perf_counter()
        report = send_waiting(box, desk_a.session)
        drained = time.perf_counter() - started
        print(
            f"outbox: {args.entries} entries kept in {queued:.2f} s "
            f"({queued / args.entries * 1000:.1f} ms each, fsynced); drained after reconnect "
            f"in {drained:.2f} s ({args.entries / drained:.0f} entries/s): "
            f"{report.sentence()}"
        )
        desk_a.dispose()
        desk_b.dispose()
    finally:
        followups.uninstall()
        if server is not None:
            server.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The per-day summary the Reports view adds up (``report_days``, migration 0020).

Per local day: interactions per staff member and channel, per staff member and kind
(with their money: currency, meaning, how many had an amount and the sum of those
amounts, unsigned), and customers added per owner. SQLite triggers keep it current in
the same transaction as every write (see the migration for why triggers); this module
only says whether the rows can be used now, and recounts them when they cannot.

The rows count local days in the zone of ``report_days_zone``: a fingerprint of the
local time zone (the local time of fixed UTC moments, as SQLite computes it). When the
zone of this process differs (the computer moved, the test set TZ), ``usable`` is false
and the report reads the interactions themselves; ``ensure_current``, run when the
database is opened, recounts everything in the new zone. On PostgreSQL the summary is
never used (the table stays empty).

Qt-free.
"""

from __future__ import annotations

import logging
import time

from sqlalchemy import text

log = logging.getLogger(__name__)

# the same moments as migration 0020
_MOMENTS = [f"2026-{m:02d}-{d:02d} 12:00:00" for m in range(1, 13) for d in (1, 15)] + [
    f"{y}-{m:02d}-15 12:00:00" for y in (2000, 2013, 2020, 2035) for m in (1, 7)
]
ZONE_SQL = " || '|' || ".join(f"datetime('{t}', 'localtime')" for t in _MOMENTS)

COLUMNS = "day, part, staff_id, key, currency, meaning, n, money_n, amount"
# what became of a promise, but "open" for open and overdue alike (reports.promise_class)
PROMISE_CLASS = """CASE WHEN {p}.status = 'kept' AND {p}.closed_at <= {p}.due_at THEN 'on_time'
    WHEN {p}.status = 'kept' THEN 'late' WHEN {p}.status = 'broken' THEN 'broken'
    WHEN {p}.status = 'open' THEN 'open' ELSE 'cancelled' END"""
# a complaint three days on (reports.complaint_state, COMPLAINT_DAYS = 3): handled when
# resolved, or given a promise, within the three days
COMPLAINT_STATE = """CASE WHEN ({i}.resolved_at IS NOT NULL
        AND ((julianday({i}.resolved_at) - julianday({i}.occurred_at)) * 86400.0) < 259200.0)
    OR EXISTS (SELECT 1 FROM promises AS cp WHERE cp.interaction_id = {i}.id
        AND cp.customer_id + 0 = {i}.customer_id
        AND ((julianday(cp.created_at) - julianday({i}.occurred_at)) * 86400.0) < 259200.0)
    THEN 'handled' ELSE 'unhandled' END"""


# a recount of everything (the same as migration 0020's; a test checks)
REBUILD_SQL = [
    "DELETE FROM report_days",
    f"""INSERT INTO report_days({COLUMNS})
        SELECT date(occurred_at, 'localtime'), 'channel', coalesce(staff_id, 0), channel,
               '', '', count(*), 0, 0
        FROM interactions GROUP BY 1, 3, 4""",
    f"""INSERT INTO report_days({COLUMNS})
        SELECT d, 'kind', s, kind, c, m, count(*), count(amount_minor),
               coalesce(sum(abs(amount_minor)), 0)
        FROM (SELECT date(occurred_at, 'localtime') AS d, coalesce(staff_id, 0) AS s, kind,
                     CASE WHEN amount_minor IS NOT NULL THEN coalesce(currency, '') ELSE ''
                     END AS c,
                     CASE WHEN amount_minor IS NOT NULL THEN coalesce(amount_kind, '') ELSE ''
                     END AS m,
                     amount_minor
              FROM interactions)
        GROUP BY d, s, kind, c, m""",
    f"""INSERT INTO report_days({COLUMNS})
        SELECT date(ci.occurred_at, 'localtime'), 'compl', coalesce(ci.staff_id, 0),
               {COMPLAINT_STATE.format(i="ci")}, '', '', count(*), 0, 0
        FROM interactions AS ci WHERE ci.kind = 'complaint' GROUP BY 1, 3, 4""",
    f"""INSERT INTO report_days({COLUMNS})
        SELECT date(p.due_at, 'localtime'), 'due', coalesce(p.owner_id, 0),
               {PROMISE_CLASS.format(p="p")}, '', '', count(*), 0, 0
        FROM promises AS p WHERE p.due_at IS NOT NULL GROUP BY 1, 3, 4""",
    f"""INSERT INTO report_days({COLUMNS})
        SELECT date(created_at, 'localtime'), 'made', coalesce(owner_id, 0), '', '', '',
               count(*), 0, 0
        FROM promises WHERE created_at IS NOT NULL GROUP BY 1, 3""",
    f"""INSERT INTO report_days({COLUMNS})
        SELECT date(closed_at, 'localtime'), 'kept', coalesce(owner_id, 0),
               CASE WHEN customer_told_at IS NOT NULL THEN 'told' ELSE 'not_told' END,
               '', '', count(*), 0, 0
        FROM promises WHERE status = 'kept' AND closed_at IS NOT NULL GROUP BY 1, 3, 4""",
    f"""INSERT INTO report_days({COLUMNS})
        SELECT date(due_at, 'localtime'), 'late', coalesce(owner_id, 0), '', '', '',
               count(*), 0, 0
        FROM promises WHERE status = 'kept' AND closed_at > due_at GROUP BY 1, 3""",
    f"""INSERT INTO report_days({COLUMNS})
        SELECT date(created_at, 'localtime'), 'new', coalesce(owner_id, 0), '', '', '',
               count(*), 0, 0
        FROM customers GROUP BY 1, 3""",
    "DELETE FROM report_days_zone",
    f"INSERT INTO report_days_zone(id, zone) VALUES (1, {ZONE_SQL})",
]


def _is_sqlite(conn) -> bool:
    bind = conn.get_bind() if hasattr(conn, "get_bind") else conn
    return bind.dialect.name == "sqlite"


def usable(conn) -> bool:
    """Whether the summary counts the days of this process's local time zone (SQLite
    with the migration's triggers, and no write from another zone since the count)."""
    if not _is_sqlite(conn):
        return False
    try:
        found = conn.execute(
            text(f"SELECT zone = ({ZONE_SQL}) FROM report_days_zone WHERE id = 1")
        ).scalar()
    except Exception:  # an older schema (a test building tables itself): read the rows
        log.debug("no report_days_zone", exc_info=True)
        return False
    return bool(found)


def rebuild(conn) -> None:
    """Recount every day in this process's time zone, in the caller's transaction."""
    started = time.perf_counter()
    for statement in REBUILD_SQL:
        conn.execute(text(statement))
    log.info("report summary recounted in %.1f s", time.perf_counter() - started)


def ensure_current(conn) -> None:
    """Recount the summary if it was counted in another time zone (SQLite only)."""
    if _is_sqlite(conn) and not usable(conn):
        rebuild(conn)

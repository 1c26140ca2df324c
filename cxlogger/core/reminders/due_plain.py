"""The due list without the database layer: plain rows, and a quick read with sqlite3.

``DueRow`` holds the columns a due list shows (customer and owner names joined in)
and ``describe`` turns it into the same dict as ``followups.describe`` gives for
the ORM FollowUp (``due_list`` reads rows through SQLAlchemy, for any database).

``cxlogger due`` is mostly run when nothing changed since the app's last rules
refresh. Then it writes nothing, and it answers from a local file with this
module alone: plain sqlite3 in one read transaction, no SQLAlchemy, no models, so
it starts about as fast as Python does. ``read_quiet`` decides: a local file at the
current schema, not behind its high-water mark, whose rules refresh would change
nothing (``followups.is_quiet``, said again here in SQL). Anything else (a server,
a refresh that would write, a file to upgrade) returns None and the caller goes the
usual way, with the checks every writer runs. The SQL repeats what
``followups._pending_query``, ``consent.allowed_followups`` and
``heads_ups.active_for`` say; tests/core/test_due_plain.py compares the two on
the same data, so they cannot drift apart unnoticed.

Nothing here imports Qt or SQLAlchemy; everything that depends on time takes ``now``.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from cxlogger.core.records.heads_up_views import HeadsUpView, _sorted, pauses
from cxlogger.core.records.setting_defaults import DEFAULTS
from cxlogger.core.reminders.due_text import PROMISE_RULES, due_line, is_overdue, rule_of
from cxlogger.core.reminders.schedule import BusinessHours
from cxlogger.core.timeutil import format_local


@dataclass(frozen=True)
class PromiseDue:
    """What a promise reminder's line needs of its promise."""

    due_at: datetime
    due_has_time: bool
    status: str


@dataclass(frozen=True)
class DueRow:
    """The fields of a pending follow-up that a due list shows."""

    id: int
    kind: str
    rule_key: str
    title: str
    customer_id: int
    customer: str
    owner: str | None
    due_at: datetime
    snoozed_until: datetime | None
    promise: PromiseDue | None


def describe_all(
    rows: list[DueRow], now: datetime, hours: BusinessHours, heads: dict | None = None
) -> list[dict[str, Any]]:
    """``describe`` for many rows: what depends on the time is worked out once per
    distinct moment (thousands due share a few hundred), not once per row; ``heads``
    maps a customer to their active heads-ups (``due_list.heads_ups_of``)."""
    seen: dict = {}
    heads = heads or {}
    return [describe(row, now, hours, heads.get(row.customer_id), seen) for row in rows]


def describe(
    row: DueRow,
    now: datetime,
    hours: BusinessHours,
    heads: list | None = None,
    seen: dict | None = None,
) -> dict[str, Any]:
    """The same dict as ``followups.describe`` gives for the FollowUp, plus the
    customer's active heads-ups (``heads``) and whether a hold pauses it (a message
    follow-up: thank, feedback, report-back)."""
    heads = heads or []
    pause = pauses(row.kind, heads, now)

    when = row.snoozed_until or row.due_at
    rule = rule_of(row)
    # what the time-dependent fields depend on
    key = (rule in PROMISE_RULES, row.promise, row.snoozed_until, row.due_at)
    timed = seen.get(key) if seen is not None else None
    if timed is None:
        timed = (format_local(when), due_line(row, now, hours), is_overdue(row, now, hours))
        if seen is not None:
            seen[key] = timed
    due_local, due_text, overdue = timed
    return {
        "id": row.id,
        "kind": row.kind,
        "rule": rule,
        "title": row.title,
        "customer_id": row.customer_id,
        "customer": row.customer,
        "owner": row.owner,
        "due_at": when.isoformat(),
        "due_local": due_local,
        "due_text": due_text,
        "promise_due_at": (
            row.promise.due_at.isoformat()
            if rule in PROMISE_RULES and row.promise is not None
            else None
        ),
        "overdue": overdue,
        "snoozed": row.snoozed_until is not None,
        "heads_ups": [h.as_json(now) for h in heads],
        "paused": pause.paused,
        "paused_until": pause.until.isoformat() if pause.until else None,
        "paused_text": pause.sentence(),
    }


# ------------------------------------------------------------ the quick read (sqlite3)

# followups.WATERMARK_KEY and COUNTER_KEY (a test keeps them equal)
WATERMARK_KEY = "rules_checked_at"
COUNTER_KEY = "rules_checked_change"


def _stamp(moment: datetime) -> str:
    """A moment as SQLAlchemy stores it in SQLite (naive UTC, with microseconds), so
    comparisons in SQL are the same as the ORM's."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


def _moment(text: str | None) -> datetime | None:
    if text is None:
        return None
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class DueCounts:
    """How many are due per kind; ``rows`` are the first ``limit`` of each kind (all of
    them without a limit), by when they are due."""

    rows: list[DueRow]
    per_kind: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.per_kind.values())


# followups._pending_query with consent.allowed_followups: pending, the customer not
# archived, and no message their consent forbids
_PENDING = """f.status = 'pending' AND c.archived = 0
  AND (f.kind = 'feedback' AND c.contact_consent = 'yes'
       OR f.kind IN ('thank', 'report_back') AND c.contact_consent != 'no'
       OR f.kind = 'close_loop' AND f.rule_key LIKE 'promise:%:tell'
          AND c.contact_consent != 'no'
       OR f.kind = 'close_loop' AND NOT (f.rule_key LIKE 'promise:%:tell')
       OR f.kind = 'keep_in_touch')
"""
# what is shown of a follow-up: its owner's name and its promise's due state joined in
_SHOWN = """f.id, f.kind, f.rule_key, f.title, f.customer_id, c.name, o.name, f.due_at,
f.snoozed_until, p.due_at, p.due_has_time, p.status"""
_JOINS = """JOIN customers c ON c.id = f.customer_id
LEFT JOIN staff o ON o.id = f.owner_id
LEFT JOIN promises p ON p.id = f.promise_id"""
# followups._due_filter (snoozed_until is never earlier than due_at)
_DUE = "(f.snoozed_until IS NULL AND f.due_at <= :now OR f.snoozed_until <= :now)"
# due_list.upcoming_rows: not due yet, due by :until
_COMING = (
    "(f.snoozed_until IS NULL AND f.due_at > :now OR f.snoozed_until > :now)"
    " AND (f.snoozed_until IS NULL AND f.due_at <= :until OR f.snoozed_until <= :until)"
)
_ORDER = "coalesce(f.snoozed_until, f.due_at), f.id"


class QuietReader:
    """One read transaction on a local file whose rules refresh would write nothing."""

    def __init__(self, con: sqlite3.Connection, now: datetime, settings: dict[str, Any]):
        self.con = con
        self.now = now
        self.settings = settings

    @property
    def hours(self) -> BusinessHours:
        return BusinessHours.from_settings(self.settings)

    def staff_id(self, name: str) -> int | None:
        """``staff.find_by_name``: the same name, whatever its case."""
        row = self.con.execute(
            "SELECT id FROM staff WHERE lower(name) = ?", (name.strip().lower(),)
        ).fetchone()
        return row[0] if row else None

    def due(self, owner_id: int | None = None, limit: int | None = None) -> DueCounts:
        """Follow-ups due now (``due_list.due_rows``), the first ``limit`` of each kind."""
        return self._select(_DUE, {"now": _stamp(self.now)}, owner_id, limit)

    def upcoming(
        self, days: int = 7, owner_id: int | None = None, limit: int | None = None
    ) -> DueCounts:
        """Follow-ups coming due within ``days`` (``due_list.upcoming_rows``)."""
        params = {"now": _stamp(self.now), "until": _stamp(self.now + timedelta(days=days))}
        return self._select(_COMING, params, owner_id, limit)

    def _select(self, when: str, params: dict, owner_id: int | None, limit: int | None):
        where = f"{_PENDING} AND {when}"
        if owner_id is not None:
            where += " AND f.owner_id = :owner"
            params = dict(params, owner=owner_id)
        if limit is None:
            found = self.con.execute(
                f"SELECT {_SHOWN} FROM followups f {_JOINS} WHERE {where} ORDER BY {_ORDER}",
                params,
            )
            rows = [_row(r) for r in found]
            per_kind: dict[str, int] = {}
            for row in rows:
                per_kind[row.kind] = per_kind.get(row.kind, 0) + 1
            return DueCounts(rows, per_kind)
        # each kind's count and its first few, in one pass over the due follow-ups; the
        # names and promises are joined in for those few only
        found = self.con.execute(
            f"SELECT {_SHOWN}, w.total FROM (SELECT f.id AS id, "
            f"row_number() OVER (PARTITION BY f.kind ORDER BY {_ORDER}) AS n, "
            "count(*) OVER (PARTITION BY f.kind) AS total "
            f"FROM followups f JOIN customers c ON c.id = f.customer_id WHERE {where}) w "
            f"JOIN followups f ON f.id = w.id {_JOINS} WHERE w.n <= :limit",
            dict(params, limit=limit),
        )
        rows, per_kind = [], {}
        for r in found:
            rows.append(_row(r[:12]))
            per_kind[r[1]] = r[12]
        rows.sort(key=lambda row: (row.snoozed_until or row.due_at, row.id))
        return DueCounts(rows, per_kind)

    def heads_ups(self, rows: list[DueRow]) -> dict[int, list[HeadsUpView]]:
        """The active heads-ups of the customers in ``rows`` (``heads_ups.active_for``)."""
        ids = sorted({row.customer_id for row in rows})
        found: dict[int, list[HeadsUpView]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            query = (
                "SELECT h.id, h.customer_id, h.text, h.kind, b.name, h.created_at, "
                "h.expires_at, h.interaction_id, r.name, h.resolved_at, h.version "
                "FROM heads_ups h LEFT JOIN staff b ON b.id = h.created_by_id "
                "LEFT JOIN staff r ON r.id = h.resolved_by_id "
                f"WHERE h.customer_id IN ({marks}) AND h.resolved_at IS NULL "
                "AND (h.expires_at IS NULL OR h.expires_at > ?)"
            )
            for r in self.con.execute(query, (*chunk, _stamp(self.now))):
                view = HeadsUpView(
                    r[0], r[1], r[2], r[3], r[4], _moment(r[5]), _moment(r[6]), r[7], r[8],
                    _moment(r[9]), r[10],
                )  # fmt: skip
                found.setdefault(view.customer_id, []).append(view)
        return {cid: _sorted(views) for cid, views in found.items()}


def _row(r) -> DueRow:
    promise = PromiseDue(_moment(r[9]), bool(r[10]), r[11]) if r[9] is not None else None
    return DueRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], _moment(r[7]), _moment(r[8]), promise)


def _settings(con: sqlite3.Connection) -> dict[str, Any]:
    """``settings.get_all``."""
    values = dict(DEFAULTS)
    for key, value in con.execute("SELECT key, value FROM settings"):
        values[key] = json.loads(value)
    return values


def _number(values: dict[str, Any], key: str) -> int:
    """``followups.RuleContext.number``."""
    try:
        return max(0, int(values.get(key, DEFAULTS[key])))
    except (TypeError, ValueError):
        return int(DEFAULTS[key])


def _is_quiet(con: sqlite3.Connection, values: dict[str, Any], now: datetime) -> bool:
    """``followups.is_quiet``: nothing committed since the last refresh (the file's
    change counter, core/high_water.py, is the one that refresh recorded), and no
    promise fell due, no complaint's wait ran out and no customer's keeping in touch
    fell due since then."""
    try:  # from the last refresh itself, as followups._quiet: it saw everything due by then
        since = datetime.fromisoformat(values.get(WATERMARK_KEY) or "")
    except (TypeError, ValueError):
        return False
    if since.tzinfo is None or since > now:
        return False
    counter = con.execute("PRAGMA user_version").fetchone()[0]
    if values.get(COUNTER_KEY) is None or values[COUNTER_KEY] != counter:
        return False
    stalled = timedelta(days=_number(values, "complaint_check_days"))
    lookback = now - timedelta(days=_number(values, "rules_lookback_days"))
    found = con.execute(
        "SELECT EXISTS (SELECT 1 FROM promises WHERE status = 'open' "
        "  AND due_at BETWEEN :since AND :now),"
        " EXISTS (SELECT 1 FROM interactions WHERE occurred_at BETWEEN :s_since AND :s_now"
        "  AND kind = 'complaint' AND resolved_at IS NULL AND occurred_at >= :s_lookback),"
        " EXISTS (SELECT 1 FROM customers WHERE touch_due_at BETWEEN :since AND :now)",
        {
            "since": _stamp(since),
            "now": _stamp(now),
            "s_since": _stamp(since - stalled),
            "s_now": _stamp(now - stalled),
            "s_lookback": _stamp(lookback - stalled),
        },
    ).fetchone()
    return not any(found)


def read_quiet(db_path: Path, head: str, now: datetime, read) -> Any:
    """``read(QuietReader)`` in one read transaction of the local file ``db_path``, when
    it is a cxlogger database at schema ``head`` not behind its high-water mark and its
    rules refresh would write nothing; None otherwise (also when it cannot be read:
    the usual way says what is wrong)."""
    from cxlogger.core.reminders import high_water
    from cxlogger.core.storage.sqlite_files import SQLITE_HEADER, sqlite_uri

    try:
        with open(db_path, "rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        if high_water.check(db_path) is not None:
            return None
        with closing(sqlite3.connect(sqlite_uri(db_path), uri=True, isolation_level=None)) as con:
            con.execute("PRAGMA busy_timeout=10000")
            con.execute("BEGIN")  # one snapshot for the checks and the lists
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] != head:
                return None
            values = _settings(con)
            if not _is_quiet(con, values, now):
                return None
            return read(QuietReader(con, now, values))
    except (OSError, sqlite3.Error, ValueError):
        return None

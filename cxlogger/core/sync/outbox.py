"""The desk's outbox: what staff saved while the shared server was unreachable (issue 12).

When the PostgreSQL server cannot be reached, a new interaction (with its promise, new
customer and heads-up), a promise on its own, a feedback record, a heads-up pinned on a
customer or a follow-up marked done is written to ``outbox.sqlite3`` in the data folder
instead, with the same durability as the main database (WAL,
``synchronous=FULL``): once ``add`` returns, a power cut or a SIGKILL does not lose it.
Each entry gets a UUID made on the desk and keeps who saved it and when.

``send_waiting`` sends the entries in the order they were saved, each in its own server
transaction. The server keeps the UUID in a unique ``client_uuid`` column (migration
0017; 0019 for heads-ups), so an entry the server already has is skipped ("already
present"): a desk killed after the server committed but before it crossed the entry off
sends it again, and it is still saved exactly once. An entry the server refuses (its
customer was erased meanwhile) is kept in the outbox as a conflict with the reason, never
dropped.

Edits of existing records are not queued: offline they are refused with a sentence
(ui/db_ops.py), so nothing waits on a version of a record that may have moved on.

The same file holds a cache of the customers and staff (id, name, company, contact) kept
current while online, so a customer can be picked and a name shown while offline.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Any

from cxlogger.core.storage.paths import ensure_private_dir, make_private

FILE_NAME = "outbox.sqlite3"


_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        staff_id INTEGER,
        saved_at TEXT NOT NULL,
        conflict TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS cached_customers (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, company TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE IF NOT EXISTS cached_staff (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
)

KINDS = ("interaction", "feedback", "followup_done", "heads_up", "promise")


@dataclass
class Entry:
    seq: int
    uuid: str
    kind: str
    payload: dict[str, Any]
    staff_id: int | None
    saved_at: datetime
    conflict: str | None = None


@dataclass
class CachedCustomer:
    id: int
    name: str
    company: str = ""
    email: str = ""
    phone: str = ""


@dataclass
class SendReport:
    sent: int = 0
    present: int = 0
    conflicts: int = 0
    waiting: int = 0  # still in the outbox (the server went away again)
    problems: list[str] = field(default_factory=list)

    def sentence(self) -> str:
        text = (
            f"{self.sent} sent, {self.present} already on the server, {self.conflicts} in conflict."
        )
        if self.waiting:
            text += f" {self.waiting} still waiting: the server cannot be reached."
        return text


# --------------------------------------------------------------------------- values as JSON


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def interaction_payload(data) -> dict[str, Any]:
    """An InteractionData as JSON-ready values (its new customer and promise too)."""
    values = asdict(data)
    values.pop("client_uuid", None)
    return json.loads(json.dumps(values, default=_json_default))


def interaction_data(payload: dict[str, Any], client_uuid: str):
    from cxlogger.core.records.customers import CustomerData
    from cxlogger.core.records.interactions import InteractionData

    values = dict(payload)
    values["occurred_at"] = datetime.fromisoformat(values["occurred_at"])
    if values.get("new_customer"):
        values["new_customer"] = CustomerData(**values["new_customer"])
    if values.get("promise"):
        values["promise"] = _promise_data(values["promise"])
    if values.get("heads_up"):  # "Pin as heads-up" in the log dialog
        values["heads_up"] = _heads_up_data(values["heads_up"])
    return InteractionData(**values, client_uuid=client_uuid)


def _promise_data(values: dict[str, Any]):
    from cxlogger.core.records.promises import PromiseData

    values = dict(values)
    if values.get("due_date"):
        values["due_date"] = date.fromisoformat(values["due_date"])
    if values.get("due_time"):
        values["due_time"] = time.fromisoformat(values["due_time"])
    return PromiseData(**values)


def promise_payload(customer_id: int, data) -> dict[str, Any]:
    """A promise added on its own (the promise dialog)."""
    values = {"customer_id": customer_id, "promise": asdict(data)}
    return json.loads(json.dumps(values, default=_json_default))


def _heads_up_data(values: dict[str, Any]):
    from cxlogger.core.records.heads_ups import HeadsUpData

    values = dict(values)
    if values.get("until"):
        values["until"] = date.fromisoformat(values["until"])
    return HeadsUpData(**values)


def heads_up_payload(customer_id: int, data) -> dict[str, Any]:
    """A heads-up pinned on a customer (the customer panel's "Pin a heads-up…")."""
    values = {"customer_id": customer_id, "heads_up": asdict(data)}
    return json.loads(json.dumps(values, default=_json_default))


def feedback_payload(data) -> dict[str, Any]:
    values = asdict(data)
    values.pop("client_uuid", None)
    return json.loads(json.dumps(values, default=_json_default))


def feedback_data(payload: dict[str, Any], client_uuid: str):
    from cxlogger.core.records.feedback import FeedbackData

    values = dict(payload)
    if values.get("received_at"):
        values["received_at"] = datetime.fromisoformat(values["received_at"])
    return FeedbackData(**values, client_uuid=client_uuid)


# --------------------------------------------------------------------------- the file


class Outbox:
    """The outbox file of one data folder. Safe to use from several threads and processes."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.RLock()
        self._con: sqlite3.Connection | None = None

    @classmethod
    def in_folder(cls, data_dir: Path) -> Outbox:
        return cls(Path(data_dir) / FILE_NAME)

    def _open(self) -> sqlite3.Connection:
        ensure_private_dir(self.path.parent)
        con = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
        con.execute("PRAGMA busy_timeout=10000")
        con.execute("PRAGMA journal_mode=WAL")
        for statement in _SCHEMA:
            con.execute(statement)
        for suffix in ("", "-wal", "-shm"):
            make_private(Path(str(self.path) + suffix))
        return con

    @contextmanager
    def _connect(self, synchronous: str = "FULL"):
        """The one connection, kept open (closing the last one checkpoints: an fsync)."""
        with self._lock:
            if self._con is None:
                self._con = self._open()
            self._con.execute(f"PRAGMA synchronous={synchronous}")
            yield self._con

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None

    def exists(self) -> bool:
        return self.path.exists()

    # --- entries --------------------------------------------------------------------------

    def add(
        self,
        kind: str,
        payload: dict[str, Any],
        staff_id: int | None,
        saved_at: datetime,
        entry_uuid: str | None = None,
    ) -> str:
        """Keep one saved action; durable (fsynced) when this returns. Returns its UUID."""
        if kind not in KINDS:
            raise ValueError(kind)
        entry_uuid = entry_uuid or str(uuid.uuid4())
        with self._connect() as con:
            con.execute(
                "INSERT INTO outbox (uuid, kind, payload, staff_id, saved_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    entry_uuid,
                    kind,
                    json.dumps(payload, ensure_ascii=False),
                    staff_id,
                    saved_at.astimezone(timezone.utc).isoformat(),
                ),
            )
        return entry_uuid

    def entries(self, include_conflicts: bool = False) -> list[Entry]:
        if not self.path.exists():
            return []
        where = "" if include_conflicts else "WHERE conflict IS NULL"
        with self._connect() as con:
            rows = con.execute(
                "SELECT seq, uuid, kind, payload, staff_id, saved_at, conflict "
                f"FROM outbox {where} ORDER BY seq"
            ).fetchall()
        return [
            Entry(r[0], r[1], r[2], json.loads(r[3]), r[4], datetime.fromisoformat(r[5]), r[6])
            for r in rows
        ]

    def waiting(self) -> int:
        """How many entries wait to be sent (conflicts not counted)."""
        if not self.path.exists():
            return 0
        with self._connect() as con:
            return con.execute("SELECT count(*) FROM outbox WHERE conflict IS NULL").fetchone()[0]

    def conflicts(self) -> list[Entry]:
        return [e for e in self.entries(include_conflicts=True) if e.conflict]

    def remove(self, entry_uuid: str) -> None:
        # not fsynced: a removal lost in a power cut only sends the entry again, and the
        # server skips an id it has (an add, by contrast, is on disk when it returns)
        with self._connect("NORMAL") as con:
            con.execute("DELETE FROM outbox WHERE uuid = ?", (entry_uuid,))

    def mark_conflict(self, entry_uuid: str, reason: str) -> None:
        with self._connect() as con:
            con.execute("UPDATE outbox SET conflict = ? WHERE uuid = ?", (reason, entry_uuid))

    # --- meta ------------------------------------------------------------------------------

    def get(self, key: str) -> str | None:
        if not self.path.exists():
            return None
        with self._connect() as con:
            row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, key: str, value: str | None) -> None:
        with self._connect() as con:
            con.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # --- the cache of customers and staff ------------------------------------------------

    def refresh_cache(self, session) -> int:
        """Copy the customers and staff from the server (online); returns the customers."""
        from sqlalchemy import select

        from cxlogger.core.models import Customer, Staff

        with session.begin():
            customers = session.execute(
                select(
                    Customer.id,
                    Customer.name,
                    Customer.company,
                    Customer.email,
                    Customer.phone,
                    Customer.archived,
                ).where(Customer.erased_at.is_(None))
            ).all()
            staff = session.execute(select(Staff.id, Staff.name, Staff.active)).all()
            from cxlogger.core.records import settings

            currency = settings.get(session, "default_currency")
        with self._connect() as con:
            con.execute("BEGIN IMMEDIATE")
            con.execute("DELETE FROM cached_customers")
            con.executemany(
                "INSERT INTO cached_customers VALUES (?, ?, ?, ?, ?, ?)",
                [tuple(row[:5]) + (int(bool(row[5])),) for row in customers],
            )
            con.execute("DELETE FROM cached_staff")
            con.executemany(
                "INSERT INTO cached_staff VALUES (?, ?, ?)",
                [(row[0], row[1], int(bool(row[2]))) for row in staff],
            )
            con.execute(
                "INSERT INTO meta (key, value) VALUES ('default_currency', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (currency,),
            )
            con.execute("COMMIT")
        return len(customers)

    def cached_customer(self, customer_id: int) -> CachedCustomer | None:
        if not self.path.exists():
            return None
        with self._connect() as con:
            row = con.execute(
                "SELECT id, name, company, email, phone FROM cached_customers WHERE id = ?",
                (customer_id,),
            ).fetchone()
        return CachedCustomer(*row) if row else None

    def search_customers(self, text: str, limit: int | None = 50) -> list[CachedCustomer]:
        """Cached customers whose name, company, email or phone contains ``text``."""
        if not self.path.exists():
            return []
        wanted = " ".join(text.split()).casefold()
        with self._connect() as con:
            rows = con.execute(
                "SELECT id, name, company, email, phone FROM cached_customers "
                "WHERE archived = 0 ORDER BY name, id"
            ).fetchall()
        found = [
            CachedCustomer(*row)
            for row in rows
            if not wanted or any(wanted in (part or "").casefold() for part in row[1:])
        ]
        return found if limit is None else found[:limit]

    def cached_staff(self) -> list[tuple[int, str]]:
        if not self.path.exists():
            return []
        with self._connect() as con:
            return [tuple(r) for r in con.execute("SELECT id, name FROM cached_staff ORDER BY id")]


# --------------------------------------------------------------------------- sending


def is_unreachable(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or what it wraps) means the server cannot be reached now, as opposed
    to a refusal (wrong password, a constraint) or a bug."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if getattr(exc, "connection_invalidated", False):
            return True
        if type(exc).__name__ == "PendingRollbackError" and "reconnect" in str(exc):
            return True  # a session that lost its connection earlier in the same job
        module = type(exc).__module__ or ""
        if module.startswith("psycopg") and type(exc).__name__ == "OperationalError":
            state = getattr(exc, "sqlstate", None)
            # no state: the connection failed or broke; 08: connection; 57P: shut down
            return state is None or state.startswith(("08", "57P"))
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return False


class AlreadyPresent(Exception):
    pass


def _apply(session, entry: Entry) -> None:
    """Save one entry on the server, in one transaction; AlreadyPresent if it has it."""
    from sqlalchemy import select

    from cxlogger.core.models import Feedback, FollowUp, HeadsUp, Interaction, Promise
    from cxlogger.core.records import feedback, heads_ups, interactions, promises
    from cxlogger.core.reminders import followups

    if entry.kind == "interaction":
        with session.begin():
            if session.scalar(select(Interaction.id).where(Interaction.client_uuid == entry.uuid)):
                raise AlreadyPresent
        data = interaction_data(entry.payload, entry.uuid)
        interactions.log_interaction(session, data, entry.staff_id, entry.saved_at)
    elif entry.kind == "feedback":
        with session.begin():
            if session.scalar(select(Feedback.id).where(Feedback.client_uuid == entry.uuid)):
                raise AlreadyPresent
        data = feedback_data(entry.payload, entry.uuid)
        feedback.record_feedback(session, data, entry.staff_id, entry.saved_at)
    elif entry.kind == "heads_up":
        with session.begin():
            if session.scalar(select(HeadsUp.id).where(HeadsUp.client_uuid == entry.uuid)):
                raise AlreadyPresent
        heads_ups.pin(
            session,
            entry.payload["customer_id"],
            _heads_up_data(entry.payload["heads_up"]),
            entry.staff_id,
            entry.saved_at,
            client_uuid=entry.uuid,
        )
    elif entry.kind == "promise":
        with session.begin():
            if session.scalar(select(Promise.id).where(Promise.client_uuid == entry.uuid)):
                raise AlreadyPresent
        promises.add_promise(
            session,
            entry.payload["customer_id"],
            _promise_data(entry.payload["promise"]),
            entry.staff_id,
            entry.saved_at,
            client_uuid=entry.uuid,
        )
    elif entry.kind == "followup_done":
        with session.begin():
            followup = session.get(FollowUp, entry.payload["followup_id"])
            if followup is not None and followup.status == "done":
                raise AlreadyPresent  # done here, or by a colleague: either way it is done
        followups.complete(
            session,
            entry.payload["followup_id"],
            entry.staff_id,
            entry.saved_at,
            entry.payload.get("note", ""),
            entry.payload.get("told_how", ""),
        )
    else:  # pragma: no cover - add() refuses other kinds
        raise ValueError(entry.kind)


def send_waiting(
    outbox: Outbox,
    session_factory: Callable,
    progress: Callable[[Entry, str], None] | None = None,
) -> SendReport:
    """Send what waits, oldest first, each exactly once; stop when the server goes away."""
    from sqlalchemy.exc import IntegrityError

    from cxlogger.core.errors import SchemaTooNewError, UserError, ValidationError

    report = SendReport()
    entries = outbox.entries()
    for index, entry in enumerate(entries):
        try:
            with session_factory() as session:
                try:
                    _apply(session, entry)
                except IntegrityError:
                    # sent at the same moment by another process of this desk: it is there
                    session.rollback()
                    raise AlreadyPresent from None
        except AlreadyPresent:
            outbox.remove(entry.uuid)
            report.present += 1
            outcome = "present"
        except SchemaTooNewError as exc:  # this desk is too old: keep everything, say so
            report.waiting = len(entries) - index
            report.problems.append(str(exc))
            return report
        except ValidationError as exc:
            reason = " ".join(exc.errors.values())
            outbox.mark_conflict(entry.uuid, reason)
            report.conflicts += 1
            report.problems.append(reason)
            outcome = "conflict"
        except UserError as exc:
            outbox.mark_conflict(entry.uuid, str(exc))
            report.conflicts += 1
            report.problems.append(str(exc))
            outcome = "conflict"
        except Exception as exc:
            if is_unreachable(exc):
                report.waiting = len(entries) - index
                return report
            raise
        else:
            outbox.remove(entry.uuid)
            report.sent += 1
            outcome = "sent"
        if progress is not None:
            progress(entry, outcome)
    return report


def queue_interaction(
    outbox: Outbox, data, staff_id: int | None, now: datetime, entry_uuid: str | None = None
) -> str:
    """Validate as the server would, then keep the interaction in the outbox."""
    from cxlogger.core.records.interactions import validate

    validate(data, now)
    return outbox.add("interaction", interaction_payload(data), staff_id, now, entry_uuid)


def queue_feedback(outbox: Outbox, data, staff_id: int | None, now: datetime) -> str:
    from cxlogger.core.errors import ValidationError

    errors = data.errors()
    if errors:
        raise ValidationError(errors)
    return outbox.add("feedback", feedback_payload(data), staff_id, now, data.client_uuid)


def queue_heads_up(
    outbox: Outbox, customer_id: int, data, staff_id: int | None, now: datetime
) -> str:
    """Check the heads-up as the server would, then keep it in the outbox."""
    from cxlogger.core.errors import ValidationError

    errors = data.errors(now)
    if errors:
        raise ValidationError(errors)
    return outbox.add("heads_up", heads_up_payload(customer_id, data), staff_id, now)


def queue_promise(
    outbox: Outbox, customer_id: int, data, staff_id: int | None, now: datetime
) -> str:
    """Check the promise as the server would, then keep it in the outbox."""
    from cxlogger.core.errors import ValidationError

    errors = data.errors()
    if errors:
        raise ValidationError(errors)
    return outbox.add("promise", promise_payload(customer_id, data), staff_id, now)


def queue_done(
    outbox: Outbox, followup_id: int, staff_id: int | None, now: datetime, note: str = ""
) -> str:
    return outbox.add("followup_done", {"followup_id": followup_id, "note": note}, staff_id, now)


def names_of(entries: Iterable[Entry]) -> set[str]:
    """What the views show that sending these entries changes (ChangeBus names)."""
    names = {"followups"}
    for entry in entries:
        names |= {
            "interaction": {"interactions", "customers", "promises", "heads_ups"},
            "heads_up": {"heads_ups", "customers"},
            "promise": {"promises", "customers"},
            "feedback": {"feedback", "customers"},
            "followup_done": {"promises"},
        }[entry.kind]
    return names


def save_interaction(
    outbox: Outbox | None, session_factory: Callable, data, staff_id: int | None, now: datetime
) -> tuple[str, Any]:
    """Log an interaction on the server, or keep it in the outbox when it cannot be reached.

    Returns ("saved", interaction) or ("queued", uuid). Every save carries a UUID, so one
    whose commit reached the server but whose answer was lost is not saved twice when the
    outbox sends it again. While entries wait, new ones queue behind them (order is kept).
    """
    from cxlogger.core.records.interactions import log_interaction

    if outbox is None:
        with session_factory() as session:
            return "saved", log_interaction(session, data, staff_id, now)
    data.client_uuid = data.client_uuid or str(uuid.uuid4())
    if outbox.waiting():
        return "queued", queue_interaction(outbox, data, staff_id, now, data.client_uuid)
    try:
        with session_factory() as session:
            return "saved", log_interaction(session, data, staff_id, now)
    except Exception as exc:
        if not is_unreachable(exc):
            raise
    return "queued", queue_interaction(outbox, data, staff_id, now, data.client_uuid)

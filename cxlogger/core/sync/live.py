"""Every desk sees what the others commit, within seconds (issue 12). Qt-free.

* PostgreSQL: each transaction that changes customers, interactions, promises, feedback,
  follow-ups, staff or settings sends ``NOTIFY cxlogger_changes`` in that same transaction
  (so it is delivered only if it commits) with the names of what changed and the ids, never
  the rows. ``PgListener`` keeps its own connection listening on a thread, reconnects with
  backoff when the server goes away, and after every (re)connect catches up from the change
  log (core/history.py), because notifications are not replayed to a desk that was away.
* SQLite: ``SqlitePoller`` notices commits by another process (the CLI) from
  ``PRAGMA data_version`` on a connection of its own, twice a second, and reads what they
  changed from the change log.
* The schema gate: a desk opening the server takes an advisory lock around its migration,
  so two desks starting at once never both migrate; every transaction of a running desk
  takes the same lock shared and checks the schema revision, so a desk older than the
  server's schema stops before writing anything ("update cxlogger").

Both watchers call ``on_change(names)`` with ChangeBus names ({"interactions", …}) and
``on_state(online)`` from their own thread; the UI (ui/live.py) passes them on to the GUI.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import closing

from sqlalchemy import event, text
from sqlalchemy.orm import Session

from cxlogger.core.errors import SchemaTooNewError

log = logging.getLogger(__name__)

CHANNEL = "cxlogger_changes"
MIGRATION_LOCK = 0x63786C6F67  # "cxlog": pg_advisory lock key around migrations
_PAYLOAD_LIMIT = 7000  # NOTIFY payloads must stay under 8000 bytes

# table → the ChangeBus name views listen for
NAME_OF_TABLE = {
    "customers": "customers",
    "interactions": "interactions",
    "promises": "promises",
    "feedback": "feedback",
    "followups": "followups",
    "staff": "staff",
    "settings": "settings",
    "message_templates": "settings",
    "heads_ups": "heads_ups",  # issue 11: a heads-up pinned or resolved on another desk
    "handoffs": "handoffs",  # issue 11: something handed to someone at another desk
}
# change-log entity → ChangeBus name
NAME_OF_ENTITY = {
    "customer": "customers",
    "interaction": "interactions",
    "promise": "promises",
    "feedback": "feedback",
    "followup": "followups",
    "heads_up": "heads_ups",
    "handoff": "handoffs",
}
# what the reminder rules derive from: a change to these can change the follow-ups
_CAUSES = {"customers", "interactions", "promises", "feedback", "settings"}

UPDATE_SENTENCE = (
    "The shared database was upgraded by a newer version of cxlogger (schema {revision}). "
    "Update cxlogger on this computer to keep working; nothing was saved."
)


def names_for(names: Iterable[str]) -> set[str]:
    found = set(names)
    if found & _CAUSES:
        found.add("followups")
    return found


# --------------------------------------------------------------------------- NOTIFY


@event.listens_for(Session, "after_flush")
def _notify_after_flush(session: Session, flush_context) -> None:
    """Tell the other desks, in this transaction, what this flush changed (PostgreSQL)."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return
    ids: dict[str, list[int]] = {}
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        table = getattr(obj, "__tablename__", None)
        name = NAME_OF_TABLE.get(table)
        if name is None:
            continue
        ident = getattr(obj, "id", None)
        ids.setdefault(name, [])
        if isinstance(ident, int):
            ids[name].append(ident)
    if ids:
        notify(connection, ids, session.info.get("cx_origin"))


def notify(connection, ids: dict[str, list[int]], origin: str | None) -> None:
    """NOTIFY the other desks (delivered when ``connection``'s transaction commits)."""
    payload = json.dumps({"o": origin, "ids": ids}, separators=(",", ":"))
    if len(payload) > _PAYLOAD_LIMIT:  # a big import: the names are enough
        payload = json.dumps({"o": origin, "ids": {name: [] for name in ids}})
    connection.execute(
        text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload}
    )


def parse(payload: str) -> tuple[str | None, set[str], dict[str, list[int]]]:
    """(origin, names, ids) of a notification's payload."""
    try:
        data = json.loads(payload)
        ids = {str(k): list(v) for k, v in dict(data.get("ids", {})).items()}
        return data.get("o"), names_for(ids), ids
    except (ValueError, TypeError, AttributeError):
        return None, names_for(NAME_OF_TABLE.values()), {}


# --------------------------------------------------------------------------- schema gate


@event.listens_for(Session, "after_begin")
def _schema_gate(session: Session, transaction, connection) -> None:
    """On a shared server: wait out a migration in progress, refuse a newer schema."""
    if connection.dialect.name != "postgresql" or not session.info.get("cx_origin"):
        return
    check_schema(connection)


def check_schema(connection) -> None:
    from cxlogger.core.storage import migrate

    connection.execute(text("SELECT pg_advisory_xact_lock_shared(:key)"), {"key": MIGRATION_LOCK})
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision is not None and not migrate.is_known_revision(revision):
        raise SchemaTooNewError(UPDATE_SENTENCE.format(revision=revision))


def lock_for_migration(connection) -> None:
    """Hold the migration lock until ``connection``'s transaction ends (PostgreSQL only)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


# --------------------------------------------------------------------------- watchers


class _Watcher:
    def __init__(
        self,
        origin: str | None,
        on_change: Callable[[set[str]], None],
        on_state: Callable[[bool], None] | None = None,
    ):
        self.origin = origin
        self.on_change = on_change
        self.on_state = on_state or (lambda online: None)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.online: bool | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=type(self).__name__, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _state(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.on_state(online)

    def _run(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class PgListener(_Watcher):
    """LISTEN on a connection of its own; reconnect with backoff; catch up after each connect.

    ``connect()`` returns a new autocommit psycopg connection. ``mark`` is the change-log
    id this desk has seen up to (None: read the newest at the first connect).
    """

    def __init__(
        self,
        connect: Callable,
        origin: str | None,
        on_change: Callable[[set[str]], None],
        on_state: Callable[[bool], None] | None = None,
        mark: int | None = None,
        ping_seconds: float = 2.0,
        max_backoff: float = 15.0,
    ):
        super().__init__(origin, on_change, on_state)
        self._connect = connect
        self.mark = mark
        self.ping_seconds = ping_seconds
        self.max_backoff = max_backoff
        self.attempts = 0

    @classmethod
    def for_engine(cls, engine, origin, on_change, on_state=None, **kw) -> PgListener:
        import psycopg

        cargs, cparams = engine.dialect.create_connect_args(engine.url)
        cparams = {**cparams, "autocommit": True}
        cparams.setdefault("connect_timeout", 5)
        cparams.setdefault("application_name", "cxlogger listener")

        def connect():
            return psycopg.connect(*cargs, **cparams)

        return cls(connect, origin, on_change, on_state, **kw)

    def _run(self) -> None:
        backoff = 0.25
        while not self._stop.is_set():
            self.attempts += 1
            try:
                with self._connect() as con:
                    con.execute(f"LISTEN {CHANNEL}")
                    self._catch_up(con)
                    self._state(True)
                    backoff = 0.25
                    self._listen(con)
            except Exception as exc:  # the server went away (or never came)
                log.debug("listener: %s", exc)
                self._state(False)
            if self._stop.wait(backoff):
                break
            backoff = min(backoff * 2, self.max_backoff)

    def _catch_up(self, con) -> None:
        row = con.execute("SELECT to_regclass('change_log') IS NOT NULL").fetchone()
        if not row or not row[0]:
            return
        if self.mark is None:
            self.mark = con.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0]
            return
        rows = con.execute(
            "SELECT id, entity, origin FROM change_log WHERE id > %s ORDER BY id", (self.mark,)
        ).fetchall()
        if rows:
            self.mark = rows[-1][0]
        names = {NAME_OF_ENTITY.get(r[1], "customers") for r in rows if r[2] != self.origin}
        if self.online is False:
            # away: notifications were lost, and not every change is in the change log
            # (the reminder rules' own work), so the lists refresh what they show
            names |= {"followups"}
        if names:
            self.on_change(names_for(names))

    def _listen(self, con) -> None:
        last_ping = time.monotonic()
        while not self._stop.is_set():
            for note in con.notifies(timeout=0.25, stop_after=50):
                origin, names, _ids = parse(note.payload)
                if origin != self.origin and names:
                    self.on_change(names)
            if time.monotonic() - last_ping > self.ping_seconds:
                # a dropped network sends no FIN: ask, so a dead server is noticed
                con.execute("SELECT 1")
                last_ping = time.monotonic()


class SqlitePoller(_Watcher):
    """Notice another process's commits to a SQLite file (the CLI) by ``data_version``."""

    def __init__(self, path, origin, on_change, interval: float = 0.5):
        super().__init__(origin, on_change)
        self.path = path
        self.interval = interval

    def _run(self) -> None:
        try:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=5)
        except sqlite3.Error:
            log.debug("poller: cannot open %s", self.path, exc_info=True)
            return
        with closing(con):
            try:
                version = con.execute("PRAGMA data_version").fetchone()[0]
                mark = con.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0]
            except sqlite3.Error:
                return
            while not self._stop.wait(self.interval):
                try:
                    now = con.execute("PRAGMA data_version").fetchone()[0]
                    if now == version:
                        continue
                    version = now
                    rows = con.execute(
                        "SELECT id, entity, origin FROM change_log WHERE id > ? ORDER BY id",
                        (mark,),
                    ).fetchall()
                except sqlite3.Error:
                    continue  # busy or being restored: next time
                if rows:
                    mark = rows[-1][0]
                names = {NAME_OF_ENTITY.get(r[1], "customers") for r in rows if r[2] != self.origin}
                if names:
                    self.on_change(names_for(names))

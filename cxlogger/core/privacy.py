"""A customer's data on request: export everything about them, or erase them.

Export writes one folder with ``customer.json`` (everything, nested) and one CSV
per kind of record, safe to open in a spreadsheet.

Erase deletes the customer with their interactions, promises, feedback and
follow-ups in one transaction, with ``secure_delete`` on; then merges the
search index (so no old index segment still holds their words), rebuilds the
file (VACUUM, so no free page does) and checkpoints the WAL with TRUNCATE, so
nothing about them lingers in the live database files. Older backups still
hold them until rotation removes those backups; the UI says so.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from cxlogger.core import leftovers, money
from cxlogger.core.db import Database
from cxlogger.core.errors import UserError, disk_full_error
from cxlogger.core.models import Base, Customer, Staff
from cxlogger.core.timeutil import utcnow

log = logging.getLogger(__name__)

BACKUPS_KEEP_IT = (
    "Older backups still contain this customer until they are rotated out "
    "(by default after about a year); delete those backup files too if the data "
    "must be gone from them as well."
)
_FORMULA_START = tuple("=+-@\t\r")


class CustomerNotFoundError(UserError):
    def __init__(self, customer_id: int):
        super().__init__(f"There is no customer with number {customer_id}; check the number.")


def _customer_tables() -> list[Table]:
    """Every table whose rows belong to a customer (a customer_id pointing at customers)."""
    tables = []
    for table in Base.metadata.sorted_tables:
        column = table.c.get("customer_id")
        if column is not None and any(
            fk.column.table.name == "customers" for fk in column.foreign_keys
        ):
            tables.append(table)
    return tables


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _row(mapping, table_name: str) -> dict[str, Any]:
    row = {key: _plain(value) for key, value in mapping.items()}
    if table_name == "interactions":  # the exact amount as a decimal, beside its minor units
        minor, currency = row.get("amount_minor"), row.get("currency")
        row["amount"] = money.plain(minor, currency) if minor is not None and currency else None
    return row


def customer_record(session: Session, customer_id: int) -> dict[str, Any]:
    """Everything stored about one customer, as plain JSON-ready values."""
    customers = Customer.__table__
    found = session.execute(select(customers).where(customers.c.id == customer_id)).mappings()
    customer = found.first()
    if customer is None:
        raise CustomerNotFoundError(customer_id)
    record: dict[str, Any] = {
        "exported_at": utcnow().isoformat(),
        "customer": _row(customer, "customers"),
    }
    staff_ids = set()
    for table in _customer_tables():
        query = select(table).where(table.c.customer_id == customer_id)
        if "id" in table.c:
            query = query.order_by(table.c.id)
        rows = [_row(m, table.name) for m in session.execute(query).mappings()]
        record[table.name] = rows
        for row in rows + [record["customer"]]:
            staff_ids.update(
                v for k, v in row.items() if k.endswith(("staff_id", "by_id", "owner_id")) and v
            )
    if staff_ids:
        names = session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(staff_ids)))
        record["staff"] = {str(i): n for i, n in names}
    else:
        record["staff"] = {}
    return record


def _cell(value: Any) -> Any:
    """Neutralise text a spreadsheet would run as a formula; numbers stay numbers."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def _write_private(path: Path, write) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(
        fd, "w", encoding="utf-8-sig" if path.suffix == ".csv" else "utf-8", newline=""
    ) as fh:
        write(fh)
        fh.flush()
        os.fsync(fh.fileno())


def export_customer(
    session: Session, customer_id: int, out_dir: Path, now: datetime | None = None
) -> Path:
    """Write everything about a customer into a new folder in ``out_dir``; returns it.

    ``customer.json`` holds it all; ``customer.csv``, ``interactions.csv``,
    ``promises.csv``, ``feedback.csv``, ``followups.csv`` the same as tables.
    The folder appears complete or not at all.
    """
    record = customer_record(session, customer_id)
    now = now or utcnow()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"customer-{customer_id}-{now.astimezone(timezone.utc):%Y%m%d-%H%M%S}"
    final = out_dir / name
    number = 1
    while final.exists():  # exported twice within a second (say, after an interrupted try)
        number += 1
        final = out_dir / f"{name}-{number}"
    leftovers.sweep(out_dir, leftovers.CUSTOMER_EXPORT_PATTERNS)  # what a killed export left
    held = leftovers.private_temp(out_dir, name, directory=True)
    staging = held.path
    try:
        _write_private(
            staging / "customer.json",
            lambda fh: json.dump(record, fh, ensure_ascii=False, indent=2),
        )
        tables = {"customer": [record["customer"]]}
        tables.update({t.name: record[t.name] for t in _customer_tables()})
        for table_name, rows in tables.items():
            columns = list(rows[0]) if rows else _columns(table_name)

            def write(fh, rows=rows, columns=columns):
                writer = csv.writer(fh)
                writer.writerow(columns)
                for row in rows:
                    writer.writerow([_cell(row.get(c)) for c in columns])

            _write_private(staging / f"{table_name}.csv", write)
        os.replace(staging, final)
    except BaseException as exc:
        held.discard()
        full = disk_full_error(exc)
        if full is not None:
            raise full from exc
        if isinstance(exc, OSError):
            raise UserError(
                f"cxlogger could not write the export to {out_dir}: {exc.strerror}. "
                "Choose a folder you may write to."
            ) from exc
        raise
    held.release()
    log.info("exported customer %s to %s", customer_id, final)
    return final


def _columns(table_name: str) -> list[str]:
    table = Base.metadata.tables["customers" if table_name == "customer" else table_name]
    return [c.name for c in table.columns]


@dataclass
class EraseResult:
    customer_name: str
    deleted: dict[str, int] = field(default_factory=dict)  # table -> rows
    purged: bool = True  # the live files were rewritten and the WAL emptied

    def message(self) -> str:
        parts = ", ".join(f"{n} {t}" for t, n in self.deleted.items() if n)
        text = f"{self.customer_name} was erased" + (f" ({parts})." if parts else ".")
        if not self.purged:
            text += (
                " Another program is still reading the database, so the old pages are "
                "cleared when it closes."
            )
        return f"{text} {BACKUPS_KEEP_IT}"


def erase_customer(db: Database, customer_id: int) -> EraseResult:
    """Erase a customer and everything about them, leaving no trace in the live files."""
    tables = list(reversed(_customer_tables()))  # children before parents
    customers = Customer.__table__
    if not db.is_sqlite:
        with db.engine.begin() as con:
            name = con.scalar(select(customers.c.name).where(customers.c.id == customer_id))
            if name is None:
                raise CustomerNotFoundError(customer_id)
            result = EraseResult(name)
            for table in tables:
                deleted = con.execute(table.delete().where(table.c.customer_id == customer_id))
                result.deleted[table.name] = deleted.rowcount
            con.execute(customers.delete().where(customers.c.id == customer_id))
        return result

    # If this is interrupted once the rows are gone, the next start finishes the
    # purge (core.leftovers.finish_erase).
    local = db.paths.is_sqlite and db.paths.database_url is None
    if local:
        leftovers.mark_purge_pending(db.paths)
    result = EraseResult("")
    try:
        with _autocommit(db) as con:
            old_secure = con.execute("PRAGMA secure_delete").fetchone()[0]
            try:
                _erase_sqlite(con, tables, customer_id, result)
            finally:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                con.execute(f"PRAGMA secure_delete={int(old_secure)}")
    finally:
        if local and (result.purged or not result.deleted):
            leftovers.clear_purge_pending(db.paths)  # nothing deleted, or all purged
    log.info("erased customer %s: %s", customer_id, result.deleted)
    return result


@contextmanager
def _autocommit(db: Database):
    """The raw sqlite3 connection, issuing BEGIN/COMMIT ourselves (VACUUM needs none open)."""
    raw = db.engine.raw_connection()
    try:
        con = raw.driver_connection
        old_isolation = con.isolation_level
        con.isolation_level = None
        try:
            yield con
        finally:
            con.isolation_level = old_isolation
    except BaseException as exc:
        full = disk_full_error(exc)
        if full is not None:
            raise full from exc
        raise
    finally:
        raw.close()


def _erase_sqlite(con, tables: list[Table], customer_id: int, result: EraseResult) -> None:
    """Fills in ``result``: ``deleted`` once committed, ``purged`` once the files are clean."""
    con.execute("PRAGMA secure_delete=ON")
    con.execute("BEGIN IMMEDIATE")
    row = con.execute("SELECT name FROM customers WHERE id = ?", (customer_id,)).fetchone()
    if row is None:
        raise CustomerNotFoundError(customer_id)
    result.customer_name = row[0]
    deleted = {}
    for table in tables:
        cursor = con.execute(f'DELETE FROM "{table.name}" WHERE customer_id = ?', (customer_id,))
        deleted[table.name] = cursor.rowcount
    con.execute("DELETE FROM customers WHERE id = ?", (customer_id,))
    has_fts = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'interactions_fts'").fetchone()
    if has_fts:
        # The delete trigger only adds tombstones; merging drops the old segments.
        con.execute("INSERT INTO interactions_fts(interactions_fts) VALUES ('optimize')")
    con.execute("COMMIT")
    result.purged = False  # until the file is rebuilt and the WAL emptied
    result.deleted = deleted or {"customers": 1}
    con.execute("VACUUM")  # no free page or old cell keeps the text
    result.purged = checkpoint_truncate(con)


def checkpoint_truncate(con, attempts: int = 20) -> bool:
    """Empty the WAL (TRUNCATE); False if a reader kept it busy."""
    for _ in range(attempts):
        busy, _log, _done = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return True
        time.sleep(0.05)
    log.warning("the WAL could not be emptied after an erase; a reader kept it busy")
    return False

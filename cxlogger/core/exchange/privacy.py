"""A customer's data on request: export everything about them, or erase them.

Export writes one folder with ``customer.json`` (everything, nested) and one CSV
per kind of record, safe to open in a spreadsheet.

Erase deletes the customer with their interactions, promises, feedback and
follow-ups in one transaction, with ``secure_delete`` on. Money rows are the
exception (bookkeeping law keeps them for years): an interaction with an amount
and a promise closed with one stay, with every text in them blanked, and the
customer row stays as "Erased customer" with nothing personal left, hidden
everywhere, so the money ledger keeps the same references, dates and amounts
(the money export of a past month is the same before and after). Then it merges the
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

from sqlalchemy import String, Table, Text, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from cxlogger.core.errors import UserError, disk_full_error
from cxlogger.core.models import Base, Customer, Staff
from cxlogger.core.records import money
from cxlogger.core.storage import leftovers
from cxlogger.core.storage.db import Database
from cxlogger.core.timeutil import utcnow

log = logging.getLogger(__name__)

BACKUPS_KEEP_IT = (
    "Older backups still contain this customer until they are rotated out "
    "(by default after about a year); delete those backup files too if the data "
    "must be gone from them as well."
)
_FORMULA_START = tuple("=+-@\t\r")

# What an erased customer whose money rows had to be kept is called from then on.
ERASED_NAME = "Erased customer"
# The rows bookkeeping keeps, per table (SQL shared by the SQLite and server paths).
MONEY_ROWS = {
    "interactions": "amount_minor IS NOT NULL",
    "promises": "amount_minor IS NOT NULL AND status IN ('kept', 'broken')",
}
# Code columns of kept money rows that say nothing about the person; every other
# text column of a kept row is blanked (also ones added later).
_KEEP_CODES = {"channel", "kind", "status", "currency", "amount_kind"}
# a desk's random id for a record it sent from its outbox (issue 12): nothing personal,
# and blanked, it would make two kept money rows equal under its unique index
_KEEP_CODES.add("client_uuid")
_RESET = {"sentiment": "neutral"}
_KEEP_CUSTOMER = {"consent", "contact_consent"}  # codes, nothing personal


class CustomerNotFoundError(UserError):
    def __init__(self, customer_id: int, erased: bool = False):
        if erased:
            super().__init__(
                f"Customer {customer_id} was erased; there is no customer with that number "
                "any more, only their money records without personal data."
            )
        else:
            super().__init__(f"There is no customer with number {customer_id}; check the number.")


def money_rows_kept(record: dict[str, Any]) -> int:
    """How many of the customer's rows (see customer_record) an erase keeps for bookkeeping."""
    kept = sum(1 for row in record.get("interactions", []) if row.get("amount_minor") is not None)
    kept += sum(
        1
        for row in record.get("promises", [])
        if row.get("amount_minor") is not None and row.get("status") in ("kept", "broken")
    )
    return kept


def money_kept_sentence(count: int) -> str:
    """What an erase keeps, for the command line (the GUI has its own translated text)."""
    if not count:
        return ""
    head = (
        "Their money record (a sale, refund, credit or goodwill) is kept"
        if count == 1
        else f"Their {count} money records (sales, refunds, credits, goodwill) are kept"
    )
    return (
        f"{head}, as bookkeeping law requires, but without their name, contact details, "
        "notes or summaries: amounts, dates and references stay as they are, so past money "
        "exports do not change."
    )


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
    if customer.get("erased_at") is not None:
        raise CustomerNotFoundError(customer_id, erased=True)
    record: dict[str, Any] = {
        "exported_at": utcnow().isoformat(),
        "customer": _row(customer, "customers"),
    }
    # the yes/no column contact_consent replaced (migration 0008) says nothing any more
    record["customer"].pop("consent", None)
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
    kept: dict[str, int] = field(default_factory=dict)  # table -> money rows kept, anonymised

    def message(self) -> str:
        parts = ", ".join(f"{n} {t}" for t, n in self.deleted.items() if n)
        text = f"{self.customer_name} was erased" + (f" ({parts})." if parts else ".")
        kept = sum(self.kept.values())
        if kept:
            text += " " + money_kept_sentence(kept)
        if not self.purged:
            text += (
                " Another program is still reading the database, so the old pages are "
                "cleared when it closes."
            )
        return f"{text} {BACKUPS_KEEP_IT}"


def _erase_statements(tables: list[Table]) -> list[tuple[str, str, str]]:
    """``(action, table, SQL)`` for erasing one customer (``:c``), children first.

    ``action`` is "delete" (rows counted as deleted), "keep" (money rows blanked,
    counted as kept). The customer row is handled after these.
    """
    statements = []
    for table in tables:
        keep = MONEY_ROWS.get(table.name)
        if keep is None:
            statements.append(
                ("delete", table.name, f'DELETE FROM "{table.name}" WHERE customer_id = :c')
            )
            continue
        statements.append(
            (
                "delete",
                table.name,
                f'DELETE FROM "{table.name}" WHERE customer_id = :c AND NOT ({keep})',
            )
        )
        blank = ", ".join(
            f"{c.name} = " + (f"'{_RESET[c.name]}'" if c.name in _RESET else "''")
            for c in table.columns
            if isinstance(c.type, (String, Text)) and c.name not in _KEEP_CODES
        )
        statements.append(
            ("keep", table.name, f'UPDATE "{table.name}" SET {blank} WHERE customer_id = :c')
        )
    return statements


def _tombstone_sql() -> str:
    customers = Customer.__table__
    sets = [f"name = '{ERASED_NAME}'"]
    for column in customers.columns:
        if column.name == "name" or column.name in _KEEP_CUSTOMER:
            continue
        if isinstance(column.type, (String, Text)):
            sets.append(f"{column.name} = " + ("NULL" if column.nullable else "''"))
    sets += ["archived = :yes", "erased_at = :now", "updated_at = :now"]
    sets.append("version = version + 1")  # an editor still open on them conflicts (0016)
    return f"UPDATE customers SET {', '.join(sets)} WHERE id = :c"


def erase_customer(db: Database, customer_id: int, now: datetime | None = None) -> EraseResult:
    """Erase a customer and everything about them, leaving no trace in the live files.

    Money rows are kept without personal data (see the module's docstring).
    """
    tables = list(reversed(_customer_tables()))  # children before parents
    now = (now or utcnow()).astimezone(timezone.utc)
    if not db.is_sqlite:
        params = {"c": customer_id, "now": now.replace(tzinfo=None), "yes": True}
        with db.engine.begin() as con:
            found = con.execute(
                sql_text("SELECT name, erased_at FROM customers WHERE id = :c"), params
            ).first()
            if found is None or found[1] is not None:
                raise CustomerNotFoundError(customer_id, erased=found is not None)
            result = EraseResult(found[0])
            for action, table, sql in _erase_statements(tables):
                rows = con.execute(sql_text(sql), params).rowcount
                (result.deleted if action == "delete" else result.kept)[table] = rows
            if sum(result.kept.values()):
                con.execute(sql_text(_tombstone_sql()), params)
            else:
                con.execute(sql_text("DELETE FROM customers WHERE id = :c"), params)
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
                _erase_sqlite(con, tables, customer_id, result, now)
            finally:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                con.execute(f"PRAGMA secure_delete={int(old_secure)}")
    finally:
        if local and (result.purged or not result.deleted):
            leftovers.clear_purge_pending(db.paths)  # nothing deleted, or all purged
    log.info("erased customer %s: %s, kept %s", customer_id, result.deleted, result.kept)
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


def _erase_sqlite(
    con, tables: list[Table], customer_id: int, result: EraseResult, now: datetime
) -> None:
    """Fills in ``result``: ``deleted`` and ``kept`` once committed, ``purged`` once the
    files are clean."""
    # the text form SQLAlchemy stores UTC times in
    params = {"c": customer_id, "now": now.strftime("%Y-%m-%d %H:%M:%S.%f"), "yes": 1}
    con.execute("PRAGMA secure_delete=ON")
    con.execute("BEGIN IMMEDIATE")
    row = con.execute("SELECT name, erased_at FROM customers WHERE id = :c", params).fetchone()
    if row is None or row[1] is not None:
        raise CustomerNotFoundError(customer_id, erased=row is not None)
    result.customer_name = row[0]
    deleted, kept = {}, {}
    for action, table, sql in _erase_statements(tables):
        cursor = con.execute(sql, params)
        (deleted if action == "delete" else kept)[table] = cursor.rowcount
    if sum(kept.values()):
        con.execute(_tombstone_sql(), params)
    else:
        con.execute("DELETE FROM customers WHERE id = :c", params)
    has_fts = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'interactions_fts'").fetchone()
    if has_fts:
        # The delete trigger only adds tombstones; merging drops the old segments.
        con.execute("INSERT INTO interactions_fts(interactions_fts) VALUES ('optimize')")
    con.execute("COMMIT")
    result.purged = False  # until the file is rebuilt and the WAL emptied
    result.deleted = deleted or {"customers": 1}
    result.kept = kept
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

"""Helpers shared by the issue-5 tests (backups, integrity, crashes, privacy)."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

from cxlogger.core.records import customers, interactions, staff
from cxlogger.core.records.interactions import InteractionData
from cxlogger.core.records.promises import PromiseData


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def add_customers(db, now, n: int, prefix: str = "Customer", per_customer: int = 2) -> list[int]:
    """``n`` customers with ``per_customer`` interactions each; returns their ids."""
    with db.session() as s:
        me = staff.find_by_name(s, "Alex Owner")
        s.commit()  # find_by_name began a transaction; services begin their own
        me = me or staff.add_staff(s, "Alex Owner", now)
        ids = []
        for i in range(n):
            c = customers.add_customer(
                s, customers.CustomerData(f"{prefix} {i}", email=f"c{i}@example.com"), me.id, now
            )
            ids.append(c.id)
            for k in range(per_customer):
                interactions.log_interaction(
                    s,
                    InteractionData(
                        customer_id=c.id,
                        occurred_at=now - timedelta(hours=k + 1),
                        channel="phone",
                        kind="inquiry",
                        summary=f"{prefix} {i} call {k}",
                        promise=PromiseData("Call back", (now + timedelta(days=2)).date())
                        if k == 0
                        else None,
                    ),
                    me.id,
                    now,
                )
    return ids


def table_dump(db_path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, for comparing two databases."""
    uri = f"file:{db_path}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as con:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'interactions_fts%'"
            )
        ]
        return {n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}


def counts(db_path: Path) -> tuple[int, int]:
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as con:
        return (
            con.execute("SELECT count(*) FROM customers").fetchone()[0],
            con.execute("SELECT count(*) FROM interactions").fetchone()[0],
        )

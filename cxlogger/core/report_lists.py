"""Record lists shown under a report block: the low ratings and what was done about
them, the complaints with neither a promise nor a resolution after N days.

Qt-free. Each is the newest records behind one of the block's figures (the same
``reports.drill`` a click on the figure runs), as a ``reports.Table`` the view shows
and saves as CSV like the block's other tables, with the customer of each row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from cxlogger.core.reports import COMPLAINT_DAYS, Period, Table, drill

LIMIT = 50  # the newest; the figure's click lists up to 500, the CSV of the list these

# block key -> (table key, title, the figure's link without period and staff)
LISTS = {
    "loop": (
        "unhandled_complaints",
        "Complaints with no promise or resolution",
        {"list": "complaints_unhandled", "days": COMPLAINT_DAYS},
    ),
    "feedback": (
        "low_ratings",
        "Low ratings and what was done",
        {"list": "feedback", "low": True},
    ),
}


@dataclass
class RecordList:
    table: Table
    total: int  # how many there are (the table holds the newest LIMIT)
    customer_ids: list[int] = field(default_factory=list)  # per row


def record_list(
    session: Session,
    block_key: str,
    period: Period,
    now: datetime,
    staff_id: int | None = None,
    limit: int = LIMIT,
) -> RecordList | None:
    """The list shown under ``block_key``'s figures, or None if it has none."""
    if block_key not in LISTS:
        return None
    key, title, link = LISTS[block_key]
    link = {
        **link,
        "first": period.first.isoformat(),
        "last": period.last.isoformat(),
        "staff_id": staff_id,
    }
    records = drill(session, link, now, limit)
    numeric = tuple(i for i, name in enumerate(records.columns) if name == "Rating")
    table = Table(key, title, records.columns, records.rows, numeric=numeric)
    return RecordList(table, records.total, records.customer_ids)

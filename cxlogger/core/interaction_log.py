"""The interactions log: filtered, sorted pages fetched with keyset conditions.

Pages never use OFFSET: each page continues after the last row of the one
before, so the thousandth page is as quick as the first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Integer, and_, column, func, literal, or_, select, text, tuple_
from sqlalchemy.orm import Session, aliased

from cxlogger.core.customers import escape_like, search_lower, search_term
from cxlogger.core.models import Customer, Interaction, Staff
from cxlogger.core.timeutil import to_utc

PAGE_SIZE = 200
# Below this many characters the trigram index cannot help; fall back to LIKE.
FTS_MIN_CHARS = 3


@dataclass(frozen=True)
class LogFilter:
    date_from: date | None = None  # local calendar days, inclusive
    date_to: date | None = None
    channel: str | None = None
    kind: str | None = None
    staff_id: int | None = None
    customer_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class LogRow:
    id: int
    occurred_at: datetime
    customer_id: int
    customer: str
    channel: str
    kind: str
    summary: str
    sentiment: str
    staff: str
    amount_minor: int | None
    currency: str | None
    amount_kind: str | None

    sort_value: Any = None  # the value of the sort column, for the next page's keyset


_staff = aliased(Staff)

SORT_COLUMNS = {
    "occurred_at": Interaction.occurred_at,
    "customer": func.lower(Customer.name),
    "channel": Interaction.channel,
    "kind": Interaction.kind,
    "summary": func.lower(Interaction.summary),
    "sentiment": Interaction.sentiment,
    "staff": func.coalesce(func.lower(_staff.name), ""),
    "amount": func.coalesce(Interaction.amount_minor, -(2**62)),
}


def day_bounds(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """UTC [start, end) of local days first..last, inclusive of the whole last day."""
    start = to_utc(datetime.combine(first, time.min)) if first else None
    end = to_utc(datetime.combine(last + timedelta(days=1), time.min)) if last else None
    return start, end


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _text_condition(session: Session, term: str):
    term = search_term(term)
    like = f"%{escape_like(term.lower())}%"
    name_match = Interaction.customer_id.in_(
        select(Customer.id).where(search_lower(session, Customer.name).like(like, escape="\\"))
    )
    if session.get_bind().dialect.name == "sqlite" and len(term) >= FTS_MIN_CHARS:
        words = [w for w in term.split() if w]
        if all(len(w) >= FTS_MIN_CHARS for w in words):
            match = " AND ".join(_fts_phrase(w) for w in words)
            fts_ids = text("SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH :q")
            fts_ids = fts_ids.bindparams(q=match).columns(column("rowid", Integer))
            return or_(Interaction.id.in_(fts_ids), name_match)
    return or_(
        func.lower(Interaction.summary).like(like, escape="\\"),
        func.lower(Interaction.details).like(like, escape="\\"),
        name_match,
    )


def _conditions(session: Session, flt: LogFilter) -> list:
    conditions = []
    start, end = day_bounds(flt.date_from, flt.date_to)
    if start is not None:
        conditions.append(Interaction.occurred_at >= start)
    if end is not None:
        conditions.append(Interaction.occurred_at < end)
    if flt.channel:
        conditions.append(Interaction.channel == flt.channel)
    if flt.kind:
        conditions.append(Interaction.kind == flt.kind)
    if flt.staff_id is not None:
        conditions.append(Interaction.staff_id == flt.staff_id)
    if flt.customer_id is not None:
        conditions.append(Interaction.customer_id == flt.customer_id)
    if search_term(flt.text):
        conditions.append(_text_condition(session, flt.text))
    return conditions


def fetch_page(
    session: Session,
    flt: LogFilter = LogFilter(),
    sort: str = "occurred_at",
    descending: bool = True,
    after: LogRow | None = None,
    limit: int = PAGE_SIZE,
) -> list[LogRow]:
    """One page of the log; pass the last row of the previous page as ``after``."""
    key = SORT_COLUMNS[sort]
    query = (
        select(
            Interaction.id,
            Interaction.occurred_at,
            Interaction.customer_id,
            Customer.name,
            Interaction.channel,
            Interaction.kind,
            Interaction.summary,
            Interaction.sentiment,
            func.coalesce(_staff.name, literal("")),
            Interaction.amount_minor,
            Interaction.currency,
            Interaction.amount_kind,
            key,
        )
        .join(Customer, Customer.id == Interaction.customer_id)
        .outerjoin(_staff, _staff.id == Interaction.staff_id)
        .where(*_conditions(session, flt))
    )
    if after is not None:
        after_key = _bind_key(sort, after.sort_value)
        if descending:
            query = query.where(tuple_(key, Interaction.id) < tuple_(after_key, after.id))
        else:
            query = query.where(tuple_(key, Interaction.id) > tuple_(after_key, after.id))
    if descending:
        query = query.order_by(key.desc(), Interaction.id.desc())
    else:
        query = query.order_by(key.asc(), Interaction.id.asc())
    rows = session.execute(query.limit(limit)).all()
    return [LogRow(*row) for row in rows]


def _bind_key(sort: str, value: Any):
    if sort == "occurred_at":
        # compare with the column's stored form (naive UTC) through its type
        return literal(value, Interaction.occurred_at.type)
    return literal(value)


def count(session: Session, flt: LogFilter = LogFilter()) -> int:
    query = (
        select(func.count())
        .select_from(Interaction)
        .join(Customer, Customer.id == Interaction.customer_id)
        .where(and_(True, *_conditions(session, flt)))
    )
    return session.scalar(query)

"""The interactions log: filtered, sorted pages fetched with keyset conditions.

Pages never use OFFSET: each page continues after the last row of the one
before, so the thousandth page is as quick as the first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    Integer,
    and_,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    tuple_,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from cxlogger.core.models import Customer, Interaction, Staff
from cxlogger.core.records.customers import (
    customer_fts_rowids,
    escape_like,
    fts_phrase,
    name_starts_with,
    search_term,
)
from cxlogger.core.timeutil import to_utc

PAGE_SIZE = 200
# Below this many characters the trigram index cannot help: a search this short looks
# only at the beginning of customers' names (indexed), and the search box says so.
FTS_MIN_CHARS = 3
# A search with at most this many candidate rows sorts their keys and fetches a page; a more common
# term walks the sort's index and checks each row until a page is full. Either way the
# first page costs about the same for any term (tests/core/test_query_plans.py).
RARE_HITS = 20_000
# Interactions are found by their customer's name only while few customers match: a
# name part as common as "ann" would bury the matches in the texts.
NAME_MATCHES = 100


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

# The columns the log can be sorted by, each served by an index (migration 0011) whose
# order is (column, occurred_at, id): ties are newest first (oldest first ascending). By
# customer, the customers' name index is walked and each one's interactions follow by
# the (customer_id, occurred_at) index. Summary and staff cannot be sorted on a big log
# without reading all of it; their headers say so.
AMOUNT_KEY = func.coalesce(Interaction.amount_minor, literal_column("-1"))
SORTS = {
    "occurred_at": (),
    "channel": (Interaction.channel,),
    "kind": (Interaction.kind,),
    "sentiment": (Interaction.sentiment,),
    "amount": (AMOUNT_KEY,),
    "customer": (Customer.name_key, Customer.id),
}
SORT_COLUMNS = tuple(SORTS)


def day_bounds(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """UTC [start, end) of local days first..last, inclusive of the whole last day."""
    start = to_utc(datetime.combine(first, time.min)) if first else None
    end = to_utc(datetime.combine(last + timedelta(days=1), time.min)) if last else None
    return start, end


def _fts_phrase(term: str) -> str:
    return fts_phrase(term)


def _fts_rowids(match: str):
    rowids = text("SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH :q")
    hits = rowids.bindparams(q=match).columns(column("rowid", Integer)).subquery("hits")
    return select(hits.c.rowid)


def _fts_probe(match: str):
    """This row's texts match (one FTS lookup by rowid, for a walk along another index)."""
    return text(
        "EXISTS (SELECT 1 FROM interactions_fts WHERE interactions_fts MATCH :q "
        "AND interactions_fts.rowid = interactions.id)"
    ).bindparams(q=match)


def _capped_count(session: Session, query) -> int:
    return session.scalar(select(func.count()).select_from(query.limit(RARE_HITS + 1).subquery()))


def _text_conditions(session: Session, term: str, sort: str = "occurred_at"):
    """(conditions, few) for a free-text search, or None when nothing can match.

    ``few``: the conditions name at most about RARE_HITS rows by id, to be looked up and
    sorted; otherwise the page walks the sort's index and checks each row.
    """
    term = search_term(term)
    lower = term.lower()
    if session.get_bind().dialect.name != "sqlite":
        like = f"%{escape_like(lower)}%"
        names = select(Customer.id).where(Customer.name_key.like(like, escape="\\"))
        return [
            or_(
                func.lower(Interaction.summary).like(like, escape="\\"),
                func.lower(Interaction.details).like(like, escape="\\"),
                Interaction.customer_id.in_(names),
            )
        ], False
    if len(term) < FTS_MIN_CHARS:
        return _short_term_conditions(session, lower, sort)
    words = term.split()
    long_words = [w for w in words if len(w) >= FTS_MIN_CHARS]

    def likes(chosen):
        return [
            or_(
                Interaction.summary.like(f"%{escape_like(w)}%", escape="\\"),
                Interaction.details.like(f"%{escape_like(w)}%", escape="\\"),
            )
            for w in chosen
        ]

    short_likes = likes(w for w in words if len(w) < FTS_MIN_CHARS)
    match = " AND ".join(_fts_phrase(w) for w in long_words)
    # customers whose name holds the whole term, if they are few
    named = session.scalars(
        select(Customer.id)
        .where(Customer.id.in_(customer_fts_rowids(fts_phrase(lower))))
        .where(Customer.name_key.like(f"%{escape_like(lower)}%", escape="\\"))
        .limit(NAME_MATCHES + 1)
    ).all()
    if len(named) > NAME_MATCHES:
        named = []
    by_name = select(Interaction.id).where(Interaction.customer_id.in_(named)) if named else None
    found = _capped_count(session, _fts_rowids(match)) if match else 0
    if by_name is not None:
        found += _capped_count(session, by_name)
    if not found:
        return None
    if found <= RARE_HITS:
        # few: looked up by id and sorted (at most 2 × RARE_HITS keys)
        parts = []
        if match:
            hits = _fts_rowids(match)
            if short_likes:
                hits = select(Interaction.id).where(Interaction.id.in_(hits), *short_likes)
            parts.append(hits)
        if by_name is not None:
            parts.append(by_name)
        candidates = parts[0] if len(parts) == 1 else union_all(*parts)
        return [Interaction.id.in_(candidates)], True
    # many: walk the sort's index and check each row. For ASCII words LIKE is the same
    # test as the trigram index (substring, any case) at a fraction of an FTS lookup.
    if not match:
        return [Interaction.customer_id.in_(named)], False
    if lower.isascii():
        text_match = and_(*likes(words))
    else:
        text_match = and_(_fts_probe(match), *short_likes)
    if named:
        return [or_(text_match, Interaction.customer_id.in_(named))], False
    return [text_match], False


def _short_term_conditions(session: Session, lower: str, sort: str):
    """One or two characters: the interactions of customers whose name begins with them."""
    starts = name_starts_with(session, lower)  # on the joined customer, by its name index
    if sort == "customer":
        return [starts], False  # the walk along the names is the right one
    by_name = select(Interaction.id).join(Customer, Customer.id == Interaction.customer_id)
    found = _capped_count(session, by_name.where(starts))
    if not found:
        return None
    if found <= RARE_HITS:
        return [Interaction.id.in_(by_name.where(starts))], True
    # many: walk the sort's index and check each row's customer in the set of those
    # customers (built once from the name index)
    named = select(Customer.id).where(name_starts_with(session, lower))
    return [_plain(Interaction.customer_id).in_(named)], False


def _unindexed(expression):
    """The same value, but no index serves it: coalesce(x, x) is x."""
    return func.coalesce(expression, expression)


def _plain(column):
    """``column`` as SQLite's planner cannot use an index for (unary plus)."""
    return literal_column(f"+{column.table.name}.{column.name}", column.type)


def _conditions(session: Session, flt: LogFilter, sort: str = "occurred_at"):
    """The filter's conditions. Sorted by another column than the time, the filters must
    not pull SQLite's plan away from the sort's index (a filtered index and a sort of all
    it finds): they are checked on each row of the walk instead.

    Returns (conditions, few) as _text_conditions, or None when nothing can match."""
    plain = sort != "occurred_at" and session.get_bind().dialect.name == "sqlite"

    def col(column):
        return _plain(column) if plain and column.name != sort else column

    conditions = []
    start, end = day_bounds(flt.date_from, flt.date_to)
    if start is not None:
        conditions.append(col(Interaction.occurred_at) >= start)
    if end is not None:
        conditions.append(col(Interaction.occurred_at) < end)
    if flt.channel:
        conditions.append(col(Interaction.channel) == flt.channel)
    if flt.kind:
        conditions.append(col(Interaction.kind) == flt.kind)
    if flt.staff_id is not None:
        conditions.append(col(Interaction.staff_id) == flt.staff_id)
    if flt.customer_id is not None:
        conditions.append(Interaction.customer_id == flt.customer_id)
    few = False
    if search_term(flt.text):
        searched = _text_conditions(session, flt.text, sort)
        if searched is None:
            return None
        conditions += searched[0]
        few = searched[1]
    return conditions, few


def fetch_page(
    session: Session,
    flt: LogFilter = LogFilter(),
    sort: str = "occurred_at",
    descending: bool = True,
    after: LogRow | None = None,
    limit: int = PAGE_SIZE,
) -> list[LogRow]:
    """One page of the log; pass the last row of the previous page as ``after``.

    ``sort`` is one of SORT_COLUMNS; rows with the same value come newest first (oldest
    first when ascending), so every page walks one index in order. A later page is two
    index walks: the rest of the last row's group, then the groups after it.
    """
    where = _conditions(session, flt, sort)
    if where is None:
        return []
    conditions, few = where
    lead = SORTS[sort]
    trail = (Interaction.occurred_at, Interaction.id)
    columns = (
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
            *lead,
        )
        .join(Customer, Customer.id == Interaction.customer_id)
        .outerjoin(_staff, _staff.id == Interaction.staff_id)
    )

    def ordered(statement, keys):
        return statement.order_by(*(c.desc() if descending else c.asc() for c in keys))

    def beyond(keys, values):
        if len(keys) == 1:
            return keys[0] < values[0] if descending else keys[0] > values[0]
        return tuple_(*keys) < tuple_(*values) if descending else tuple_(*keys) > tuple_(*values)

    def run(statement, size):
        return [_row(row, len(lead)) for row in session.execute(statement.limit(size)).all()]

    after_trail = after_lead = ()
    if after is not None:
        after_trail = (literal(after.occurred_at, Interaction.occurred_at.type), literal(after.id))
        after_lead = tuple(after.sort_value) if len(lead) > 1 else (after.sort_value,)
        after_lead = tuple(literal(v) for v in after_lead[: len(lead)])

    if few:
        # at most about RARE_HITS rows: sort just their keys (no index may serve the
        # order, or SQLite would walk it), then fetch the page's rows
        keys = tuple(_unindexed(c) for c in (*lead, *trail))
        page = select(Interaction.id)
        if sort == "customer":
            page = page.join(Customer, Customer.id == Interaction.customer_id)
        page = page.where(*conditions)
        if after is not None:
            page = page.where(beyond(keys, (*after_lead, *after_trail)))
        page = ordered(page, keys).limit(limit)
        return run(ordered(columns.where(Interaction.id.in_(page)), keys), limit)

    query = ordered(columns.where(*conditions), (*lead, *trail))

    def beyond_trail(values):
        # the plain range first: SQLite walks an index range by it after an equality
        at = trail[0]
        return and_(at <= values[0] if descending else at >= values[0], beyond(trail, values))

    if after is None:
        return run(query, limit)
    if not lead:
        return run(query.where(beyond_trail(after_trail)), limit)
    # the rest of the last row's group: its lead is fixed, so only the time orders it
    same = [c == v for c, v in zip(lead, after_lead, strict=True)]
    rest = ordered(columns.where(*conditions), trail)
    rows = run(rest.where(*same, beyond_trail(after_trail)), limit)
    if len(rows) < limit:
        rows += run(query.where(beyond(lead, after_lead)), limit - len(rows))
    return rows


def fetch_rows(session: Session, ids: list[int], sort: str = "occurred_at") -> list[LogRow]:
    """The rows with these ids (a page the log model had let go of), in the order given."""
    if not ids:
        return []
    lead = SORTS[sort]
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
            *lead,
        )
        .join(Customer, Customer.id == Interaction.customer_id)
        .outerjoin(_staff, _staff.id == Interaction.staff_id)
        .where(Interaction.id.in_(ids))
    )
    found = {row[0]: _row(row, len(lead)) for row in session.execute(query).all()}
    return [found[i] for i in ids if i in found]


def _row(row, leading: int) -> LogRow:
    values = tuple(row[12:])
    if leading == 0:
        sort_value = row[1]
    elif leading == 1:
        sort_value = values[0]
    else:
        sort_value = values
    return LogRow(*row[:12], sort_value=sort_value)


def count(session: Session, flt: LogFilter = LogFilter()) -> int:
    """How many rows the filter shows (reads them all: not for every keystroke)."""
    where = _conditions(session, flt)
    if where is None:
        return 0
    conditions = where[0]
    query = (
        select(func.count())
        .select_from(Interaction)
        .join(Customer, Customer.id == Interaction.customer_id)
        .where(and_(True, *conditions))
    )
    return session.scalar(query)

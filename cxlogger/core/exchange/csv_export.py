"""CSV export for the accountant: interactions, money, promises, feedback, customers.

Each dataset has a fixed, documented set of columns (docs/csv-columns.md). Rows
are streamed from the database in chunks and written through a temporary file
that is renamed at the end, so memory stays flat and a cancelled or failed
export leaves nothing behind. Text cells are neutralised against CSV injection;
amounts and ratings are written as plain numbers. Dates and times are local
time in ISO 8601 (``2026-03-11``, ``14:05``).
"""

from __future__ import annotations

import contextlib
import csv
import operator
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import String, and_, case, func, literal, select, type_coerce, union_all
from sqlalchemy.orm import Session, aliased

from cxlogger.core.errors import UserError
from cxlogger.core.exchange.csv_safety import (
    TRIGGERS,
    Cancelled,
    atomic_text_file,
    keep_text,
    neutralise,
)
from cxlogger.core.exchange.csv_spec import DATASETS, PERIODS
from cxlogger.core.models import Customer, Feedback, Interaction, Promise, Staff
from cxlogger.core.records import money
from cxlogger.core.records.interaction_log import day_bounds

__all__ = [
    "COLUMNS",
    "DATASETS",
    "PERIODS",
    "Cancelled",
    "ExportOptions",
    "count_rows",
    "export_csv",
    "iter_rows",
    "period_range",
]

DATASET_LABELS = {
    "interactions": "Interactions",
    "money": "Money (sales, refunds, credits, goodwill)",
    "promises": "Promises",
    "feedback": "Feedback",
    "customers": "Customers",
}
# what the date range applies to, per dataset
DATE_FIELD_LABELS = {
    "interactions": "when it happened",
    "money": "when it happened",
    "promises": "due date",
    "feedback": "when it was received",
    "customers": "when the customer was added",
}

COLUMNS: dict[str, tuple[str, ...]] = {
    "interactions": (
        "reference",
        "date",
        "time",
        "customer_ref",
        "customer",
        "company",
        "channel",
        "kind",
        "summary",
        "details",
        "sentiment",
        "staff",
        "amount",
        "currency",
        "amount_type",
        "resolved_date",
        "net",
    ),
    # no names or summaries: the money file stays the same when a customer is erased
    "money": (
        "reference",
        "date",
        "time",
        "customer_ref",
        "net",
        "currency",
        "amount_type",
        "amount",
        "kind",
        "staff",
    ),
    "promises": (
        "reference",
        "due_date",
        "due_time",
        "customer_ref",
        "customer",
        "description",
        "status",
        "owner",
        "created_date",
        "outcome_note",
        "closed_date",
        "customer_told_date",
        "customer_told_how",
        "interaction_ref",
    ),
    "feedback": (
        "reference",
        "received_date",
        "customer_ref",
        "customer",
        "scale",
        "rating",
        "comment",
        "action_taken",
        "action_date",
        "customer_told_date",
        "interaction_ref",
        "staff",
    ),
    "customers": (
        "reference",
        "name",
        "company",
        "email",
        "phone",
        "preferred_channel",
        "tags",
        "notes",
        "consent",
        "archived",
        "created_date",
        "owner",
    ),
}

CONSENT_WORDS = {"not_asked": "not asked", "yes": "yes", "no": "no"}
REF_PREFIX = {"customer": "CUS", "interaction": "INT", "promise": "PRM", "feedback": "FBK"}


CHUNK = 2000


@dataclass(frozen=True)
class ExportOptions:
    dataset: str
    date_from: date | None = None  # local calendar days, inclusive
    date_to: date | None = None
    staff_id: int | None = None
    delimiter: str = ","
    bom: bool = True  # UTF-8 with BOM, so Excel reads accents correctly
    decimal_comma: bool = False  # 12,50 instead of 12.50 (only with a ";" or tab delimiter)

    def checked(self) -> ExportOptions:
        if self.dataset not in DATASETS:
            raise UserError(
                f"“{self.dataset}” is not something cxlogger exports; choose one of "
                + ", ".join(DATASETS)
                + "."
            )
        if self.delimiter not in (",", ";", "\t"):
            raise UserError("Choose a comma, a semicolon or a tab as the separator.")
        if self.decimal_comma and self.delimiter == ",":
            raise UserError("Decimal commas need a semicolon or tab separator.")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise UserError("The start date is after the end date; swap them.")
        return self


# ---------------------------------------------------------------- periods


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period_range(name: str, today: date) -> tuple[date, date]:
    """The first and last local day of a quick-pick period around ``today``."""
    if name == "this_month":
        first = today.replace(day=1)
        return first, _add_months(first, 1) - timedelta(days=1)
    if name == "last_month":
        first = _add_months(today.replace(day=1), -1)
        return first, today.replace(day=1) - timedelta(days=1)
    if name == "this_quarter":
        first = _quarter_start(today)
        return first, _add_months(first, 3) - timedelta(days=1)
    if name == "last_quarter":
        first = _add_months(_quarter_start(today), -3)
        return first, _quarter_start(today) - timedelta(days=1)
    if name == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if name == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    raise ValueError(f"unknown period {name!r}")


# ---------------------------------------------------------------- formatting

_UTC = timezone.utc


def _local(raw) -> datetime | None:
    """A stored UTC time (text from SQLite, datetime from other databases) in local time."""
    if raw is None:
        return None
    value = datetime.fromisoformat(raw) if isinstance(raw, str) else raw
    if value.tzinfo is None:
        value = value.replace(tzinfo=_UTC)
    return value.astimezone()


def _local_date(raw) -> str:
    value = _local(raw)
    return value.isoformat()[:10] if value is not None else ""


def _local_stamps() -> tuple[dict, Callable[[object], tuple[str, str]]]:
    """``(hours, stamp)``: ``stamp(raw)`` gives the local ``(date, HH:MM)`` of a stored
    UTC time; ``hours`` maps a stored ``YYYY-MM-DD HH`` prefix to the local
    ``(date, HH)`` once ``stamp`` has seen it, for an inlined fast path.

    Within one UTC hour the local offset is the same at its first and last second
    unless the clocks change inside it; such hours (and offsets that are not whole
    hours) are converted time by time, so the result is always exact.
    """
    hours: dict[str, tuple[str, str] | None] = {}

    def hour(key: str) -> tuple[str, str] | None:
        start = datetime.fromisoformat(key + ":00:00").replace(tzinfo=_UTC)
        local_start = start.astimezone()
        offset = local_start.utcoffset()
        end_offset = (start + timedelta(minutes=59, seconds=59)).astimezone().utcoffset()
        if offset != end_offset or offset.total_seconds() % 3600:
            return None
        text = local_start.isoformat()
        return text[:10], text[11:13]

    def stamp(raw) -> tuple[str, str]:
        try:
            day, hh = hours[raw[:13]]
            return day, hh + raw[13:16]
        except KeyError:
            if isinstance(raw, str) and len(raw) >= 16 and raw[13] == ":":
                hours[raw[:13]] = hour(raw[:13])
                return stamp(raw)
        except TypeError:  # an irregular hour (None), or a datetime from another database
            pass
        text = _local(raw).isoformat()
        return text[:10], text[11:16]

    return hours, stamp


_places: dict[str, int] = {}


def _places_of(currency: str) -> int:
    places = _places.get(currency)
    if places is None:
        try:
            places = money.decimals(currency) if currency else 2
        except Exception:
            places = 2
        _places[currency] = places
    return places


def _amount_text(minor: int | None, currency: str | None, decimal_comma: bool) -> str:
    """Same text as money.plain(), built without Decimal because it runs per row."""
    if minor is None:
        return ""
    places = _places_of(currency or "")
    if places == 0:
        text = str(minor)
    else:
        whole, frac = divmod(abs(minor), 10**places)
        text = f"{'-' if minor < 0 else ''}{whole}.{frac:0{places}d}"
    return text.replace(".", ",") if decimal_comma else text


def _ref(kind: str, ident: int | None) -> str:
    return f"{REF_PREFIX[kind]}-{str(ident).zfill(6)}" if ident is not None else ""


def _raw(column):
    """Select a UTC time column without per-row type processing (formatted by us)."""
    return type_coerce(column, String)


# ---------------------------------------------------------------- datasets


def _range(column, options: ExportOptions) -> list:
    start, end = day_bounds(options.date_from, options.date_to)
    conditions = []
    if start is not None:
        conditions.append(column >= literal(start, column.type))
    if end is not None:
        conditions.append(column < literal(end, column.type))
    return conditions


def _interactions_query(options: ExportOptions):
    staff = aliased(Staff)
    where = _range(Interaction.occurred_at, options)
    if options.staff_id is not None:
        where.append(Interaction.staff_id == options.staff_id)
    return (
        select(
            Interaction.id,
            _raw(Interaction.occurred_at),
            Interaction.customer_id,
            Customer.name,
            func.coalesce(Customer.company, ""),
            Interaction.channel,
            Interaction.kind,
            Interaction.summary,
            func.coalesce(Interaction.details, ""),
            Interaction.sentiment,
            func.coalesce(staff.name, ""),
            Interaction.amount_minor,
            func.coalesce(Interaction.currency, ""),
            func.coalesce(Interaction.amount_kind, ""),
            _raw(Interaction.resolved_at),
        )
        .join(Customer, Customer.id == Interaction.customer_id)
        .outerjoin(staff, staff.id == Interaction.staff_id)
        .where(and_(True, *where))
        .order_by(Interaction.occurred_at, Interaction.id)
    )


# what the money file's kind column says for money recorded when a promise was closed
PROMISE_KIND = "promise"


def _money_entries(options: ExportOptions):
    """The money ledger: interactions with an amount, and promises closed with one.

    Columns: source (0 interaction, 1 promise), id, when (raw UTC), customer id,
    kind, staff id, amount (minor units), currency, meaning. Nothing personal, so
    the rows of an erased customer read the same as before.
    """
    where_i = _range(Interaction.occurred_at, options)
    where_p = _range(Promise.closed_at, options)
    if options.staff_id is not None:
        where_i.append(Interaction.staff_id == options.staff_id)
        where_p.append(Promise.owner_id == options.staff_id)
    interactions = select(
        literal(0).label("source"),
        Interaction.id.label("id"),
        _raw(Interaction.occurred_at).label("occurred"),
        Interaction.customer_id.label("customer_id"),
        Interaction.kind.label("kind"),
        Interaction.staff_id.label("staff_id"),
        Interaction.amount_minor.label("minor"),
        func.coalesce(Interaction.currency, "").label("currency"),
        func.coalesce(Interaction.amount_kind, "").label("meaning"),
    ).where(Interaction.amount_minor.is_not(None), *where_i)
    promises = select(
        literal(1),
        Promise.id,
        _raw(Promise.closed_at),
        Promise.customer_id,
        literal(PROMISE_KIND),
        Promise.owner_id,
        Promise.amount_minor,
        func.coalesce(Promise.currency, ""),
        func.coalesce(Promise.amount_kind, ""),
    ).where(
        Promise.amount_minor.is_not(None),
        Promise.status.in_(("kept", "broken")),
        Promise.closed_at.is_not(None),
        *where_p,
    )
    return union_all(interactions, promises).subquery("money")


def _money_query(options: ExportOptions):
    entries = _money_entries(options)
    staff = aliased(Staff)
    return (
        select(
            entries.c.source,
            entries.c.id,
            entries.c.occurred,
            entries.c.customer_id,
            entries.c.kind,
            func.coalesce(staff.name, ""),
            entries.c.minor,
            entries.c.currency,
            entries.c.meaning,
        )
        .outerjoin(staff, staff.id == entries.c.staff_id)
        .order_by(entries.c.occurred, entries.c.source, entries.c.id)
    )


_TRIGGERS_AFTER_NEWLINE = tuple("\n" + t for t in sorted(TRIGGERS))
_HOUR_KEY = operator.itemgetter(slice(0, 13))
_MINUTES = operator.itemgetter(slice(13, 16))
_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)


def _neutralise_column(values: tuple) -> tuple | list:
    """neutralise() for a whole column of text; one C-speed search when nothing needs it."""
    joined = "\n" + "\n".join(values)
    if not any(t in joined for t in _TRIGGERS_AFTER_NEWLINE):
        return values
    return [neutralise(v) for v in values]


def _interaction_formatter(options: ExportOptions, money_only: bool) -> Callable:
    """Formats a chunk of rows column by column.

    Exports of a million interactions spend most of their time here, so the work
    is done with map() and joined searches (C loops) instead of Python per cell.
    """
    dc = options.decimal_comma
    hours, stamp = _local_stamps()
    interaction_ref = "INT-{:06d}".format
    promise_ref = "PRM-{:06d}".format
    customer_ref = "CUS-{:06d}".format

    def local_times(occurred: tuple) -> tuple[list, list]:
        try:
            keys = list(map(_HOUR_KEY, occurred))
            for key in set(keys).difference(hours):
                stamp(key + ":00")  # fills hours[key]
            found = list(map(hours.get, keys))
        except (TypeError, ValueError, IndexError):  # not SQLite's text form
            found = [None]
        if None in found:  # clocks changed within an hour: convert one by one
            pairs = list(map(stamp, occurred))
            return list(map(_FIRST, pairs)), list(map(_SECOND, pairs))
        return list(map(_FIRST, found)), list(
            map(operator.add, map(_SECOND, found), map(_MINUTES, occurred))
        )

    def amounts(minor: tuple, currency: tuple) -> list:
        currencies = set(currency)
        currencies.discard("")
        if len(currencies) == 1 and not dc:  # the usual case: one currency in the chunk
            places = _places_of(currencies.pop())
            if places:
                scale = 10**places
                fmt = f"{{}}.{{:0{places}d}}".format
                return [
                    ""
                    if m is None
                    else (
                        fmt(m // scale, m % scale) if m >= 0 else "-" + fmt(-m // scale, -m % scale)
                    )
                    for m in minor
                ]
        pairs = zip(minor, currency, strict=True)
        return ["" if m is None else _amount_text(m, c, dc) for m, c in pairs]

    def local_day(raw) -> str:
        if raw is None:
            return ""
        try:
            return hours[raw[:13]][0]
        except (KeyError, TypeError):
            return stamp(raw)[0]

    def interactions(part: list) -> list:
        (
            ident,
            occurred,
            cust_id,
            cust,
            company,
            channel,
            kind,
            summary,
            details,
            sentiment,
            staff,
            minor,
            currency,
            amount_kind,
            resolved,
        ) = zip(*part, strict=True)
        days, clocks = local_times(occurred)
        return list(
            zip(
                map(interaction_ref, ident),
                days,
                clocks,
                map(customer_ref, cust_id),
                _neutralise_column(cust),
                _neutralise_column(company),
                channel,
                kind,
                _neutralise_column(summary),
                _neutralise_column(details),
                sentiment,
                _neutralise_column(staff),
                amounts(list(map(_unsigned, minor)), currency),
                currency,
                amount_kind,
                list(map(local_day, resolved)),
                amounts(list(map(money.net, minor, amount_kind)), currency),
                strict=True,
            )
        )

    def money_rows(part: list) -> list:
        (source, ident, occurred, cust_id, kind, staff, minor, currency, meaning) = zip(
            *part, strict=True
        )
        days, clocks = local_times(occurred)
        refs = [
            interaction_ref(i) if src == 0 else promise_ref(i)
            for src, i in zip(source, ident, strict=True)
        ]
        return list(
            zip(
                refs,
                days,
                clocks,
                map(customer_ref, cust_id),
                amounts(list(map(money.net, minor, meaning)), currency),
                currency,
                meaning,
                amounts(list(map(_unsigned, minor)), currency),
                kind,
                _neutralise_column(staff),
                strict=True,
            )
        )

    return money_rows if money_only else interactions


def _unsigned(minor: int | None) -> int | None:
    return None if minor is None else abs(minor)


def _per_row(fmt: Callable) -> Callable:
    return lambda part: [fmt(row) for row in part]


def _promises_query(options: ExportOptions):
    owner = aliased(Staff)
    where = _range(Promise.due_at, options)
    if options.staff_id is not None:
        where.append(Promise.owner_id == options.staff_id)
    return (
        select(
            Promise.id,
            _raw(Promise.due_at),
            Promise.due_has_time,
            Promise.customer_id,
            Customer.name,
            Promise.description,
            Promise.status,
            owner.name,
            _raw(Promise.created_at),
            Promise.outcome_note,
            _raw(Promise.closed_at),
            _raw(Promise.customer_told_at),
            Promise.customer_told_how,
            Promise.interaction_id,
        )
        .join(Customer, Customer.id == Promise.customer_id)
        .outerjoin(owner, owner.id == Promise.owner_id)
        .where(and_(True, *where))
        .order_by(Promise.due_at, Promise.id)
    )


def _promise_formatter(options: ExportOptions) -> Callable:
    _hours, stamp = _local_stamps()

    def fmt(row) -> tuple:
        (
            ident,
            due,
            has_time,
            cust_id,
            cust,
            description,
            status,
            owner,
            created,
            note,
            closed,
            told,
            told_how,
            interaction_id,
        ) = row
        day, clock = stamp(due)
        return (
            _ref("promise", ident),
            day,
            clock if has_time else "",
            _ref("customer", cust_id),
            neutralise(cust),
            neutralise(description),
            status,
            neutralise(owner or ""),
            _local_date(created),
            neutralise(note or ""),
            _local_date(closed),
            _local_date(told),
            neutralise(told_how or ""),
            _ref("interaction", interaction_id),
        )

    return fmt


def _feedback_query(options: ExportOptions):
    staff = aliased(Staff)
    where = _range(Feedback.received_at, options)
    if options.staff_id is not None:
        where.append(Feedback.created_by_id == options.staff_id)
    return (
        select(
            Feedback.id,
            _raw(Feedback.received_at),
            Feedback.customer_id,
            Customer.name,
            Feedback.scale,
            Feedback.rating,
            Feedback.comment,
            Feedback.action_taken,
            _raw(Feedback.action_at),
            _raw(Feedback.customer_told_at),
            Feedback.interaction_id,
            staff.name,
        )
        .join(Customer, Customer.id == Feedback.customer_id)
        .outerjoin(staff, staff.id == Feedback.created_by_id)
        .where(and_(True, *where))
        .order_by(Feedback.received_at, Feedback.id)
    )


def _feedback_formatter(options: ExportOptions) -> Callable:
    def fmt(row) -> tuple:
        (
            ident,
            received,
            cust_id,
            cust,
            scale,
            rating,
            comment,
            action,
            action_at,
            told,
            interaction_id,
            staff,
        ) = row
        return (
            _ref("feedback", ident),
            _local_date(received),
            _ref("customer", cust_id),
            neutralise(cust),
            scale,
            "" if rating is None else str(rating),
            neutralise(comment or ""),
            neutralise(action or ""),
            _local_date(action_at),
            _local_date(told),
            _ref("interaction", interaction_id),
            neutralise(staff or ""),
        )

    return fmt


def _customers_query(options: ExportOptions):
    owner = aliased(Staff)
    where = _range(Customer.created_at, options)
    where.append(Customer.erased_at.is_(None))  # kept only for the money ledger
    if options.staff_id is not None:
        where.append(Customer.owner_id == options.staff_id)
    return (
        select(
            Customer.id,
            Customer.name,
            Customer.company,
            Customer.email,
            Customer.phone,
            Customer.preferred_channel,
            Customer.tags,
            Customer.notes,
            Customer.contact_consent,
            Customer.archived,
            _raw(Customer.created_at),
            owner.name,
        )
        .outerjoin(owner, owner.id == Customer.owner_id)
        .where(and_(True, *where))
        .order_by(func.lower(Customer.name), Customer.id)
    )


def _customer_formatter(options: ExportOptions) -> Callable:
    def fmt(row) -> tuple:
        (
            ident,
            name,
            company,
            email,
            phone,
            channel,
            tags,
            notes,
            consent,
            archived,
            created,
            owner,
        ) = row
        return (
            _ref("customer", ident),
            neutralise(name),
            neutralise(company or ""),
            neutralise(email or ""),
            keep_text(phone or ""),
            channel or "",
            neutralise(tags or ""),
            neutralise(notes or ""),
            CONSENT_WORDS.get(consent, "not asked"),
            "yes" if archived else "no",
            _local_date(created),
            neutralise(owner or ""),
        )

    return fmt


# ---------------------------------------------------------------- SQLite fast path
#
# On SQLite (the default database) the interactions and money exports let the
# database build the references, local dates and times and the amount text, so
# Python only checks the text columns for formula triggers, column by column.
# The local time comes from the same C library call (localtime_r) Python's
# astimezone() uses; tests check both paths give the same file.


def _sql_amount(minor, currency, decimal_comma: bool):
    """The exact text of money.plain() in SQL: integer arithmetic, the currency's decimals."""
    from babel.numbers import get_currency_precision, list_currencies

    by_places: dict[int, list[str]] = {}
    for code in sorted(list_currencies()):
        by_places.setdefault(get_currency_precision(code), []).append(code)
    sign = case((minor < 0, "-"), else_="")
    magnitude = func.abs(minor)

    def text(places: int):
        if places == 0:
            return func.printf("%d", minor)
        scale = 10**places
        # SQLite's "/" of two integers is integer division (no FLOOR(): not every build has it)
        whole = magnitude.op("/")(scale)
        return sign + func.printf(f"%d.%0{places}d", whole, magnitude % scale)

    whens = [(minor.is_(None), "")]
    for places, codes in sorted(by_places.items()):
        if places != 2:
            whens.append((currency.in_(codes), text(places)))
    expr = case(*whens, else_=text(2))
    return func.replace(expr, ".", ",") if decimal_comma else expr


def _sql_net(minor, meaning):
    """money.net() in SQL: the unsigned amount, negative for money going back."""
    magnitude = func.abs(minor)
    return case((meaning.in_(money.OUTGOING), -magnitude), else_=magnitude)


def _sqlite_interactions_query(options: ExportOptions):
    staff = aliased(Staff)
    where = _range(Interaction.occurred_at, options)
    if options.staff_id is not None:
        where.append(Interaction.staff_id == options.staff_id)
    occurred = _raw(Interaction.occurred_at)
    dc = options.decimal_comma
    currency = func.coalesce(Interaction.currency, "")
    columns = (
        func.printf("INT-%06d", Interaction.id),
        func.date(occurred, "localtime"),
        func.strftime("%H:%M", occurred, "localtime"),
        func.printf("CUS-%06d", Interaction.customer_id),
        Customer.name,
        func.coalesce(Customer.company, ""),
        Interaction.channel,
        Interaction.kind,
        Interaction.summary,
        func.coalesce(Interaction.details, ""),
        Interaction.sentiment,
        func.coalesce(staff.name, ""),
        _sql_amount(func.abs(Interaction.amount_minor), Interaction.currency, dc),
        currency,
        func.coalesce(Interaction.amount_kind, ""),
        func.coalesce(func.date(_raw(Interaction.resolved_at), "localtime"), ""),
        _sql_amount(
            _sql_net(Interaction.amount_minor, Interaction.amount_kind), Interaction.currency, dc
        ),
    )
    return (
        select(*columns)
        .join(Customer, Customer.id == Interaction.customer_id)
        .outerjoin(staff, staff.id == Interaction.staff_id)
        .where(and_(True, *where))
        .order_by(Interaction.occurred_at, Interaction.id)
    )


def _sqlite_money_query(options: ExportOptions):
    entries = _money_entries(options)
    staff = aliased(Staff)
    dc = options.decimal_comma
    e = entries.c
    columns = (
        func.printf(case((e.source == 0, "INT-%06d"), else_="PRM-%06d"), e.id),
        func.date(e.occurred, "localtime"),
        func.strftime("%H:%M", e.occurred, "localtime"),
        func.printf("CUS-%06d", e.customer_id),
        _sql_amount(_sql_net(e.minor, e.meaning), e.currency, dc),
        e.currency,
        e.meaning,
        _sql_amount(func.abs(e.minor), e.currency, dc),
        e.kind,
        func.coalesce(staff.name, ""),
    )
    return (
        select(*columns)
        .outerjoin(staff, staff.id == e.staff_id)
        .order_by(e.occurred, e.source, e.id)
    )


def _text_columns_formatter(text_columns: tuple[int, ...]) -> Callable:
    """Rows that are final except for neutralising the text columns."""
    getters = [operator.itemgetter(i) for i in text_columns]

    def fmt(part: list) -> list:
        dirty = set()
        for index, get in zip(text_columns, getters, strict=True):
            joined = "\n" + "\n".join(map(get, part))
            if any(t in joined for t in _TRIGGERS_AFTER_NEWLINE):
                dirty.add(index)
        if not dirty:
            return part
        return [
            tuple(neutralise(v) if i in dirty else v for i, v in enumerate(row)) for row in part
        ]

    return fmt


def _plan(options: ExportOptions, sqlite: bool = False):
    ds = options.dataset
    if ds == "interactions" and sqlite:
        return _sqlite_interactions_query(options), _text_columns_formatter((4, 5, 8, 9, 11))
    if ds == "money" and sqlite:
        return _sqlite_money_query(options), _text_columns_formatter((9,))
    if ds == "interactions":
        return _interactions_query(options), _interaction_formatter(options, False)
    if ds == "money":
        return _money_query(options), _interaction_formatter(options, True)
    if ds == "promises":
        return _promises_query(options), _per_row(_promise_formatter(options))
    if ds == "feedback":
        return _feedback_query(options), _per_row(_feedback_formatter(options))
    return _customers_query(options), _per_row(_customer_formatter(options))


def export_sql(session: Session, options: ExportOptions) -> str:
    """The dataset's query as SQL text with its parameters inlined (for the benchmark)."""
    query, _ = _plan(options.checked(), _use_sql_formatting(session))
    return str(query.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))


# tests set this to False to run the portable (Python) formatting on SQLite too
SQL_FORMATTING = True


def _use_sql_formatting(session: Session) -> bool:
    return SQL_FORMATTING and session.get_bind().dialect.name == "sqlite"


# ---------------------------------------------------------------- running


def _transaction(session: Session):
    if session.in_transaction():
        return contextlib.nullcontext()
    return session.begin()


def count_rows(session: Session, options: ExportOptions) -> int:
    query, _ = _plan(options.checked())
    return session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))


def iter_rows(session: Session, options: ExportOptions, chunk: int = CHUNK) -> Iterable[list]:
    """Formatted rows (lists of tuples, ``chunk`` at a time), streamed from the database."""
    query, fmt = _plan(options.checked(), _use_sql_formatting(session))
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        # SQLite's cursor is lazy by itself. The query selects raw values (times as
        # stored, formatted by us), so reading the driver's cursor loses nothing and
        # saves building a Row per row.
        result = connection.execute(query)
        fetch = result.cursor.fetchmany
    else:
        # a server-side cursor, so a server database streams too
        result = connection.execute(query.execution_options(yield_per=chunk))
        fetch = result.fetchmany
    try:
        while True:
            part = fetch(chunk)
            if not part:
                break
            yield fmt(part)
    finally:
        result.close()


def export_csv(
    session: Session,
    options: ExportOptions,
    target: str | os.PathLike,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk: int = CHUNK,
) -> int:
    """Write the dataset to ``target``; returns the number of data rows written.

    ``progress(done, total)`` is called after every chunk; when ``cancelled()``
    returns True the export stops, the temporary file is removed, ``target`` is
    left as it was, and :class:`Cancelled` is raised.
    """
    options = options.checked()
    try:
        with _transaction(session):  # one consistent snapshot of the data
            total = count_rows(session, options) if progress else 0
            if progress:
                progress(0, total)
            done = 0
            with atomic_text_file(target) as fh:
                if options.bom:
                    fh.write("\ufeff")
                writer = csv.writer(fh, delimiter=options.delimiter, lineterminator="\r\n")
                writer.writerow(COLUMNS[options.dataset])
                for rows in iter_rows(session, options, chunk):
                    if cancelled is not None and cancelled():
                        raise Cancelled()
                    writer.writerows(rows)
                    done += len(rows)
                    if progress:
                        progress(done, total)
                if cancelled is not None and cancelled():
                    raise Cancelled()
    except OSError as exc:
        raise UserError(
            f"cxlogger could not write {os.fspath(target)}: {exc.strerror or exc}. "
            "Choose another folder or file name."
        ) from exc
    return done

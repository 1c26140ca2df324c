"""Reports: how well promises are kept, whether the loop is closed, how customers feel.

Qt-free. Every block is ONE aggregate SQL statement (a ``UNION ALL`` of grouped
parts with the same six columns: part, bucket, key1, key2, count, value), the same
on SQLite and PostgreSQL. The statement covers the chosen period and the one before
it at once: rows are grouped into buckets, one per local calendar month of either
period (clipped to the period), so the figures of both periods and the by-month
charts come from the same rows. Python then only adds up these few grouped rows
(at most 24 buckets times a few keys), never loops over records.

Medians are computed in SQL too, portably: a window (``ROW_NUMBER`` and ``COUNT``
per period) marks the one or two middle rows, and the part sums their values per
bucket; the median of a period is the sum of its middle values over their count.

Local time is the system's, as in the CSV export (``interaction_log.day_bounds``),
so the money figures match the money export of the same days exactly.

At a million interactions the counts come from a per-day summary (``report_days``,
core/report_days.py, kept by triggers) whenever it counts this time zone's days: a
part then adds up summary rows (``_summed``) instead of grouping the records
(``_grouped``), with the same six columns, so the rest of a block does not know which
it got. The figures are the same either way (tests/core/test_report_days.py).
"""

from __future__ import annotations

import calendar
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    Float,
    Integer,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.functions import FunctionElement

from cxlogger.core.errors import UserError
from cxlogger.core.models import (
    CHANNELS,
    KINDS,
    Customer,
    Feedback,
    FollowUp,
    Interaction,
    Promise,
    Staff,
    label,
)
from cxlogger.core.timeutil import to_utc

PERIOD_NAMES = (
    "this-month",
    "last-month",
    "this-quarter",
    "last-quarter",
    "this-year",
    "last-year",
)
DAY = 86400.0
COMPLAINT_DAYS = 3  # a complaint with no promise and no resolution after this many days
LOW_CSAT = 2  # 1–2 of 5 is a low satisfaction rating
LOW_NPS = 6  # 0–6 of 10 is a detractor
NPS_PROMOTER = 9


# --------------------------------------------------------------------------- periods


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


@dataclass(frozen=True)
class Period:
    """Local calendar days ``first`` to ``last``, both included."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def whole_months(self) -> int | None:
        """How many calendar months it spans if it is made of whole months, else None."""
        if self.first.day != 1 or self.last != _month_end(self.last):
            return None
        return (self.last.year - self.first.year) * 12 + self.last.month - self.first.month + 1

    def previous(self) -> Period:
        """The period of the same length just before: the month, quarter or year before,
        or as many days before for any other span."""
        months = self.whole_months()
        if months is not None:
            first = _add_months(self.first, -months)
            return Period(first, self.first - timedelta(days=1))
        return Period(self.first - timedelta(days=self.days), self.first - timedelta(days=1))

    def bounds(self) -> tuple[datetime, datetime]:
        """UTC [start, end) of its local days."""
        return _local_midnight(self.first), _local_midnight(self.last + timedelta(days=1))

    def months(self) -> list[tuple[str, date, date]]:
        """Its calendar months, clipped to it: ``("2026-03", first day, last day)``."""
        out = []
        day = self.first
        while day <= self.last:
            last = min(_month_end(day), self.last)
            out.append((f"{day.year:04d}-{day.month:02d}", day, last))
            day = last + timedelta(days=1)
        return out

    def label(self) -> str:
        months = self.whole_months()
        if months == 1:
            return f"{calendar.month_name[self.first.month]} {self.first.year}"
        if months == 3 and self.first.month % 3 == 1:
            return f"Q{(self.first.month - 1) // 3 + 1} {self.first.year}"
        if months == 12 and self.first.month == 1:
            return str(self.first.year)
        return f"{self.first.isoformat()} – {self.last.isoformat()}"

    def as_text(self) -> str:
        return f"{self.first.isoformat()}..{self.last.isoformat()}"


def _local_midnight(day: date) -> datetime:
    return to_utc(datetime.combine(day, time.min))


def parse_period(text: str, today: date) -> Period:
    """``last-month`` (any of PERIOD_NAMES) or ``YYYY-MM-DD..YYYY-MM-DD``."""
    from cxlogger.core.exchange.csv_export import period_range  # the export's quick picks

    value = (text or "").strip().lower()
    if value.replace("_", "-") in PERIOD_NAMES:
        return Period(*period_range(value.replace("-", "_"), today))
    first, sep, last = value.partition("..")
    if sep:
        try:
            start, end = date.fromisoformat(first.strip()), date.fromisoformat(last.strip())
        except ValueError:
            start = end = None
        if start is not None and end is not None:
            if start > end:
                raise UserError("The period starts after it ends; swap the two dates.")
            if (end - start).days > 3660:
                raise UserError("Choose a period of at most ten years.")
            return Period(start, end)
    raise UserError(
        f"“{text}” is not a period; use one of {', '.join(PERIOD_NAMES)} "
        "or two dates such as 2026-01-01..2026-03-31."
    )


# --------------------------------------------------------------------------- results


@dataclass
class Figure:
    """One number and the same number for the previous period.

    ``unit``: count, percent (a fraction 0–1), days, hours, rating (of 5), nps
    (−100…100) or money (minor units of ``currency``). ``better`` says which way is
    good ("up", "down" or "" when neither). ``link`` names the records behind it
    (see ``drill``)."""

    key: str
    label: str
    value: float | int | None
    previous: float | int | None
    unit: str = "count"
    better: str = "up"
    currency: str | None = None
    link: dict | None = None

    @property
    def change(self) -> float | int | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous


@dataclass
class Chart:
    """Values by month of the period: ``kind`` "bars" (grouped), "stacked" or "line"."""

    key: str
    title: str
    kind: str
    categories: list[str]  # "2026-03"
    series: list[tuple[str, list[float | int | None]]]
    unit: str = "count"
    links: list[dict | None] = field(default_factory=list)  # per category


@dataclass
class Table:
    key: str
    title: str
    columns: list[str]
    rows: list[list[Any]]
    numeric: tuple[int, ...] = ()  # column indexes that hold numbers (kept numbers in CSV)


@dataclass
class Block:
    key: str
    title: str
    figures: list[Figure] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    note: str = ""


@dataclass
class ReportHeader:
    period: Period
    previous: Period
    staff_id: int | None
    staff_name: str
    business_name: str
    now: datetime


@dataclass
class Report:
    header: ReportHeader
    blocks: list[Block]

    def as_json(self) -> dict:
        header = self.header
        return {
            "period": {
                "first": header.period.first.isoformat(),
                "last": header.period.last.isoformat(),
            },
            "previous": {
                "first": header.previous.first.isoformat(),
                "last": header.previous.last.isoformat(),
            },
            "staff": header.staff_name or None,
            "business": header.business_name,
            "generated_at": header.now.isoformat(),
            "blocks": [asdict(block) for block in self.blocks],
        }


# --------------------------------------------------------------------------- SQL helpers


class seconds_between(FunctionElement):
    """Seconds from the first time column to the second, in SQL (SQLite and PostgreSQL)."""

    type = Float()
    name = "seconds_between"
    inherit_cache = True


@compiles(seconds_between)
def _seconds_sqlite(element, compiler, **kw):
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"((julianday({end}) - julianday({start})) * 86400.0)"


@compiles(seconds_between, "postgresql")
def _seconds_pg(element, compiler, **kw):
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"EXTRACT(EPOCH FROM ({end} - {start}))"


@dataclass(frozen=True)
class Scope:
    """The two periods as SQL: the month buckets of the previous and the current period."""

    period: Period
    previous: Period
    edges: tuple[datetime, ...]  # UTC starts of each bucket, then the end of the last
    categories: tuple[str, ...]  # "2026-03" per bucket
    split: int  # buckets before this index belong to the previous period

    @classmethod
    def of(cls, period: Period) -> Scope:
        previous = period.previous()
        months = previous.months() + period.months()
        edges = [_local_midnight(first) for _key, first, _last in months]
        edges.append(_local_midnight(period.last + timedelta(days=1)))
        return cls(
            period,
            previous,
            tuple(edges),
            tuple(key for key, _f, _l in months),
            len(previous.months()),
        )

    @property
    def start(self) -> datetime:
        return self.edges[0]

    @property
    def middle(self) -> datetime:
        return self.edges[self.split]

    @property
    def end(self) -> datetime:
        return self.edges[-1]

    def within(self, column) -> list:
        return [column >= self.start, column < self.end]

    def bucket(self, column):
        """The bucket index of a time column (rows are already ``within``): a balanced
        tree of CASEs, so a row takes about log2(buckets) comparisons, not one per month."""
        return _bucket_tree(column, self.edges, 0, len(self.edges) - 2)

    def half(self, column):
        """0 for the previous period, 1 for the current one."""
        return case((column < self.middle, 0), else_=1)

    def current(self, bucket: int) -> bool:
        return bucket >= self.split

    def day_edges(self) -> list[str]:
        """The first local day of each bucket, then the day after the last, as the
        summary's ``day`` column writes them (YYYY-MM-DD)."""
        months = self.previous.months() + self.period.months()
        days = [first.isoformat() for _key, first, _last in months]
        return days + [(self.period.last + timedelta(days=1)).isoformat()]

    def day_within(self, column) -> list:
        edges = self.day_edges()
        return [column >= edges[0], column < edges[-1]]

    def day_bucket(self, column):
        """The bucket index of a local day column (see ``bucket``)."""
        edges = self.day_edges()
        return _bucket_tree(column, edges, 0, len(edges) - 2)


def _bucket_tree(column, edges, low: int, high: int):
    """The index of the bucket (low..high) that ``column`` falls in; bucket i starts at
    edges[i] and ends at edges[i + 1]."""
    if low == high:
        return literal(low, Integer)
    middle = (low + high + 1) // 2
    return case(
        (column < edges[middle], _bucket_tree(column, edges, low, middle - 1)),
        else_=_bucket_tree(column, edges, middle, high),
    )


def _part(name: str, bucket, key1=None, key2=None, value=None):
    """The six columns every part of a block's statement has."""
    return (
        literal(name, String).label("part"),
        cast(bucket, Integer).label("b"),
        cast(key1 if key1 is not None else literal(""), String).label("k1"),
        cast(key2 if key2 is not None else literal(""), String).label("k2"),
        func.count().label("n"),
        cast(func.sum(value) if value is not None else literal(None), Float).label("v"),
    )


def _grouped(name: str, bucket, key1=None, key2=None, value=None, where=()):
    """A part: rows of ``where`` grouped by bucket and keys, counted (and ``value``
    summed). The keys are computed once per row in a subquery and grouped by there, so
    SQLite and PostgreSQL group by the same expressions the part shows."""
    inner = (
        select(
            bucket.label("b"),
            (key1 if key1 is not None else literal("")).label("k1"),
            (key2 if key2 is not None else literal("")).label("k2"),
            (value if value is not None else literal(None)).label("v"),
        )
        .where(*where)
        .subquery()
    )
    return select(
        literal(name, String).label("part"),
        cast(inner.c.b, Integer).label("b"),
        cast(inner.c.k1, String).label("k1"),
        cast(inner.c.k2, String).label("k2"),
        func.count().label("n"),
        cast(func.sum(inner.c.v) if value is not None else literal(None), Float).label("v"),
    ).group_by(inner.c.b, inner.c.k1, inner.c.k2)


def _summed(name: str, bucket, key1, key2, count, value=None, where=()):
    """A part over the per-day summary (core/report_days.py): its counts (``count``)
    and ``value`` summed per bucket and keys, the same six columns as ``_grouped``."""
    inner = (
        select(
            bucket.label("b"),
            key1.label("k1"),
            key2.label("k2"),
            count.label("n"),
            (value if value is not None else literal(None)).label("v"),
        )
        .where(*where)
        .subquery()
    )
    return select(
        literal(name, String).label("part"),
        cast(inner.c.b, Integer).label("b"),
        cast(inner.c.k1, String).label("k1"),
        cast(inner.c.k2, String).label("k2"),
        func.sum(inner.c.n).label("n"),
        cast(func.sum(inner.c.v) if value is not None else literal(None), Float).label("v"),
    ).group_by(inner.c.b, inner.c.k1, inner.c.k2)


def _summary_staff(column):
    """The summary's staff column as the interactions' staff key: "" for nobody (0)."""
    return case((column == 0, literal("")), else_=cast(column, String))


def _median_parts(name: str, scope: Scope, column, value, where: list, counts=None) -> list:
    """The middle value(s) of ``value`` per period, summed per bucket (see module doc):
    per period, its rows in order of ``value`` from the middle one on (LIMIT 1 or 2,
    OFFSET (count - 1) / 2, the count a scalar subquery), so the database keeps the
    smallest half on the way instead of numbering every row with a window."""
    parts = []
    halves = ((scope.start, scope.middle), (scope.middle, scope.end))
    for index, (low, high) in enumerate(halves):
        rows = [column >= low, column < high, value.is_not(None), *where]
        if counts is None:
            counted = select(func.count().label("n")).where(*rows).cte()  # counted once
        else:  # the same count, from the per-day summary (``counts`` per half)
            counted = counts[index].cte()
        count = select(counted.c.n).scalar_subquery()
        inner = (
            select(scope.bucket(column).label("b"), value.label("d"))
            .where(*rows, count > 0)  # none: no pass over the rows at all
            .order_by(value)
            .limit(literal(2) - count % 2)
            .offset(case((count > 0, (count - 1) // 2), else_=0))
            .subquery()
        )
        parts.append(_grouped(name, inner.c.b, value=inner.c.d))
    return parts


class Rows:
    """A block's grouped rows, added up per period."""

    def __init__(self, scope: Scope, rows):
        self.scope = scope
        self.rows = [(r[0], r[1], r[2] or "", r[3] or "", r[4] or 0, r[5]) for r in rows]

    def count(self, part: str, current: bool = True, **match) -> int:
        return sum(r[4] for r in self._matching(part, current, match))

    def total(self, part: str, current: bool = True, **match) -> float:
        return sum(r[5] or 0 for r in self._matching(part, current, match))

    def median(self, part: str, current: bool = True) -> float | None:
        rows = list(self._matching(part, current, {}))
        n = sum(r[4] for r in rows)
        return (sum(r[5] or 0 for r in rows) / n) if n else None

    def by_bucket(self, part: str, **match) -> list[int]:
        """Counts per bucket of the current period."""
        counts = [0] * (len(self.scope.categories) - self.scope.split)
        for r in self._matching(part, True, match):
            counts[r[1] - self.scope.split] += r[4]
        return counts

    def sums_by_bucket(self, part: str, **match) -> list[float]:
        sums = [0.0] * (len(self.scope.categories) - self.scope.split)
        for r in self._matching(part, True, match):
            sums[r[1] - self.scope.split] += r[5] or 0
        return sums

    def keys(self, part: str, which: str = "k1") -> list[str]:
        index = 2 if which == "k1" else 3
        return sorted({r[index] for r in self.rows if r[0] == part})

    def _matching(self, part: str, current: bool | None, match: dict):
        for r in self.rows:
            if r[0] != part:
                continue
            if current is not None and self.scope.current(r[1]) != current:
                continue
            if "k1" in match and r[2] not in _as_set(match["k1"]):
                continue
            if "k2" in match and r[3] not in _as_set(match["k2"]):
                continue
            yield r


def _as_set(value) -> set:
    return {value} if isinstance(value, str) else set(value)


def _run(session: Session, scope: Scope, parts: list) -> Rows:
    from sqlalchemy import union_all

    statement = parts[0] if len(parts) == 1 else union_all(*parts)
    return Rows(scope, session.execute(statement).all())


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _link(records: str, period: Period, staff_id: int | None, **extra) -> dict:
    return {
        "list": records,
        "first": period.first.isoformat(),
        "last": period.last.isoformat(),
        "staff_id": staff_id,
        **extra,
    }


def _month_links(scope: Scope, records: str, staff_id: int | None, **extra) -> list[dict]:
    return [
        _link(records, Period(first, last), staff_id, **extra)
        for _key, first, last in scope.period.months()
    ]


def _staff_names(session: Session) -> dict[str, str]:
    return {str(i): n for i, n in session.execute(select(Staff.id, Staff.name)).all()}


# --------------------------------------------------------------------------- promises


def promise_class(now: datetime):
    """What became of a promise, as SQL: on_time (kept at or before its due moment),
    late, broken, overdue (open and past due at ``now``), open or cancelled."""
    return case(
        (and_(Promise.status == "kept", Promise.closed_at <= Promise.due_at), "on_time"),
        (Promise.status == "kept", "late"),
        (Promise.status == "broken", "broken"),
        (and_(Promise.status == "open", Promise.due_at < now), "overdue"),
        (Promise.status == "open", "open"),
        else_="cancelled",
    )


PROMISE_CLASSES = ("on_time", "late", "broken", "overdue", "open", "cancelled")
# the ones whose outcome is known: the kept-on-time rate is on_time over these
DECIDED = ("on_time", "late", "broken", "overdue")


def promises_block(session: Session, period: Period, now: datetime, staff_id=None) -> Block:
    """Promises due in the period, by what became of them; promises made in it."""
    from cxlogger.core import report_days
    from cxlogger.core.models import ReportDay

    scope = Scope.of(period)
    mine = [Promise.owner_id == staff_id] if staff_id is not None else []
    klass = promise_class(now)
    if report_days.usable(session):
        # per-day counts (core/report_days.py); the promises due today are read, as only
        # they can be open or overdue depending on the time of day
        today = now.astimezone().date()
        today_bounds = Period(today, today).bounds()
        day = ReportDay.day
        mine_s = [ReportDay.staff_id == staff_id] if staff_id is not None else []
        counted = [*scope.day_within(day), ReportDay.n > 0, *mine_s]
        edges = scope.day_edges()
        late_counts = [  # kept late, per period: the median's count
            select(func.coalesce(func.sum(ReportDay.n), 0).label("n")).where(
                ReportDay.part == "late", day >= low, day < high, *mine_s
            )
            for low, high in ((edges[0], edges[scope.split]), (edges[scope.split], edges[-1]))
        ]
        parts = [
            _summed(
                "due",
                scope.day_bucket(day),
                case(
                    (and_(ReportDay.key == "open", day < today.isoformat()), "overdue"),
                    else_=ReportDay.key,
                ),
                _summary_staff(ReportDay.staff_id),
                ReportDay.n,
                where=[ReportDay.part == "due", day != today.isoformat(), *counted],
            ),
            _grouped(
                "due",
                scope.bucket(Promise.due_at),
                klass,
                Promise.owner_id,
                where=[
                    Promise.due_at >= max(scope.start, today_bounds[0]),
                    Promise.due_at < min(scope.end, today_bounds[1]),
                    *mine,
                ],
            ),
            _summed(
                "made",
                scope.day_bucket(day),
                literal(""),
                literal(""),
                ReportDay.n,
                where=[ReportDay.part == "made", *counted],
            ),
        ]
    else:
        late_counts = None
        parts = [
            _grouped(
                "due",
                scope.bucket(Promise.due_at),
                klass,
                Promise.owner_id,
                where=[*scope.within(Promise.due_at), *mine],
            ),
            _grouped(
                "made",
                scope.bucket(Promise.created_at),
                where=[*scope.within(Promise.created_at), *mine],
            ),
        ]
    parts += [
        *_median_parts(
            "days_late",
            scope,
            Promise.due_at,
            seconds_between(Promise.due_at, Promise.closed_at) / DAY,
            [Promise.status == "kept", Promise.closed_at > Promise.due_at, *mine],
            late_counts,
        ),
    ]
    rows = _run(session, scope, parts)

    def figures(current: bool) -> dict:
        c = {k: rows.count("due", current, k1=k) for k in PROMISE_CLASSES}
        decided = sum(c[k] for k in DECIDED)
        return {
            "made": rows.count("made", current),
            **c,
            "rate": _ratio(c["on_time"], decided),
            "days_late": rows.median("days_late", current),
        }

    cur, prev = figures(True), figures(False)
    link = lambda cls: _link("promises", period, staff_id, cls=cls)  # noqa: E731
    block = Block("promises", "Promises")
    block.figures = [
        Figure(
            "made",
            "Promises made",
            cur["made"],
            prev["made"],
            link=_link("promises_made", period, staff_id),
        ),
        Figure("on_time", "Kept on time", cur["on_time"], prev["on_time"], link=link("on_time")),
        Figure("late", "Kept late", cur["late"], prev["late"], better="down", link=link("late")),
        Figure(
            "broken", "Broken", cur["broken"], prev["broken"], better="down", link=link("broken")
        ),
        Figure(
            "open",
            "Still open (not yet due)",
            cur["open"],
            prev["open"],
            better="",
            link=link("open"),
        ),
        Figure(
            "overdue",
            "Overdue now",
            cur["overdue"],
            prev["overdue"],
            better="down",
            link=link("overdue"),
        ),
        Figure("rate", "Kept-on-time rate", cur["rate"], prev["rate"], unit="percent"),
        Figure(
            "days_late",
            "Median days late",
            cur["days_late"],
            prev["days_late"],
            unit="days",
            better="down",
        ),
    ]
    series = [
        (label_for, rows.by_bucket("due", k1=cls))
        for cls, label_for in (
            ("on_time", "Kept on time"),
            ("late", "Kept late"),
            ("broken", "Broken"),
            ("overdue", "Overdue"),
            ("open", "Open"),
        )
    ]
    block.charts = [
        Chart(
            "by_month",
            "Promises due, by month and outcome",
            "stacked",
            list(scope.categories[scope.split :]),
            series,
            links=_month_links(scope, "promises", staff_id),
        )
    ]
    names = _staff_names(session)
    staff_rows = []
    for owner in rows.keys("due", "k2"):
        c = {k: rows.count("due", True, k1=k, k2=owner) for k in PROMISE_CLASSES}
        decided = sum(c[k] for k in DECIDED)
        if not sum(c.values()):
            continue
        rate = _ratio(c["on_time"], decided)
        staff_rows.append(
            [
                names.get(owner, "(nobody)"),
                c["on_time"],
                c["late"],
                c["broken"],
                c["overdue"],
                c["open"],
                None if rate is None else round(100 * rate, 1),
            ]
        )
    staff_rows.sort(key=lambda r: r[0].lower())
    block.tables = [
        _month_table(
            "promises_by_month",
            "Promises by month",
            scope,
            [("Made", rows.by_bucket("made"))] + series,
        ),
        Table(
            "promises_by_staff",
            "Promises due, per staff member",
            ["Staff", "Kept on time", "Kept late", "Broken", "Overdue", "Open", "On-time rate %"],
            staff_rows,
            numeric=(1, 2, 3, 4, 5, 6),
        ),
    ]
    return block


def _month_table(key: str, title: str, scope: Scope, series: list) -> Table:
    columns = ["Month"] + [name for name, _values in series]
    rows = []
    for index, category in enumerate(scope.categories[scope.split :]):
        rows.append([category] + [_round(values[index]) for _name, values in series])
    return Table(key, title, columns, rows, numeric=tuple(range(1, len(columns))))


def _round(value):
    if isinstance(value, float):
        return round(value, 2)
    return value


# --------------------------------------------------------------------------- closing the loop


def complaint_state(complaint, now: datetime, days: int = COMPLAINT_DAYS):
    """A complaint (an aliased Interaction) as SQL: "recent" (younger than ``days``
    days at ``now``), "handled" (a promise made for it, or resolved, within ``days``
    days) or "unhandled"."""
    grace = timedelta(days=days)
    promised = (
        select(Promise.id)
        .where(
            # one seek in ix_promises_interaction_created (0020); "+ 0" keeps the planner
            # off ix_promises_customer, whose customer may have many promises
            Promise.interaction_id == complaint.id,
            Promise.customer_id + 0 == complaint.customer_id,
            seconds_between(complaint.occurred_at, Promise.created_at) < grace.total_seconds(),
        )
        .exists()
    )
    resolved_in_time = and_(
        complaint.resolved_at.is_not(None),
        seconds_between(complaint.occurred_at, complaint.resolved_at) < grace.total_seconds(),
    )
    return case(
        (complaint.occurred_at >= now - grace, "recent"),
        (or_(resolved_in_time, promised), "handled"),
        else_="unhandled",
    )


def loop_block(
    session: Session, period: Period, now: datetime, staff_id=None, days: int = COMPLAINT_DAYS
) -> Block:
    """Kept promises (closed in the period): was the customer told, and how soon.
    Complaints made in the period with neither a promise nor a resolution ``days``
    days later (only complaints at least that old count)."""
    scope = Scope.of(period)
    mine_p = [Promise.owner_id == staff_id] if staff_id is not None else []
    told = case((Promise.customer_told_at.is_not(None), "told"), else_="not_told")
    complaint = aliased(Interaction)
    state = complaint_state(complaint, now, days)
    mine_c = [complaint.staff_id == staff_id] if staff_id is not None else []
    from cxlogger.core import report_days
    from cxlogger.core.models import ReportDay

    if days == COMPLAINT_DAYS and report_days.usable(session):
        # per-day counts (core/report_days.py); complaints of the last days are read, as
        # only they can still be recent
        day = ReportDay.day
        mine_s = [ReportDay.staff_id == staff_id] if staff_id is not None else []
        counted = [*scope.day_within(day), ReportDay.n > 0, *mine_s]
        settled = (now - timedelta(days=days)).astimezone().date()
        edges = scope.day_edges()
        told_counts = [  # kept promises told, per period: the median's count
            select(func.coalesce(func.sum(ReportDay.n), 0).label("n")).where(
                ReportDay.part == "kept",
                ReportDay.key == "told",
                day >= low,
                day < high,
                *mine_s,
            )
            for low, high in ((edges[0], edges[scope.split]), (edges[scope.split], edges[-1]))
        ]
        since = Period(settled, settled).bounds()[0]
        parts = [
            _summed(
                "kept",
                scope.day_bucket(day),
                ReportDay.key,
                literal(""),
                ReportDay.n,
                where=[ReportDay.part == "kept", *counted],
            ),
            _summed(
                "complaints",
                scope.day_bucket(day),
                ReportDay.key,
                literal(""),
                ReportDay.n,
                where=[ReportDay.part == "compl", day < settled.isoformat(), *counted],
            ),
            _grouped(
                "complaints",
                scope.bucket(complaint.occurred_at),
                state,
                where=[
                    complaint.occurred_at >= max(scope.start, since),
                    complaint.occurred_at < scope.end,
                    complaint.kind == "complaint",
                    *mine_c,
                ],
            ),
        ]
    else:
        told_counts = None
        parts = [
            _grouped(
                "kept",
                scope.bucket(Promise.closed_at),
                told,
                where=[*scope.within(Promise.closed_at), Promise.status == "kept", *mine_p],
            ),
            _grouped(
                "complaints",
                scope.bucket(complaint.occurred_at),
                state,
                where=[
                    *scope.within(complaint.occurred_at),
                    complaint.kind == "complaint",
                    *mine_c,
                ],
            ),
        ]
    parts += [
        *_median_parts(
            "hours_to_tell",
            scope,
            Promise.closed_at,
            func.max(seconds_between(Promise.closed_at, Promise.customer_told_at), 0.0) / 3600.0
            if session.get_bind().dialect.name == "sqlite"
            else func.greatest(seconds_between(Promise.closed_at, Promise.customer_told_at), 0.0)
            / 3600.0,
            [Promise.status == "kept", Promise.customer_told_at.is_not(None), *mine_p],
            told_counts,
        ),
    ]
    rows = _run(session, scope, parts)

    def figures(current: bool) -> dict:
        kept = rows.count("kept", current)
        told_n = rows.count("kept", current, k1="told")
        return {
            "kept": kept,
            "told": told_n,
            "told_rate": _ratio(told_n, kept),
            "hours": rows.median("hours_to_tell", current),
            "complaints": rows.count("complaints", current),
            "unhandled": rows.count("complaints", current, k1="unhandled"),
        }

    cur, prev = figures(True), figures(False)
    block = Block("loop", "Closing the loop")
    block.note = (
        f"A complaint counts as unhandled when, {days} days after it, it has neither "
        "a promise nor a resolution."
    )
    block.figures = [
        Figure(
            "kept",
            "Promises kept",
            cur["kept"],
            prev["kept"],
            link=_link("promises_kept", period, staff_id),
        ),
        Figure(
            "told",
            "Customer told",
            cur["told"],
            prev["told"],
            link=_link("promises_kept", period, staff_id, told=True),
        ),
        Figure(
            "not_told",
            "Kept but customer not told",
            cur["kept"] - cur["told"],
            prev["kept"] - prev["told"],
            better="down",
            link=_link("promises_kept", period, staff_id, told=False),
        ),
        Figure("told_rate", "Told rate", cur["told_rate"], prev["told_rate"], unit="percent"),
        Figure(
            "hours",
            "Median time from kept to told",
            cur["hours"],
            prev["hours"],
            unit="hours",
            better="down",
        ),
        Figure(
            "complaints",
            "Complaints",
            cur["complaints"],
            prev["complaints"],
            better="down",
            link=_link("interactions", period, staff_id, kind="complaint"),
        ),
        Figure(
            "unhandled",
            f"Complaints with no promise or resolution after {days} days",
            cur["unhandled"],
            prev["unhandled"],
            better="down",
            link=_link("complaints_unhandled", period, staff_id, days=days),
        ),
    ]
    series = [
        ("Told", rows.by_bucket("kept", k1="told")),
        ("Not told", rows.by_bucket("kept", k1="not_told")),
    ]
    block.charts = [
        Chart(
            "told_by_month",
            "Promises kept, by month: customer told or not",
            "stacked",
            list(scope.categories[scope.split :]),
            series,
            links=_month_links(scope, "promises_kept", staff_id),
        )
    ]
    block.tables = [
        _month_table(
            "loop_by_month",
            "Closing the loop by month",
            scope,
            series
            + [
                ("Complaints", rows.by_bucket("complaints")),
                ("Unhandled complaints", rows.by_bucket("complaints", k1="unhandled")),
            ],
        )
    ]
    return block


# --------------------------------------------------------------------------- follow-ups

FOLLOWUP_REPORTED = ("thank", "feedback", "report_back")
FOLLOWUP_OUTCOMES = ("done", "dismissed", "obsolete", "pending")


def followups_block(session: Session, period: Period, now: datetime, staff_id=None) -> Block:
    """Thank-yous, feedback asks and report-backs due in the period, by what became of
    them (done, dismissed, no longer needed, still pending); median due → done."""
    scope = Scope.of(period)
    mine = [FollowUp.owner_id == staff_id] if staff_id is not None else []
    kinds = [FollowUp.kind.in_(FOLLOWUP_REPORTED)]
    late = seconds_between(FollowUp.due_at, FollowUp.done_at) / 3600.0
    clamp = (
        func.max(late, 0.0)
        if session.get_bind().dialect.name == "sqlite"
        else func.greatest(late, 0.0)
    )
    parts = [
        _grouped(
            "due",
            scope.bucket(FollowUp.due_at),
            FollowUp.kind,
            FollowUp.status,
            where=[*scope.within(FollowUp.due_at), *kinds, *mine],
        ),
        *_median_parts(
            "hours_to_done",
            scope,
            FollowUp.due_at,
            clamp,
            [*kinds, FollowUp.status == "done", FollowUp.done_at.is_not(None), *mine],
        ),
    ]
    rows = _run(session, scope, parts)
    block = Block("followups", "Follow-ups")
    block.note = "Follow-ups due in the period; done early counts as no wait."
    for outcome, caption, better in (
        ("done", "Done", "up"),
        ("dismissed", "Dismissed", "down"),
        ("obsolete", "No longer needed", ""),
        ("pending", "Still pending", "down"),
    ):
        block.figures.append(
            Figure(
                outcome,
                caption,
                rows.count("due", True, k2=outcome),
                rows.count("due", False, k2=outcome),
                better=better,
                link=_link("followups", period, staff_id, status=outcome),
            )
        )
    done_now = rows.count("due", True, k2="done")
    done_before = rows.count("due", False, k2="done")
    settled = lambda cur: rows.count("due", cur, k2=("done", "dismissed"))  # noqa: E731
    block.figures.append(
        Figure(
            "done_rate",
            "Done, of those dealt with",
            _ratio(done_now, settled(True)),
            _ratio(done_before, settled(False)),
            unit="percent",
        )
    )
    block.figures.append(
        Figure(
            "hours",
            "Median time from due to done",
            rows.median("hours_to_done", True),
            rows.median("hours_to_done", False),
            unit="hours",
            better="down",
        )
    )
    table_rows = []
    for kind in FOLLOWUP_REPORTED:
        counts = [rows.count("due", True, k1=kind, k2=o) for o in FOLLOWUP_OUTCOMES]
        table_rows.append([label(kind), *counts])
    block.tables = [
        Table(
            "followups_by_kind",
            "Follow-ups by kind",
            ["Kind", "Done", "Dismissed", "No longer needed", "Still pending"],
            table_rows,
            numeric=(1, 2, 3, 4),
        )
    ]
    series = [
        ("Done", rows.by_bucket("due", k2="done")),
        ("Dismissed", rows.by_bucket("due", k2="dismissed")),
        ("No longer needed", rows.by_bucket("due", k2="obsolete")),
        ("Pending", rows.by_bucket("due", k2="pending")),
    ]
    block.charts = [
        Chart(
            "by_month",
            "Follow-ups due, by month and outcome",
            "stacked",
            list(scope.categories[scope.split :]),
            series,
            links=_month_links(scope, "followups", staff_id),
        )
    ]
    return block


# --------------------------------------------------------------------------- feedback


def nps(promoters: int, detractors: int, total: int) -> float | None:
    """Net promoter score: % promoters − % detractors (−100…100)."""
    return 100.0 * (promoters - detractors) / total if total else None


def feedback_block(session: Session, period: Period, now: datetime, staff_id=None) -> Block:
    """Ratings received in the period: CSAT average and spread, NPS, low ratings and
    whether they led to an action and a report-back."""
    scope = Scope.of(period)
    mine = [Feedback.created_by_id == staff_id] if staff_id is not None else []
    acted = or_(Feedback.action_at.is_not(None), Feedback.action_taken != "")
    follow = case(
        (and_(acted, Feedback.customer_told_at.is_not(None)), "acted_told"),
        (acted, "acted"),
        else_="none",
    )
    parts = [
        _grouped(
            "r",
            scope.bucket(Feedback.received_at),
            Feedback.scale,
            Feedback.rating,
            where=[*scope.within(Feedback.received_at), *mine],
        ),
        _grouped(
            "low",
            scope.bucket(Feedback.received_at),
            Feedback.scale,
            follow,
            where=[
                *scope.within(Feedback.received_at),
                *mine,
                or_(
                    and_(Feedback.scale == "csat", Feedback.rating <= LOW_CSAT),
                    and_(Feedback.scale == "nps", Feedback.rating <= LOW_NPS),
                ),
            ],
        ),
    ]
    rows = _run(session, scope, parts)
    csat_keys = [str(r) for r in range(1, 6)]
    promoter_keys = [str(r) for r in range(NPS_PROMOTER, 11)]
    detractor_keys = [str(r) for r in range(0, LOW_NPS + 1)]

    def csat(current: bool | None, bucket_counts: bool = False):
        counts = {k: rows.count("r", current, k1="csat", k2=k) for k in csat_keys}
        n = sum(counts.values())
        avg = sum(int(k) * v for k, v in counts.items()) / n if n else None
        return avg, n, counts

    def nps_of(current: bool):
        total = rows.count("r", current, k1="nps")
        return (
            nps(
                rows.count("r", current, k1="nps", k2=promoter_keys),
                rows.count("r", current, k1="nps", k2=detractor_keys),
                total,
            ),
            total,
        )

    avg, n, counts = csat(True)
    avg_prev, n_prev, _ = csat(False)
    score, nps_n = nps_of(True)
    score_prev, nps_n_prev = nps_of(False)
    promoters = rows.count("r", True, k1="nps", k2=promoter_keys)
    detractors = rows.count("r", True, k1="nps", k2=detractor_keys)
    low = rows.count("low", True)
    block = Block("feedback", "Customer feedback")
    block.figures = [
        Figure(
            "csat",
            "CSAT average (1–5)",
            avg,
            avg_prev,
            unit="rating",
            link=_link("feedback", period, staff_id, scale="csat"),
        ),
        Figure(
            "csat_n",
            "CSAT ratings",
            n,
            n_prev,
            link=_link("feedback", period, staff_id, scale="csat"),
        ),
        Figure(
            "nps",
            "NPS",
            score,
            score_prev,
            unit="nps",
            link=_link("feedback", period, staff_id, scale="nps"),
        ),
        Figure(
            "promoters",
            "Promoters (9–10)",
            promoters,
            rows.count("r", False, k1="nps", k2=promoter_keys),
            link=_link("feedback", period, staff_id, scale="nps", min=9),
        ),
        Figure(
            "detractors",
            "Detractors (0–6)",
            detractors,
            rows.count("r", False, k1="nps", k2=detractor_keys),
            better="down",
            link=_link("feedback", period, staff_id, scale="nps", max=6),
        ),
        Figure(
            "nps_n",
            "NPS answers",
            nps_n,
            nps_n_prev,
            link=_link("feedback", period, staff_id, scale="nps"),
        ),
        Figure(
            "low",
            "Low ratings",
            low,
            rows.count("low", False),
            better="down",
            link=_link("feedback", period, staff_id, low=True),
        ),
        Figure(
            "low_acted",
            "Low ratings with an action",
            rows.count("low", True, k2=("acted", "acted_told")),
            rows.count("low", False, k2=("acted", "acted_told")),
            link=_link("feedback", period, staff_id, low=True, acted=True),
        ),
        Figure(
            "low_told",
            "…and a report-back (“you said, we did”)",
            rows.count("low", True, k2="acted_told"),
            rows.count("low", False, k2="acted_told"),
            link=_link("feedback", period, staff_id, low=True, told=True),
        ),
    ]
    months = list(scope.categories[scope.split :])
    csat_by_month = []
    nps_by_month = []
    for index in range(len(months)):
        bucket = scope.split + index
        c = {k: _bucket_count(rows, "r", bucket, "csat", k) for k in csat_keys}
        total = sum(c.values())
        csat_by_month.append(sum(int(k) * v for k, v in c.items()) / total if total else None)
        p = sum(_bucket_count(rows, "r", bucket, "nps", k) for k in promoter_keys)
        d = sum(_bucket_count(rows, "r", bucket, "nps", k) for k in detractor_keys)
        t = sum(_bucket_count(rows, "r", bucket, "nps", str(k)) for k in range(11))
        nps_by_month.append(nps(p, d, t))
    block.charts = [
        Chart(
            "csat_by_month",
            "CSAT average by month (1–5)",
            "line",
            months,
            [("CSAT", csat_by_month)],
            unit="rating",
            links=_month_links(scope, "feedback", staff_id, scale="csat"),
        ),
        Chart(
            "nps_by_month",
            "NPS by month",
            "line",
            months,
            [("NPS", nps_by_month)],
            unit="nps",
            links=_month_links(scope, "feedback", staff_id, scale="nps"),
        ),
        Chart(
            "csat_spread",
            "CSAT ratings, 1 to 5",
            "bars",
            csat_keys,
            [("Ratings", [counts[k] for k in csat_keys])],
            links=[
                _link("feedback", period, staff_id, scale="csat", min=int(k), max=int(k))
                for k in csat_keys
            ],
        ),
    ]
    block.tables = [
        _month_table(
            "feedback_by_month",
            "Feedback by month",
            scope,
            [
                ("CSAT average", csat_by_month),
                (
                    "CSAT ratings",
                    [
                        sum(_bucket_count(rows, "r", scope.split + i, "csat", k) for k in csat_keys)
                        for i in range(len(months))
                    ],
                ),
                ("NPS", nps_by_month),
                (
                    "NPS answers",
                    [
                        sum(
                            _bucket_count(rows, "r", scope.split + i, "nps", str(k))
                            for k in range(11)
                        )
                        for i in range(len(months))
                    ],
                ),
            ],
        ),
        Table(
            "csat_distribution",
            "CSAT ratings",
            ["Rating", "Count"],
            [[int(k), counts[k]] for k in csat_keys],
            numeric=(0, 1),
        ),
    ]
    return block


def _bucket_count(rows: Rows, part: str, bucket: int, k1: str, k2: str) -> int:
    return sum(
        r[4] for r in rows.rows if r[0] == part and r[1] == bucket and r[2] == k1 and r[3] == k2
    )


# --------------------------------------------------------------------------- activity


def losing_touch_condition(as_of: datetime):
    """A customer losing touch at ``as_of``: their keeping in touch was due by then
    (``customers.touch_due_at``, kept by core/records/touch.py from their last contact
    and cadence; NULL when not tracked, archived or erased), found through its index.
    For a past moment it is who had not been contacted again since: a customer reached
    after it has a later due moment now."""
    return and_(Customer.touch_due_at.is_not(None), Customer.touch_due_at <= as_of)


def activity_block(session: Session, period: Period, now: datetime, staff_id=None) -> Block:
    """Interactions by channel, kind and staff member; new customers; customers losing
    touch (past their keep-in-touch cadence at the end of each period, or now if sooner).

    Interactions and new customers come from the per-day summary (core/report_days.py)
    when it counts this time zone's days, else from the rows themselves; either way the
    parts are "ic" (channel, staff) and "ik" (kind, staff) per month bucket."""
    from cxlogger.core import report_days
    from cxlogger.core.models import ReportDay

    scope = Scope.of(period)
    mine_c = [Customer.owner_id == staff_id] if staff_id is not None else []
    ends = (min(scope.middle, now), min(scope.end, now))
    summary = report_days.usable(session)
    if summary:
        day = ReportDay.day
        mine_s = [ReportDay.staff_id == staff_id] if staff_id is not None else []
        counted = [*scope.day_within(day), ReportDay.n > 0, *mine_s]
        parts = [
            _summed(
                name,
                scope.day_bucket(day),
                ReportDay.key,
                _summary_staff(ReportDay.staff_id),
                ReportDay.n,
                where=[ReportDay.part == part, *counted],
            )
            for name, part in (("ic", "channel"), ("ik", "kind"), ("new", "new"))
        ]
    else:
        mine_i = [Interaction.staff_id == staff_id] if staff_id is not None else []
        parts = [
            _grouped(
                "i",
                scope.bucket(Interaction.occurred_at),
                Interaction.channel + literal("/") + Interaction.kind,
                Interaction.staff_id,
                where=[*scope.within(Interaction.occurred_at), *mine_i],
            ),
            _grouped(
                "new",
                scope.bucket(Customer.created_at),
                where=[*scope.within(Customer.created_at), *mine_c],
            ),
        ]
    for index, as_of in enumerate(ends):
        parts.append(
            select(*_part("losing", literal(0 if index == 0 else scope.split))).where(
                losing_touch_condition(as_of), *mine_c
            )
        )
    rows = _run(session, scope, parts)
    if not summary:  # channel/kind per row: the same counts per channel and per kind
        split = []
        for r in rows.rows:
            if r[0] == "i":
                channel, _sep, kind = r[2].partition("/")
                split.append(("ic", r[1], channel, r[3], r[4], r[5]))
                split.append(("ik", r[1], kind, r[3], r[4], r[5]))
            else:
                split.append(r)
        rows.rows = split

    block = Block("activity", "Activity")
    block.note = (
        "Losing touch: customers past their keep-in-touch cadence at the end of the period."
    )
    block.figures = [
        Figure(
            "interactions",
            "Interactions",
            rows.count("ik", True),
            rows.count("ik", False),
            link=_link("interactions", period, staff_id),
        ),
        Figure(
            "new_customers",
            "New customers",
            rows.count("new", True),
            rows.count("new", False),
            link=_link("customers_new", period, staff_id),
        ),
        Figure(
            "losing_touch",
            "Customers losing touch",
            rows.count("losing", True),
            rows.count("losing", False),
            better="down",
            link=_link("customers_losing", period, staff_id),
        ),
    ]
    for kind in ("purchase", "complaint"):
        block.figures.append(
            Figure(
                kind,
                label(kind) + "s",
                rows.count("ik", True, k1=kind),
                rows.count("ik", False, k1=kind),
                better="down" if kind == "complaint" else "up",
                link=_link("interactions", period, staff_id, kind=kind),
            )
        )
    months = list(scope.categories[scope.split :])
    used_channels = [c for c in CHANNELS if rows.count("ic", None, k1=c)]
    block.charts = [
        Chart(
            "by_month",
            "Interactions by month and channel",
            "stacked",
            months,
            [(label(c), rows.by_bucket("ic", k1=c)) for c in used_channels],
            links=_month_links(scope, "interactions", staff_id),
        )
    ]
    names = _staff_names(session)
    by_channel = [
        [
            label(c),
            rows.count("ic", True, k1=c),
            rows.count("ic", False, k1=c),
        ]
        for c in CHANNELS
    ]
    by_kind = [
        [label(k), rows.count("ik", True, k1=k), rows.count("ik", False, k1=k)] for k in KINDS
    ]
    staff_rows = []
    for ident in rows.keys("ik", "k2"):
        counts = [rows.count("ik", True, k1=k, k2=ident) for k in KINDS]
        if sum(counts):
            staff_rows.append([names.get(ident, "(nobody)"), sum(counts), *counts])
    staff_rows.sort(key=lambda r: r[0].lower())
    block.tables = [
        Table(
            "by_channel",
            "Interactions by channel",
            ["Channel", "This period", "Previous period"],
            by_channel,
            numeric=(1, 2),
        ),
        Table(
            "by_kind",
            "Interactions by kind",
            ["Kind", "This period", "Previous period"],
            by_kind,
            numeric=(1, 2),
        ),
        Table(
            "by_staff",
            "Interactions per staff member",
            ["Staff", "All", *[label(k) for k in KINDS]],
            staff_rows,
            numeric=tuple(range(1, len(KINDS) + 2)),
        ),
        _month_table(
            "activity_by_month",
            "Activity by month",
            scope,
            [("Interactions", rows.by_bucket("ik")), ("New customers", rows.by_bucket("new"))]
            + [(label(c), rows.by_bucket("ic", k1=c)) for c in used_channels],
        ),
    ]
    return block


# --------------------------------------------------------------------------- money

OUTGOING_MEANINGS = ("refund", "credit", "goodwill")


def money_block(session: Session, period: Period, now: datetime, staff_id=None) -> Block:
    """Net sales by month, refunds, credits and goodwill, by currency: the entries the
    money export writes for the same days (``csv_export._money_entries``: interactions
    with an amount, promises kept or broken with one), grouped in each branch."""
    from cxlogger.core import report_days
    from cxlogger.core.models import ReportDay

    scope = Scope.of(period)
    parts = []
    sources = [(Interaction, Interaction.occurred_at, Interaction.staff_id, [])]
    if report_days.usable(session):  # the interactions' money per day (core/report_days.py)
        sources = []
        mine = [ReportDay.staff_id == staff_id] if staff_id is not None else []
        parts.append(
            _summed(
                "m",
                scope.day_bucket(ReportDay.day),
                ReportDay.currency,
                ReportDay.meaning,
                ReportDay.money_n,
                case(
                    (ReportDay.meaning.in_(OUTGOING_MEANINGS), -ReportDay.amount),
                    else_=ReportDay.amount,
                ),
                where=[
                    ReportDay.part == "kind",
                    *scope.day_within(ReportDay.day),
                    ReportDay.money_n > 0,
                    *mine,
                ],
            )
        )
    for source, when, staff, extra in (
        *sources,
        (
            Promise,
            Promise.closed_at,
            Promise.owner_id,
            # status || '': the partial index of promises with an amount, not the status's
            [
                Promise.status.op("||")(literal("", String)).in_(("kept", "broken")),
                Promise.closed_at.is_not(None),
            ],
        ),
    ):
        currency = func.coalesce(source.currency, "")
        meaning = func.coalesce(source.amount_kind, "")
        amount = case(
            (meaning.in_(OUTGOING_MEANINGS), -func.abs(source.amount_minor)),
            else_=func.abs(source.amount_minor),
        )
        mine = [staff == staff_id] if staff_id is not None else []
        parts.append(
            _grouped(
                "m",
                scope.bucket(when),
                currency,
                meaning,
                amount,
                where=[source.amount_minor.is_not(None), *scope.within(when), *extra, *mine],
            )
        )
    rows = _run(session, scope, parts)
    currencies = rows.keys("m") or []
    block = Block("money", "Money")
    block.note = (
        "The same entries as the money export for these days: "
        "net = sales - refunds - credits - goodwill."
    )
    months = list(scope.categories[scope.split :])
    table_rows = []
    for currency in currencies:

        def total(current, meaning=None, currency=currency):
            match = {"k1": currency}
            if meaning is not None:
                match["k2"] = meaning
            return int(rows.total("m", current, **match))

        for key, caption, meaning, better in (
            ("net", "Net sales", None, "up"),
            ("sales", "Sales", "sale", "up"),
            ("refunds", "Refunds", "refund", "down"),
            ("credits", "Credits", "credit", "down"),
            ("goodwill", "Goodwill", "goodwill", "down"),
        ):
            value, previous = total(True, meaning), total(False, meaning)
            if meaning in OUTGOING_MEANINGS:
                value, previous = -value, -previous  # shown as amounts paid out
            block.figures.append(
                Figure(
                    f"{key}_{currency}",
                    caption if len(currencies) == 1 else f"{caption} ({currency})",
                    value,
                    previous,
                    unit="money",
                    better=better,
                    currency=currency,
                    link=_link("money", period, staff_id, currency=currency, meaning=meaning),
                )
            )
        net_by_month = [int(v) for v in rows.sums_by_bucket("m", k1=currency)]
        block.charts.append(
            Chart(
                f"net_by_month_{currency}",
                f"Net sales by month ({currency})",
                "bars",
                months,
                [("Net sales", net_by_month)],
                unit=f"money:{currency}",
                links=_month_links(scope, "money", staff_id, currency=currency),
            )
        )
        for index, month in enumerate(months):
            bucket_rows = [
                r
                for r in rows.rows
                if r[0] == "m" and r[1] == scope.split + index and r[2] == currency
            ]
            per = {
                m: int(sum(r[5] or 0 for r in bucket_rows if r[3] == m))
                for m in ("sale", *OUTGOING_MEANINGS)
            }
            table_rows.append(
                [
                    month,
                    currency,
                    net_by_month[index],
                    per["sale"],
                    -per["refund"],
                    -per["credit"],
                    -per["goodwill"],
                ]
            )
    block.tables = [
        Table(
            "money_by_month",
            "Money by month (minor units, e.g. cents)",
            ["Month", "Currency", "Net", "Sales", "Refunds", "Credits", "Goodwill"],
            table_rows,
            numeric=(2, 3, 4, 5, 6),
        )
    ]
    return block


def _stored(moment: datetime):
    """A UTC moment as the money ledger's raw time column compares with it."""
    from cxlogger.core.models import UTCDateTime

    return literal(moment, UTCDateTime())


# --------------------------------------------------------------------------- the report

BLOCKS = {
    "promises": promises_block,
    "loop": loop_block,
    "followups": followups_block,
    "feedback": feedback_block,
    "activity": activity_block,
    "money": money_block,
}


def header(session: Session, period: Period, now: datetime, staff_id=None) -> ReportHeader:
    from cxlogger.core.records import settings

    name = ""
    if staff_id is not None:
        name = session.scalar(select(Staff.name).where(Staff.id == staff_id)) or ""
    return ReportHeader(
        period, period.previous(), staff_id, name, settings.get(session, "business_name") or "", now
    )


def build_report(
    session: Session, period: Period, now: datetime, staff_id=None, blocks=None
) -> Report:
    head = header(session, period, now, staff_id)
    keys = blocks or list(BLOCKS)
    return Report(head, [BLOCKS[key](session, period, now, staff_id) for key in keys])


# --------------------------------------------------------------------------- sharing


def figures_table(report: Report) -> Table:
    """Every figure of the report as one table (block, figure, this period, previous…)."""
    rows = []
    for block in report.blocks:
        for figure in block.figures:
            change = figure.change
            rows.append(
                [
                    block.title,
                    figure.label,
                    _plain_value(figure.value, figure.unit, figure.currency),
                    _plain_value(figure.previous, figure.unit, figure.currency),
                    _plain_value(change, figure.unit, figure.currency),
                    UNIT_NAMES.get(figure.unit, figure.unit),
                    figure.currency or "",
                ]
            )
    return Table(
        "figures",
        "Figures",
        ["Block", "Figure", "This period", "Previous period", "Change", "Unit", "Currency"],
        rows,
        numeric=(2, 3, 4),
    )


UNIT_NAMES = {
    "count": "count",
    "percent": "percent",
    "days": "days",
    "hours": "hours",
    "rating": "of 5",
    "nps": "NPS",
    "money": "amount",
}


def _plain_value(value, unit: str, currency: str | None):
    """A figure as a plain number for CSV and JSON: percents 0–100, money in units."""
    if value is None:
        return None
    if unit == "percent":
        return round(100 * value, 1)
    if unit == "money" and currency:
        from cxlogger.core.records import money

        return money.to_decimal(int(value), currency)
    if isinstance(value, float):
        return round(value, 2)
    return value


def all_tables(report: Report) -> dict[str, Table]:
    """The report's tables by key (``figures`` first), for a CSV of each."""
    tables = {"figures": figures_table(report)}
    for block in report.blocks:
        for table in block.tables:
            tables[table.key] = table
    return tables


def write_csv(table: Table, target, *, bom: bool = True, delimiter: str = ",") -> None:
    """One table as CSV, with the exports' safety rules (core/csv_safety.py): text cells
    that a spreadsheet could run are neutralised, numbers stay numbers, written through
    a temporary file. ``target`` "-" writes to standard output."""
    import csv
    import sys

    from cxlogger.core.exchange.csv_safety import atomic_text_file, neutralise

    def cells(row):
        out = []
        for index, value in enumerate(row):
            if value is None:
                out.append("")
            elif index in table.numeric and isinstance(value, int | float) or _is_decimal(value):
                out.append(str(value))
            else:
                out.append(neutralise(str(value)))
        return out

    def write(fh):
        if bom:
            fh.write("\ufeff")
        writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([neutralise(c) for c in table.columns])
        writer.writerows(cells(row) for row in table.rows)

    if str(target) == "-":
        write(sys.stdout)
        return
    with atomic_text_file(target) as fh:
        write(fh)


def _is_decimal(value) -> bool:
    from decimal import Decimal

    return isinstance(value, Decimal)


def format_value(value, unit: str, currency: str | None = None, signed: bool = False) -> str:
    """A figure as text for the command line (the GUI formats through QLocale)."""
    if value is None:
        return "–"
    sign = "+" if signed and value > 0 else ""
    if unit == "percent":
        return f"{sign}{100 * value:.0f}%" if not signed else f"{sign}{100 * value:.0f} pts"
    if unit == "days":
        return f"{sign}{value:.1f} days"
    if unit == "hours":
        return f"{sign}{value:.1f} h"
    if unit == "rating":
        return f"{sign}{value:.2f}"
    if unit == "nps":
        return f"{'+' if value > 0 else ''}{value:.0f}"
    if unit == "money" and currency:
        from cxlogger.core.records import money

        return sign + money.display(int(value), currency)
    return f"{sign}{int(value):,}"


def as_text(report: Report) -> str:
    head = report.header
    lines = []
    title = "Report"
    if head.business_name:
        title += f" — {head.business_name}"
    lines.append(title)
    lines.append(
        f"{head.period.label()} ({head.period.first} to {head.period.last}), "
        f"compared with {head.previous.first} to {head.previous.last}"
        + (f"; staff: {head.staff_name}" if head.staff_name else "")
    )
    for block in report.blocks:
        lines.append("")
        lines.append(block.title)
        lines.append("-" * len(block.title))
        if not block.figures:
            lines.append("  (nothing in this period)")
        width = max((len(f.label) for f in block.figures), default=0)
        for figure in block.figures:
            value = format_value(figure.value, figure.unit, figure.currency)
            before = format_value(figure.previous, figure.unit, figure.currency)
            change = figure.change
            change_text = (
                ""
                if change is None
                else "  ("
                + format_value(change, figure.unit, figure.currency, signed=True)
                + f" vs {before})"
            )
            lines.append(f"  {figure.label:<{width}}  {value:>12}{change_text}")
        if block.note:
            lines.append(f"  {block.note}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- the records behind


@dataclass
class Records:
    """The records behind a figure or a bar (at most ``limit`` of ``total``)."""

    title: str
    columns: list[str]
    rows: list[list[Any]]
    total: int
    customer_ids: list[int]


def drill(session: Session, link: dict, now: datetime, limit: int = 500) -> Records:
    """The records a figure's or a bar's ``link`` counts, newest first."""
    period = Period(date.fromisoformat(link["first"]), date.fromisoformat(link["last"]))
    start, end = period.bounds()
    staff_id = link.get("staff_id")
    kind = link["list"]
    owner = aliased(Staff)

    def within(column):
        return [column >= start, column < end]

    if kind in ("promises", "promises_made", "promises_kept"):
        where = []
        if kind == "promises":
            when = Promise.due_at
            if link.get("cls"):
                where.append(promise_class(now) == link["cls"])
        elif kind == "promises_made":
            when = Promise.created_at
        else:
            when = Promise.closed_at
            where.append(Promise.status == "kept")
            if link.get("told") is True:
                where.append(Promise.customer_told_at.is_not(None))
            elif link.get("told") is False:
                where.append(Promise.customer_told_at.is_(None))
        if staff_id is not None:
            where.append(Promise.owner_id == staff_id)
        query = (
            select(
                Promise.customer_id,
                Promise.due_at,
                Customer.name,
                Promise.description,
                func.coalesce(owner.name, ""),
                promise_class(now),
                Promise.closed_at,
                Promise.customer_told_at,
            )
            .join(Customer, Customer.id == Promise.customer_id)
            .outerjoin(owner, owner.id == Promise.owner_id)
            .where(*within(when), *where)
            .order_by(when.desc(), Promise.id.desc())
        )
        columns = ["Due", "Customer", "Promise", "Owner", "Outcome", "Closed", "Customer told"]
        title = "Promises"
    elif kind in ("interactions", "complaints_unhandled"):
        item = aliased(Interaction)
        where = []
        if kind == "complaints_unhandled":
            where += [item.kind == "complaint"]
            where.append(
                complaint_state(item, now, link.get("days", COMPLAINT_DAYS)) == "unhandled"
            )
        for column in ("kind", "channel"):
            if link.get(column):
                where.append(getattr(item, column) == link[column])
        if staff_id is not None:
            where.append(item.staff_id == staff_id)
        query = (
            select(
                item.customer_id,
                item.occurred_at,
                Customer.name,
                item.channel,
                item.kind,
                item.summary,
                func.coalesce(owner.name, ""),
            )
            .join(Customer, Customer.id == item.customer_id)
            .outerjoin(owner, owner.id == item.staff_id)
            .where(item.occurred_at >= start, item.occurred_at < end, *where)
            .order_by(item.occurred_at.desc(), item.id.desc())
        )
        columns = ["When", "Customer", "Channel", "Kind", "Summary", "Staff"]
        title = "Complaints with no promise or resolution" if where else "Interactions"
    elif kind == "followups":
        where = [FollowUp.kind.in_(FOLLOWUP_REPORTED)]
        if link.get("status"):
            where.append(FollowUp.status == link["status"])
        if link.get("kind"):  # a row of "Follow-ups by kind" (core/report_rows.py)
            where.append(FollowUp.kind == link["kind"])
        if staff_id is not None:
            where.append(FollowUp.owner_id == staff_id)
        query = (
            select(
                FollowUp.customer_id,
                FollowUp.due_at,
                Customer.name,
                FollowUp.kind,
                FollowUp.title,
                FollowUp.status,
                FollowUp.done_at,
            )
            .join(Customer, Customer.id == FollowUp.customer_id)
            .where(*within(FollowUp.due_at), *where)
            .order_by(FollowUp.due_at.desc(), FollowUp.id.desc())
        )
        columns = ["Due", "Customer", "Kind", "Follow-up", "Outcome", "Done"]
        title = "Follow-ups"
    elif kind == "feedback":
        where = []
        if link.get("scale"):
            where.append(Feedback.scale == link["scale"])
        if link.get("min") is not None:
            where.append(Feedback.rating >= link["min"])
        if link.get("max") is not None:
            where.append(Feedback.rating <= link["max"])
        if link.get("low"):
            where.append(
                or_(
                    and_(Feedback.scale == "csat", Feedback.rating <= LOW_CSAT),
                    and_(Feedback.scale == "nps", Feedback.rating <= LOW_NPS),
                )
            )
        acted = or_(Feedback.action_at.is_not(None), Feedback.action_taken != "")
        if link.get("acted"):
            where.append(acted)
        if link.get("told"):
            where += [acted, Feedback.customer_told_at.is_not(None)]
        if staff_id is not None:
            where.append(Feedback.created_by_id == staff_id)
        query = (
            select(
                Feedback.customer_id,
                Feedback.received_at,
                Customer.name,
                Feedback.scale,
                Feedback.rating,
                Feedback.comment,
                Feedback.action_taken,
                Feedback.customer_told_at,
            )
            .join(Customer, Customer.id == Feedback.customer_id)
            .where(*within(Feedback.received_at), *where)
            .order_by(Feedback.received_at.desc(), Feedback.id.desc())
        )
        columns = ["Received", "Customer", "Scale", "Rating", "Comment", "Action", "Told"]
        title = "Feedback"
    elif kind in ("customers_new", "customers_losing"):
        where = [Customer.owner_id == staff_id] if staff_id is not None else []
        if kind == "customers_new":
            where += within(Customer.created_at)
            title = "New customers"
        else:
            where.append(losing_touch_condition(min(end, now)))
            title = "Customers losing touch"
        query = (
            select(
                Customer.id,
                Customer.created_at,
                Customer.name,
                Customer.company,
                Customer.email,
                Customer.phone,
            )
            .where(*where)
            .order_by(Customer.created_at.desc(), Customer.id.desc())
        )
        columns = ["Customer since", "Customer", "Company", "Email", "Phone"]
    elif kind == "money":
        from cxlogger.core.exchange.csv_export import ExportOptions, _money_entries

        ledger = _money_entries(ExportOptions("money", period.first, period.last, staff_id))
        where = []
        if link.get("currency"):
            where.append(ledger.c.currency == link["currency"])
        if link.get("meaning"):
            where.append(ledger.c.meaning == link["meaning"])
        amount = case(
            (ledger.c.meaning.in_(OUTGOING_MEANINGS), -func.abs(ledger.c.minor)),
            else_=func.abs(ledger.c.minor),
        )
        query = (
            select(
                ledger.c.customer_id,
                ledger.c.occurred,
                Customer.name,
                ledger.c.kind,
                ledger.c.meaning,
                amount,
                ledger.c.currency,
            )
            .join(Customer, Customer.id == ledger.c.customer_id)
            .where(*where)
            .order_by(ledger.c.occurred.desc(), ledger.c.id.desc())
        )
        columns = ["When", "Customer", "Kind", "Meaning", "Net (minor units)", "Currency"]
        title = "Money"
    else:
        raise UserError("That figure has no list of records behind it.")
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    found = session.execute(query.limit(limit)).all()
    rows = [[_as_time(r[1]), *r[2:]] for r in found]
    return Records(title, columns, rows, total or 0, [r[0] for r in found])


def _as_time(value):
    """The money ledger hands its time back as stored text; the others as aware UTC."""
    from datetime import timezone

    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value

"""The records behind each row of a report table (core/reports.py ``Block.tables``).

Qt-free. A row's link is the same kind of dict a figure's or a bar's link is (see
``reports.drill``): a click on the row opens that list, filtered to the row's month,
staff member, channel, kind, rating or currency. Tables are matched by their key; a
table this module does not know, and a row that names no one ("(nobody)", or a name
two staff members share), has no link (None).
"""

from __future__ import annotations

from cxlogger.core.models import CHANNELS, KINDS, label
from cxlogger.core.reports import FOLLOWUP_REPORTED, Period, Table

# table key -> (records list, what its first column is, extra filter)
_BY_MONTH = {
    "promises_by_month": ("promises", {}),
    "loop_by_month": ("promises_kept", {}),
    "feedback_by_month": ("feedback", {}),
    "activity_by_month": ("interactions", {}),
    "money_by_month": ("money", {}),
}
_BY_STAFF = {
    "promises_by_staff": "promises",
    "by_staff": "interactions",
}
_BY_CODE = {
    "by_channel": ("interactions", "channel", CHANNELS),
    "by_kind": ("interactions", "kind", KINDS),
    "followups_by_kind": ("followups", "kind", FOLLOWUP_REPORTED),
}


def _link(records: str, first, last, staff_id, **extra) -> dict:
    return {
        "list": records,
        "first": first.isoformat(),
        "last": last.isoformat(),
        "staff_id": staff_id,
        **extra,
    }


def row_links(
    table: Table,
    period: Period,
    staff_id: int | None,
    staff_ids: dict[str, int] | None = None,
) -> list[dict | None]:
    """One link (or None) per row of ``table``, for a report of ``period`` (and
    ``staff_id``, None for everyone). ``staff_ids``: staff member's name -> id, for the
    per-staff tables (names shared by two people are left out by the caller or here)."""
    months = {key: (first, last) for key, first, last in period.months()}
    links: list[dict | None] = []
    for row in table.rows:
        links.append(_row_link(table, row, period, staff_id, months, staff_ids or {}))
    return links


def _row_link(table, row, period, staff_id, months, staff_ids) -> dict | None:
    if not row:
        return None
    key = table.key
    if key in _BY_MONTH:
        records, extra = _BY_MONTH[key]
        span = months.get(str(row[0]))
        if span is None:
            return None
        if key == "money_by_month":
            extra = {"currency": row[1]} if len(row) > 1 and row[1] else {}
        return _link(records, span[0], span[1], staff_id, **extra)
    if key in _BY_STAFF:
        ident = staff_ids.get(str(row[0]))
        if ident is None:
            return None
        return _link(_BY_STAFF[key], period.first, period.last, ident)
    if key in _BY_CODE:
        records, field, codes = _BY_CODE[key]
        code = {label(c): c for c in codes}.get(str(row[0]))
        if code is None:
            return None
        return _link(records, period.first, period.last, staff_id, **{field: code})
    if key == "csat_distribution":
        rating = row[0]
        if not isinstance(rating, int):
            return None
        return _link(
            "feedback", period.first, period.last, staff_id, scale="csat", min=rating, max=rating
        )
    return None


def unique_names(members) -> dict[str, int]:
    """(name, id) pairs -> name -> id, leaving out a name two staff members share."""
    seen: dict[str, int | None] = {}
    for name, ident in members:
        seen[name] = None if name in seen else ident
    return {name: ident for name, ident in seen.items() if ident is not None}

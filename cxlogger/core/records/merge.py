"""Merging two customers who are the same person, in one undoable transaction.

Everything of the customer given up (interactions, promises, feedback,
follow-ups) moves to the one kept; the kept customer's empty fields are filled
from the other, tags are combined, both notes kept, and "does not want to be
contacted" wins over "agrees". Then the customer given up is deleted. The change
log records all of it, so Undo puts both customers back as they were.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from cxlogger.core.errors import UserError
from cxlogger.core.models import (
    ChangeLog,
    Customer,
    Feedback,
    FollowUp,
    HeadsUp,
    Interaction,
    Promise,
)
from cxlogger.core.records import history
from cxlogger.core.records.customers import normalize_email, normalize_phone
from cxlogger.core.records.history import ref

# the fields a person can choose between, in the order the merge dialog shows them
FIELDS = (
    ("name", "Name"),
    ("company", "Company"),
    ("email", "Email"),
    ("phone", "Phone"),
    ("preferred_channel", "Preferred channel"),
    ("tags", "Tags"),
    ("notes", "Notes"),
    ("contact_consent", "Contact"),
    ("owner_id", "Owner"),
)
CHOOSABLE = {"name", "company", "email", "phone", "preferred_channel", "owner_id"}
MOVED = (
    ("interactions", Interaction),
    ("promises", Promise),
    ("feedback", Feedback),
    ("followups", FollowUp),
    ("heads_ups", HeadsUp),
)


class MergeError(UserError):
    pass


@dataclass
class MergePlan:
    """Both customers side by side and the value the kept one will have."""

    keep_id: int
    drop_id: int
    keep: dict[str, Any]
    drop: dict[str, Any]
    result: dict[str, Any]
    counts: dict[str, int] = field(default_factory=dict)  # what moves over, by kind

    def source(self, key: str) -> str:
        """Where the merged value comes from: "same", "keep", "drop" or "both"."""
        result, keep, drop = self.result[key], self.keep[key], self.drop[key]
        if keep == drop:
            return "same"
        if result == keep:
            return "keep"
        return "drop" if result == drop else "both"


def _values(customer: Customer) -> dict[str, Any]:
    return {key: getattr(customer, key) for key, _ in FIELDS}


def _combine_tags(a: str, b: str) -> str:
    seen: dict[str, str] = {}
    for tag in (a or "").split(",") + (b or "").split(","):
        tag = tag.strip()
        if tag and tag.lower() not in seen:
            seen[tag.lower()] = tag
    return ", ".join(sorted(seen.values(), key=str.lower))


def _combine_notes(a: str, b: str) -> str:
    a, b = (a or "").strip(), (b or "").strip()
    if not a or not b or b in a:
        return a or b
    return f"{a}\n\n{b}"


def _stricter_consent(a: Any, b: Any) -> Any:
    """Someone who said no once has said no; an answer beats "not asked"."""
    for answer in ("no", "yes"):
        if answer in (a, b):
            return answer
    return a


def plan_merge(
    session: Session, keep_id: int, drop_id: int, choices: dict[str, str] | None = None
) -> MergePlan:
    """What merging would give; ``choices`` maps a field to "keep" or "drop" to override
    the default (the kept customer's value, or the other's where it is empty)."""
    if keep_id == drop_id:
        raise MergeError("Choose two different customers to merge.")
    keep, drop = session.get(Customer, keep_id), session.get(Customer, drop_id)
    if keep is None or drop is None:
        raise MergeError("One of these customers no longer exists; search again.")
    a, b = _values(keep), _values(drop)
    result = {}
    for key, _ in FIELDS:
        choice = (choices or {}).get(key)
        if key == "tags":
            result[key] = _combine_tags(a[key], b[key])
        elif key == "notes":
            result[key] = _combine_notes(a[key], b[key])
        elif key == "contact_consent":
            result[key] = _stricter_consent(a[key], b[key])
        elif choice == "drop" or (choice is None and a[key] in (None, "") and b[key]):
            result[key] = b[key]
        else:
            result[key] = a[key]
    counts = {
        name: session.scalar(
            select(func.count()).select_from(model).where(model.customer_id == drop_id)
        )
        for name, model in MOVED
    }
    return MergePlan(keep_id, drop_id, a, b, result, counts)


def merge_customers(
    session: Session,
    keep_id: int,
    drop_id: int,
    staff_id: int | None,
    now: datetime,
    choices: dict[str, str] | None = None,
) -> str:
    """Move everything of ``drop_id`` to ``keep_id`` and delete ``drop_id``; one transaction."""
    with session.begin():
        plan = plan_merge(session, keep_id, drop_id, choices)
        drop_name = plan.drop["name"]
        summary = (
            f"Merged {drop_name} ({ref('customer', drop_id)}) into "
            f"{plan.result['name']} ({ref('customer', keep_id)})"
        )
        act = history.begin(session, "merge", staff_id, now, summary)
        act.customer_id = keep_id
        for _, model in MOVED:
            for row in session.scalars(select(model).where(model.customer_id == drop_id)):
                row.customer_id = keep_id
        keep = session.get(Customer, keep_id)
        for key, value in plan.result.items():
            if getattr(keep, key) != value:
                setattr(keep, key, value)
        keep.email_norm = normalize_email(keep.email)
        keep.phone_norm = normalize_phone(keep.phone)
        drop = session.get(Customer, drop_id)
        if drop.created_at < keep.created_at:
            keep.created_at = drop.created_at  # a customer since the earlier of the two
        keep.updated_at = now
        session.flush()
        # earlier history of the customer given up now belongs to the one kept
        session.execute(
            update(ChangeLog).where(ChangeLog.customer_id == drop_id).values(customer_id=keep_id)
        )
        session.delete(drop)
    return summary

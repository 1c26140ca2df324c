"""Finding customers that are probably the same person as one being added."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cxlogger.core.models import Customer
from cxlogger.core.records.customers import (
    CustomerData,
    normalize_email,
    normalize_phone,
    search_lower,
)

# shorter numbers (extensions, 112) say nothing about who someone is
MIN_PHONE_DIGITS = 6


@dataclass
class Match:
    customer_id: int
    name: str
    reasons: list[str]  # "email", "phone", "name"

    @property
    def sentence(self) -> str:
        """'Anna Weber (CUS-000012) has the same email and phone.'"""
        words = {"email": "email", "phone": "phone number", "name": "name"}
        parts = [words[r] for r in self.reasons]
        same = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        return f"{self.name} (CUS-{self.customer_id:06d}) has the same {same}."


def _name_key(name: str) -> str:
    return " ".join(name.split()).lower()


def find_duplicates(
    session: Session, data: CustomerData, exclude_id: int | None = None
) -> list[Match]:
    """Existing customers (archived ones too) with the same email, phone or name."""
    email = normalize_email(data.email)
    phone = normalize_phone(data.phone)
    name = _name_key(data.name)
    conditions = []
    if email:
        conditions.append(Customer.email_norm == email)
    if len(phone) >= MIN_PHONE_DIGITS:
        conditions.append(Customer.phone_norm == phone)
    if name:
        conditions.append(search_lower(session, Customer.name) == name)
    if not conditions:
        return []
    query = select(Customer).where(or_(*conditions)).order_by(Customer.id)
    if exclude_id is not None:
        query = query.where(Customer.id != exclude_id)
    matches = []
    for customer in session.scalars(query):
        reasons = []
        if email and customer.email_norm == email:
            reasons.append("email")
        if len(phone) >= MIN_PHONE_DIGITS and customer.phone_norm == phone:
            reasons.append("phone")
        if name and _name_key(customer.name) == name:
            reasons.append("name")
        if reasons:
            matches.append(Match(customer.id, customer.name, reasons))
    # the strongest evidence first: email, then phone, then name only
    matches.sort(key=lambda m: (len(m.reasons) == 1 and m.reasons == ["name"], -len(m.reasons)))
    return matches

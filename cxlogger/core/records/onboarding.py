"""The first start of a new business: who you are, and the business's name, opening days
and hours and its currency, saved as one user action."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time

from sqlalchemy.orm import Session

from cxlogger.core.errors import ValidationError
from cxlogger.core.records import money, settings
from cxlogger.core.records import staff as staff_svc


@dataclass
class Business:
    """What a new business tells cxlogger on its first start (working_days: Monday = 0)."""

    name: str = ""
    working_days: list[int] = field(default_factory=lambda: [0, 1, 2, 3, 4])
    opens: time = time(9, 0)
    closes: time = time(17, 0)
    currency: str = money.DEFAULT_CURRENCY

    def errors(self) -> dict[str, str]:
        errors = {}
        if len(self.name.strip()) > 120:
            errors["business"] = "Keep the business name under 120 characters."
        if not self.working_days:
            errors["days"] = "Tick at least one day the business is open."
        if self.closes <= self.opens:
            errors["hours"] = "The closing time must be later than the opening time."
        try:
            money.decimals(self.currency)
        except ValueError:
            errors["currency"] = "Choose a currency code such as EUR, USD or GBP."
        return errors

    def values(self) -> dict:
        return {
            "business_name": self.name.strip(),
            "working_days": sorted(set(self.working_days)),
            "morning_time": self.opens.strftime("%H:%M"),
            "closing_time": self.closes.strftime("%H:%M"),
            "default_currency": self.currency.strip().upper(),
        }


def start(session: Session, your_name: str, business: Business | None, now: datetime) -> int:
    """You as the first staff member (or the one of that name), and the business's
    settings when given; one transaction: nothing is half-saved. Returns your staff id."""
    errors = business.errors() if business is not None else {}
    if errors:
        raise ValidationError(errors)
    with session.begin():
        member = staff_svc.find_or_new(session, your_name, now)  # the first is the owner
        if business is not None:
            for key, value in business.values().items():
                settings.put(session, key, value)
        session.flush()
        return member.id

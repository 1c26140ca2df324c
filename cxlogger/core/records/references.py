"""References as exports show them (``CUS-000047``, ``INT-000123``…), typed back in by people.

Parsing needs only the standard library, so the command-line parser can use it
without loading the database layer; :func:`customer_id_for` looks a reference up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# the prefixes csv_export writes (REF_PREFIX there), and what each names
KINDS = {"CUS": "customer", "INT": "interaction", "PRM": "promise", "FBK": "feedback"}
PREFIX = {kind: prefix for prefix, kind in KINDS.items()}
ARTICLE = {"customer": "a", "interaction": "an", "promise": "a", "feedback": "a"}

# the references the change log, the history and the heads-ups show, per record kind
REF_PREFIX = {
    "customer": "CUS",
    "interaction": "INT",
    "promise": "PRM",
    "feedback": "FBK",
    "followup": "FUP",
    "handoff": "HND",
    "heads_up": "HUP",
}


def ref(entity: str, ident: int) -> str:
    """The reference people see: INT-000042."""
    return f"{REF_PREFIX[entity]}-{ident:06d}"


_PATTERN = re.compile(r"^\s*(?:(?P<prefix>[A-Za-z]{3})\s*[-_ ]?\s*|#\s*)?(?P<number>\d{1,18})\s*$")


@dataclass(frozen=True)
class Reference:
    """A record's number and kind; ``kind`` is None for a bare number (meant as the asked kind)."""

    number: int
    kind: str | None = None

    def text(self, kind: str = "customer") -> str:
        """As exports write it: CUS-000047."""
        return f"{PREFIX[self.kind or kind]}-{self.number:06d}"


def parse_reference(text: str) -> Reference:
    """``"47"``, ``"#47"``, ``"CUS-000047"``, ``"cus-47"``, ``"INT-000123"`` → a Reference.

    Raises ValueError with a sentence for anything else.
    """
    match = _PATTERN.match(text or "")
    if match is None:
        raise ValueError(
            f"“{text}” is not a number or a reference; write it as 47 or as exports show it, "
            "e.g. CUS-000047."
        )
    prefix = (match["prefix"] or "").upper()
    if prefix and prefix not in KINDS:
        raise ValueError(
            f"“{text}” is not a reference cxlogger writes; they start with "
            + ", ".join(f"{p}-" for p in KINDS)
            + "."
        )
    number = int(match["number"])
    if number < 1:
        raise ValueError(f"“{text}”: numbers start at 1.")
    return Reference(number, KINDS.get(prefix))


def customer_id_for(session: Session, ref: Reference, only_customers: bool = False) -> int:
    """The customer ``ref`` names, or the customer an interaction/promise/feedback belongs to.

    With ``only_customers`` (erasing), another kind of reference is refused with a
    sentence naming the customer's reference, so nobody erases by a side door.
    Raises UserError if there is no such record.
    """
    from cxlogger.core.errors import UserError
    from cxlogger.core.models import Feedback, Interaction, Promise

    if ref.kind in (None, "customer"):
        return ref.number
    model = {"interaction": Interaction, "promise": Promise, "feedback": Feedback}[ref.kind]
    record = session.get(model, ref.number)
    if record is None:
        raise UserError(f"There is no {ref.kind} {ref.text()}; check the reference.")
    customer = Reference(record.customer_id, "customer").text()
    if only_customers:
        raise UserError(
            f"{ref.text()} is {ARTICLE[ref.kind]} {ref.kind}, not a customer; it belongs to "
            f"customer {customer}. Give that reference if you mean this customer."
        )
    return record.customer_id

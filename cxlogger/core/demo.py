"""Realistic sample data, for the demo database and for benchmarks."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterator
from datetime import datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cxlogger.core.models import Customer, Interaction, Promise, Staff
from cxlogger.core.records import customers as customers_mod
from cxlogger.core.records import promises as promises_mod
from cxlogger.core.records import roles

FIRST = [
    "Anna",
    "Ben",
    "Clara",
    "David",
    "Elif",
    "Farid",
    "Greta",
    "Hannah",
    "Ivan",
    "Jana",
    "Karim",
    "Lena",
    "Marco",
    "Nina",
    "Oskar",
    "Paula",
    "Quentin",
    "Rosa",
    "Sven",
    "Tara",
    "Ugo",
    "Vera",
    "Wim",
    "Xenia",
    "Yusuf",
    "Zoe",
    "Jürgen",
    "Chloé",
    "Søren",
    "Ana María",
]
LAST = [
    "Schmidt",
    "Müller",
    "Garcia",
    "Rossi",
    "Dubois",
    "Novak",
    "Kowalski",
    "Jensen",
    "O'Brien",
    "Smith",
    "Yılmaz",
    "Nakamura",
    "Silva",
    "Berg",
    "Fischer",
    "Martin",
    "Weber",
    "Lopez",
    "Hoffmann",
    "Costa",
    "Andersson",
    "Meyer",
    "Petrov",
    "Horvat",
]
COMPANIES = [
    "",
    "",
    "",
    "Bäckerei Sonne",
    "Green Leaf Café",
    "Atlas Builders",
    "Nordlicht GmbH",
    "Blue Harbor Dental",
    "Smith & Sons",
    "Pixel Print",
    "Riverbend Yoga",
    "Vega Motors",
]
SUMMARIES = {
    "inquiry": [
        "Asked about opening hours on holidays",
        "Wanted a quote for 20 gift boxes",
        "Asked whether we deliver to the suburbs",
        "Question about the loyalty card",
        "Asked if the blue model is back in stock",
    ],
    "purchase": [
        "Bought the anniversary cake",
        "Ordered 3 bags of espresso beans",
        "Picked up the repaired bicycle",
        "Bought a gift voucher",
        "Annual maintenance contract renewed",
        "Bought winter tyres",
    ],
    "complaint": [
        "Delivery arrived two days late",
        "Invoice showed the wrong amount",
        "Coffee machine leaking after repair",
        "Staff member was rude on the phone",
        "Order arrived incomplete (missing lid)",
    ],
    "support": [
        "Helped set up the new router",
        "Explained how to reset the alarm",
        "Walked through the warranty claim",
        "Adjusted the saddle height",
    ],
    "feedback": [
        "Loved the new seasonal menu",
        "Suggested longer Saturday hours",
        "Said the website checkout is confusing",
        "Praised Lena's help",
    ],
    "return": ["Returned shoes (wrong size)", "Returned a faulty kettle"],
    "referral": ["Sent their neighbour our way", "Recommended us to their company"],
    "other": ["Dropped by to say hello", "Asked to update their address"],
}
PROMISES = [
    "Call back with the delivery date",
    "Send the corrected invoice",
    "Order the part and call when it arrives",
    "Refund the delivery fee",
    "Email the quote",
    "Check the warranty and reply",
    "Reserve two for Saturday",
]
STAFF = ["Alex Owner", "Sam Front Desk", "Robin Workshop"]
CHANNELS_W = [
    ("phone", 5),
    ("email", 4),
    ("in_person", 6),
    ("chat", 2),
    ("social", 1),
    ("letter", 1),
]
KINDS_W = [
    ("inquiry", 5),
    ("purchase", 6),
    ("complaint", 2),
    ("support", 3),
    ("feedback", 2),
    ("return", 1),
    ("referral", 1),
    ("other", 1),
]


def _weighted(rng: random.Random, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _ascii(text: str) -> str:
    """'anamaría.yılmaz' -> 'anamaria.yilmaz', as people write their email addresses."""
    text = text.translate(str.maketrans({"ı": "i", "ø": "o", "ß": "ss", "æ": "ae"}))
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def customer_rows(rng: random.Random, count: int, now: datetime, staff_ids: list[int]):
    for n in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        name = f"{first} {last}"
        handle = _ascii(f"{first}.{last}".lower().replace(" ", "").replace("'", ""))
        email = f"{handle}{n}@example.com" if rng.random() < 0.8 else ""
        phone = f"+49 30 {rng.randint(1000000, 9999999)}" if rng.random() < 0.7 else ""
        created = now - timedelta(days=rng.randint(30, 900))
        staff_id = rng.choice(staff_ids)
        yield {
            "name": name,
            "company": rng.choice(COMPANIES),
            "email": email,
            "phone": phone,
            "email_norm": customers_mod.normalize_email(email),
            "phone_norm": customers_mod.normalize_phone(phone),
            "preferred_channel": rng.choice(["email", "phone", None]),
            "tags": rng.choice(["", "", "regular", "vip", "wholesale", "regular, vip"]),
            "notes": "",
            "contact_consent": _consent(rng.random()),
            "archived": False,
            "created_at": created,
            "updated_at": created,
            "created_by_id": staff_id,
            "owner_id": staff_id,
        }


def interaction_rows(
    rng: random.Random, count: int, customer_ids: list[int], staff_ids: list[int], now: datetime
) -> Iterator[dict]:
    for _ in range(count):
        kind = _weighted(rng, KINDS_W)
        # within opening hours (roughly 08:00-19:00 UTC), spread over two years
        day = now.replace(hour=8, minute=0, second=0, microsecond=0)
        when = day - timedelta(days=rng.randint(0, 720)) + timedelta(minutes=rng.randint(0, 660))
        if when > now:
            when -= timedelta(days=1)
        staff_id = rng.choice(staff_ids)
        amount = currency = amount_kind = None
        if kind == "purchase":
            amount, currency, amount_kind = rng.randint(300, 250000), "EUR", "sale"
        elif kind == "return" and rng.random() < 0.7:
            amount, currency, amount_kind = rng.randint(500, 20000), "EUR", "refund"
        elif kind == "complaint" and rng.random() < 0.3:
            amount, currency, amount_kind = rng.randint(200, 3000), "EUR", "goodwill"
        sentiment = {"complaint": "negative", "feedback": "positive", "referral": "positive"}.get(
            kind, rng.choice(["neutral", "neutral", "positive"])
        )
        yield {
            "occurred_at": when,
            "customer_id": rng.choice(customer_ids),
            "channel": _weighted(rng, CHANNELS_W),
            "kind": kind,
            "summary": rng.choice(SUMMARIES[kind]),
            "details": "",
            "sentiment": sentiment,
            "staff_id": staff_id,
            "amount_minor": amount,
            "currency": currency,
            "amount_kind": amount_kind,
            "resolved_at": when + timedelta(days=1)
            if kind == "complaint" and rng.random() < 0.6
            else None,
            "created_at": when,
            "created_by_id": staff_id,
        }


def promise_rows(rng, count, interactions: list[tuple[int, int, datetime]], staff_ids, now):
    for _ in range(count):
        interaction_id, customer_id, when = rng.choice(interactions)
        due = when + timedelta(days=rng.randint(1, 10))
        due = promises_mod.due_moment(due.astimezone().date(), None)  # date only: at closing
        if due > now:
            status = "open"
        else:
            status = rng.choices(["kept", "broken", "open", "cancelled"], [8, 1, 2, 1])[0]
        staff_id = rng.choice(staff_ids)
        yield {
            "customer_id": customer_id,
            "interaction_id": interaction_id,
            "description": rng.choice(PROMISES),
            "due_at": due,
            "due_has_time": False,
            "owner_id": staff_id,
            "status": status,
            "outcome_note": "Done as promised" if status == "kept" else "",
            "closed_at": due if status not in ("open",) else None,
            "customer_told_at": due if status == "kept" and rng.random() < 0.7 else None,
            "customer_told_how": "",
            "created_at": when,
            "created_by_id": staff_id,
        }


def _insert_chunked(session: Session, model, rows, chunk: int = 5000) -> None:
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= chunk:
            session.execute(insert(model), batch)
            batch = []
    if batch:
        session.execute(insert(model), batch)


def populate(
    session: Session,
    now: datetime,
    customers: int = 80,
    interactions: int = 600,
    promises: int = 60,
    seed: int = 7,
    staff_names: list[str] | None = None,
) -> None:
    """Fill an empty database with sample data in one transaction."""
    rng = random.Random(seed)
    with session.begin():
        for name in staff_names or STAFF:
            if session.scalar(select(Staff.id).where(Staff.name == name)) is None:
                role = roles.first_role(session)  # the first staff member is the owner
                session.add(Staff(name=name, active=True, created_at=now, role=role))
                session.flush()
        session.flush()
        staff_ids = list(session.scalars(select(Staff.id)))
        _insert_chunked(session, Customer, customer_rows(rng, customers, now, staff_ids))
        customer_ids = list(session.scalars(select(Customer.id)))
        _insert_chunked(
            session, Interaction, interaction_rows(rng, interactions, customer_ids, staff_ids, now)
        )
        recent = session.execute(
            select(Interaction.id, Interaction.customer_id, Interaction.occurred_at)
            .order_by(Interaction.occurred_at.desc())
            .limit(max(promises * 5, 50))
        ).all()
        _insert_chunked(
            session,
            Promise,
            promise_rows(rng, promises, [tuple(r) for r in recent], staff_ids, now),
        )
        # bulk inserts pass the ORM's hook: every customer's last contact and cadence now
        from cxlogger.core.records import touch

        touch.recompute_session(session, None)


def _consent(draw: float) -> str:
    """Most customers agreed, some were never asked, a few said no."""
    return "yes" if draw < 0.6 else "not_asked" if draw < 0.9 else "no"

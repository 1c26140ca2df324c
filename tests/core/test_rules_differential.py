"""The set-based rules (core/rule_engine.py) against the per-row rules they replaced.

``tests/core/reference_rules.py`` is the follow-up module as it was before the rules
became SQL (per cause, through the ORM). Two databases are built the same way from
the demo generator plus edge cases, one is brought up to date by each
implementation through the same steps (a first catch-up, changes, time passing,
new settings), and after every step both hold exactly the same follow-up rows.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, update

from cxlogger.core import demo
from cxlogger.core.models import Customer, Feedback, FollowUp, Interaction, Promise
from cxlogger.core.records import settings
from cxlogger.core.reminders import followups
from tests.core import reference_rules
from tests.helpers import local_timezone, open_fresh_database

# a Thursday shortly after the switch to summer time in Berlin, so local days differ
# from UTC days and the catch-up window spans a daylight saving change
START = datetime(2026, 4, 2, 7, 30, tzinfo=timezone.utc)

SUMMARIES = [
    "  Leading and trailing spaces  ",
    "Tabs\tand\nnew lines\r\nin it",
    "Non\u00a0breaking\u2003and ideographic\u3000space",
    "A very long summary " * 12,
    "x" * 119,
    "y" * 120,
    "z" * 121,
    "Exactly  two  spaces",
    "",
    "Ünïcödé — “quotes” ½",
]


def _edge_cases(session, now: datetime, rng: random.Random) -> None:
    """Customers and causes the generator does not make: odd text, archived and
    refusing customers, several purchases each, feedback of every kind."""
    staff = 1
    customers = []
    for n in range(30):
        customers.append(
            Customer(
                name=f"Edge {n}",
                contact_consent=("yes", "not_asked", "no", "maybe")[n % 4],
                archived=n % 9 == 8,
                created_at=now - timedelta(days=300),
                updated_at=now - timedelta(days=300),
                owner_id=staff if n % 2 else None,
            )
        )
    session.add_all(customers)
    session.flush()
    kinds = ["purchase", "purchase", "complaint", "inquiry", "referral", "return", "support"]
    interactions = []
    for n in range(400):
        customer = customers[n % len(customers)]
        occurred = now - timedelta(days=rng.randint(0, 25), minutes=rng.randint(0, 1440))
        kind = rng.choice(kinds)
        interactions.append(
            Interaction(
                occurred_at=occurred,
                customer_id=customer.id,
                channel="phone",
                kind=kind,
                summary=rng.choice(SUMMARIES) if n % 3 else f"Edge case {n}",
                details="",
                sentiment=rng.choice(["positive", "neutral", "negative", None]),
                staff_id=staff if n % 4 else None,
                resolved_at=occurred + timedelta(hours=rng.randint(1, 90))
                if kind == "complaint" and n % 2
                else None,
                # some logged at once, some imported later
                created_at=occurred if n % 5 else now - timedelta(hours=n % 48),
            )
        )
    session.add_all(interactions)
    session.flush()
    for n, interaction in enumerate(interactions[::7]):
        due = interaction.occurred_at + timedelta(days=rng.randint(0, 9), hours=rng.randint(0, 9))
        status = rng.choice(["open", "open", "kept", "broken", "cancelled"])
        session.add(
            Promise(
                customer_id=interaction.customer_id,
                interaction_id=interaction.id if n % 3 else None,
                description=rng.choice(SUMMARIES) or "Call back",
                due_at=due,
                due_has_time=bool(n % 2),
                owner_id=staff if n % 5 else None,
                status=status,
                outcome_note="",
                closed_at=due if status != "open" else None,
                customer_told_at=due if status == "kept" and n % 4 == 0 else None,
                customer_told_how="",
                created_at=interaction.created_at,
            )
        )
    for n, interaction in enumerate(interactions[::5]):
        scale = "nps" if n % 3 == 0 else "csat"
        received = interaction.occurred_at + timedelta(days=rng.randint(0, 4))
        action = rng.choice(["", "", "  ", "Replaced the part", "\tRefunded\n"])
        session.add(
            Feedback(
                customer_id=interaction.customer_id,
                interaction_id=interaction.id if n % 4 else None,
                scale=scale,
                rating=rng.randint(0, 10) if scale == "nps" else rng.randint(1, 5),
                comment=rng.choice(["", "Slow", "  ", "Great\tservice", None]) or "",
                action_taken=action,
                action_at=received + timedelta(hours=3) if action.strip() and n % 2 else None,
                customer_told_at=None if n % 3 else received,
                received_at=received,
                created_at=received,
                created_by_id=staff if n % 2 else None,
            )
        )


def _build(paths, now: datetime):
    db = open_fresh_database(paths)
    with db.session() as session:
        demo.populate(session, now, customers=300, interactions=2500, promises=250, seed=11)
    with db.session() as session, session.begin():
        # a bulk import: many interactions logged long after they happened
        session.execute(
            update(Interaction)
            .where(Interaction.id % 3 == 0)
            .values(created_at=now - timedelta(days=1))
        )
        _edge_cases(session, now, random.Random(5))
        settings.put(session, "rules_lookback_days", 30)
    return db


def _rows(db) -> list[tuple]:
    with db.session() as session:
        return [
            (
                f.rule_key,
                f.kind,
                f.title,
                f.customer_id,
                f.interaction_id,
                f.promise_id,
                f.feedback_id,
                f.owner_id,
                f.due_at,
                f.status,
                f.done_at,
                f.notified_at,
                f.created_at,
            )
            for f in session.scalars(select(FollowUp).order_by(FollowUp.rule_key))
        ]


def _changes(db, now: datetime, step: int) -> None:
    """The same changes on both databases, chosen by rule key so they pick the same rows."""
    with db.session() as session, session.begin():
        pending = session.scalars(
            select(FollowUp).where(FollowUp.status == "pending").order_by(FollowUp.rule_key)
        ).all()
        for n, f in enumerate(pending):
            if n % 5 == step % 5:
                f.status, f.done_at = "done", now
            elif n % 11 == 0:
                f.notified_at = now
            elif n % 13 == 0:
                f.status, f.done_at = "dismissed", now
        for customer in session.scalars(select(Customer).where(Customer.id % 17 == step)):
            customer.contact_consent = "no" if customer.contact_consent == "yes" else "yes"
            customer.updated_at = now
        for promise in session.scalars(
            select(Promise).where(Promise.status == "open", Promise.id % 4 == step % 4)
        ):
            promise.status, promise.closed_at = "kept", now
        for promise in session.scalars(select(Promise).where(Promise.id % 23 == step)):
            promise.due_at += timedelta(days=2)
        for interaction in session.scalars(
            select(Interaction).where(
                Interaction.kind == "complaint",
                Interaction.resolved_at.is_(None),
                Interaction.id % 3 == step % 3,
            )
        ):
            interaction.resolved_at = now
        for n, interaction in enumerate(
            session.scalars(
                select(Interaction).where(Interaction.id % 29 == step).order_by(Interaction.id)
            )
        ):
            session.add(
                Feedback(
                    customer_id=interaction.customer_id,
                    interaction_id=interaction.id,
                    scale="csat",
                    rating=1 + n % 5,
                    comment="",
                    action_taken="Called them" if n % 2 else "",
                    action_at=now if n % 2 else None,
                    received_at=now,
                    created_at=now,
                )
            )


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York"])
def test_set_based_rules_give_exactly_the_follow_ups_of_the_per_row_rules(tmp_path, zone):
    from cxlogger.core.storage.paths import AppPaths

    with local_timezone(zone):
        old = _build(AppPaths(tmp_path / "old"), START)
        new = _build(AppPaths(tmp_path / "new"), START)
        try:
            assert _rows(old) == _rows(new)

            def both(now, full=False):
                with old.session() as s:
                    changed_old = reference_rules.refresh(s, now, full=full)
                with new.session() as s:
                    changed_new = followups.refresh(s, now, full=full)
                rows = _rows(new)
                assert _rows(old) == rows
                assert changed_new == changed_old
                return rows

            rows = both(START)  # the first start's catch-up
            assert len(rows) > 300
            assert {r[0].split(":")[0] for r in rows} >= {
                "thank",
                "feedback",
                "complaint",
                "promise",
                "low_rating",
                "report_back",
            }
            assert both(START + timedelta(minutes=5)) == rows  # nothing changed
            moment = START
            for step in range(1, 4):
                moment += timedelta(days=1, hours=5)
                _changes(old, moment, step)
                _changes(new, moment, step)
                both(moment + timedelta(minutes=30))  # incremental, since the watermark
            moment += timedelta(days=4)
            both(moment)  # time alone: overdue promises, complaints left waiting
            for db in (old, new):
                with db.session() as s, s.begin():
                    settings.put(s, "thank_first_visit_days", 0)
                    settings.put(s, "thank_purchase_enabled", False)
                    settings.put(s, "feedback_min_gap_days", 3)
                    settings.put(s, "promise_lead_unit", "hours")
                    settings.put(s, "complaint_check_days", 1)
                    settings.put(s, "working_days", [1, 2, 3, 4, 5])
            both(moment + timedelta(hours=1), full=True)  # a settings change
        finally:
            old.dispose()
            new.dispose()

"""Logging interactions: one transaction, exact money, UTC times, the customer timeline."""

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import Customer, Interaction, Promise
from cxlogger.core.records import interactions as interactions_mod
from cxlogger.core.records import promises as promises_svc
from cxlogger.core.records.customers import CustomerData, add_customer, timeline
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData
from tests.conftest import NOW
from tests.helpers import local_timezone

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def anna(session, me):
    return add_customer(session, CustomerData("Anna Müller"), me.id, NOW - timedelta(days=30))


def data(customer_id=None, **overrides) -> InteractionData:
    values = dict(
        customer_id=customer_id,
        occurred_at=NOW - timedelta(minutes=10),
        channel="phone",
        kind="inquiry",
        summary="Asked about opening hours",
    )
    values.update(overrides)
    return InteractionData(**values)


def counts(db) -> tuple[int, int, int]:
    with db.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(model))
            for model in (Customer, Interaction, Promise)
        )


def test_new_customer_interaction_and_promise_are_saved_together(db, session, me):
    saved = log_interaction(
        session,
        data(
            new_customer=CustomerData("Ben Smith", phone="+49 30 555"),
            promise=PromiseData("Call back with the delivery date", date(2026, 3, 13)),
        ),
        me.id,
        NOW,
    )
    with db.session() as s:
        interaction = s.get(Interaction, saved.id)
        customer = s.get(Customer, interaction.customer_id)
        promise = s.scalar(select(Promise))
        assert customer.name == "Ben Smith" and customer.phone_norm == "4930555"
        assert customer.created_by_id == me.id
        assert interaction.staff_id == me.id and interaction.created_by_id == me.id
        assert promise.customer_id == customer.id
        assert promise.interaction_id == interaction.id
        assert promise.description == "Call back with the delivery date"
        assert promise.owner_id == me.id and promise.status == "open"


@pytest.mark.parametrize(
    "promise, field",
    [
        (PromiseData("   ", date(2026, 3, 13)), "promise_description"),
        (PromiseData("Call back", None), "promise_due_date"),
    ],
)
def test_an_invalid_promise_leaves_no_customer_or_interaction(db, session, me, promise, field):
    with pytest.raises(ValidationError) as caught:
        log_interaction(
            session, data(new_customer=CustomerData("Ben Smith"), promise=promise), me.id, NOW
        )
    assert field in caught.value.errors
    assert counts(db) == (0, 0, 0)


def test_a_failure_inside_the_transaction_rolls_back_customer_interaction_and_promise(
    db, session, me, monkeypatch
):
    def failing_hook(session, interaction, promise, now):
        assert interaction.id is not None and promise.id is not None  # already flushed
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(interactions_mod, "after_log_hooks", [failing_hook])
    with pytest.raises(RuntimeError):
        log_interaction(
            session,
            data(
                new_customer=CustomerData("Ben Smith"),
                promise=PromiseData("Call back", date(2026, 3, 13)),
            ),
            me.id,
            NOW,
        )
    assert counts(db) == (0, 0, 0)


def test_an_invalid_new_customer_is_reported_on_the_customer_fields(db, session, me):
    with pytest.raises(ValidationError) as caught:
        log_interaction(session, data(new_customer=CustomerData("  ", email="nope")), me.id, NOW)
    assert {"customer", "customer_email"} <= set(caught.value.errors)
    assert counts(db) == (0, 0, 0)


def test_no_customer_at_all_is_refused(db, session, me):
    with pytest.raises(ValidationError) as caught:
        log_interaction(session, data(), me.id, NOW)
    assert "customer" in caught.value.errors
    assert counts(db) == (0, 0, 0)


def test_a_customer_deleted_meanwhile_is_refused(db, session, me):
    with pytest.raises(ValidationError) as caught:
        log_interaction(session, data(customer_id=12345), me.id, NOW)
    assert "customer" in caught.value.errors
    assert counts(db)[1] == 0


@pytest.mark.parametrize(
    "typed, currency, minor",
    [
        ("19.99", "EUR", 1999),
        ("12,50", "EUR", 1250),
        ("0.10", "usd", 10),  # currency code in any case
        ("1.234,56", "EUR", 123456),
        ("1,234.56", "USD", 123456),
        (" 1 500 ", "JPY", 1500),
        ("-7.5", "GBP", 750),  # stored unsigned: the meaning says which way it went
        ("0.1", "EUR", 10),  # float would make 0.1 + 0.2 != 0.3; Decimal is exact
        ("1500", "JPY", 1500),  # JPY has no minor unit
    ],
)
def test_money_is_stored_as_exact_integer_minor_units(
    db, session, me, anna, typed, currency, minor
):
    saved = log_interaction(
        session,
        data(anna.id, kind="purchase", amount=typed, currency=currency, amount_kind="sale"),
        me.id,
        NOW,
    )
    with db.engine.connect() as con:
        stored, kind, code = con.execute(
            text(
                "SELECT amount_minor, typeof(amount_minor), currency FROM interactions "
                "WHERE id = :id"
            ),
            {"id": saved.id},
        ).one()
    assert (stored, kind, code) == (minor, "integer", currency.upper())


@pytest.mark.parametrize(
    "typed, currency, field",
    [
        ("12.3.4", "EUR", "amount"),
        ("twelve", "EUR", "amount"),
        ("19.999", "EUR", "amount"),  # more decimals than the currency has
        ("15.5", "JPY", "amount"),  # JPY has none
        ("nan", "EUR", "amount"),
        ("12.50", "EURO", "currency"),
        ("12.50", "", "currency"),
    ],
)
def test_bad_amounts_and_currencies_are_refused(db, session, me, anna, typed, currency, field):
    with pytest.raises(ValidationError) as caught:
        log_interaction(
            session,
            data(anna.id, amount=typed, currency=currency, amount_kind="sale"),
            me.id,
            NOW,
        )
    assert field in caught.value.errors
    assert counts(db)[1] == 0


def test_an_amount_needs_to_say_what_it_was(db, session, me, anna):
    with pytest.raises(ValidationError) as caught:
        log_interaction(session, data(anna.id, amount="10", amount_kind=None), me.id, NOW)
    assert "amount_kind" in caught.value.errors


def test_no_amount_stores_no_currency_or_meaning(db, session, me, anna):
    saved = log_interaction(session, data(anna.id, amount="  ", amount_kind="sale"), me.id, NOW)
    with db.session() as s:
        stored = s.get(Interaction, saved.id)
        assert (stored.amount_minor, stored.currency, stored.amount_kind) == (None, None, None)


def test_times_are_stored_in_utc_and_read_back_as_the_same_instant(db, session, me, anna):
    berlin_time = datetime(2026, 3, 11, 9, 30, tzinfo=BERLIN)  # 08:30 UTC
    saved = log_interaction(session, data(anna.id, occurred_at=berlin_time), me.id, NOW)
    with db.engine.connect() as con:
        raw = con.execute(
            text("SELECT occurred_at FROM interactions WHERE id = :id"), {"id": saved.id}
        ).scalar()
    assert raw.startswith("2026-03-11 08:30:00")
    with db.session() as s:
        back = s.get(Interaction, saved.id).occurred_at
    assert back == berlin_time
    assert back.utcoffset() == timedelta(0)


def test_a_naive_time_is_taken_as_local_time(db, session, me, anna):
    with local_timezone("America/New_York"):
        wall = datetime(2026, 3, 11, 4, 0)  # 04:00 in New York (EDT, UTC-4) = 08:00 UTC
        saved = log_interaction(session, data(anna.id, occurred_at=wall), me.id, NOW)
        with db.session() as s:
            back = s.get(Interaction, saved.id).occurred_at
        assert back == datetime(2026, 3, 11, 8, 0, tzinfo=timezone.utc)
        assert back.astimezone().replace(tzinfo=None) == wall


def test_a_future_time_is_refused(db, session, me, anna):
    with pytest.raises(ValidationError) as caught:
        log_interaction(session, data(anna.id, occurred_at=NOW + timedelta(hours=1)), me.id, NOW)
    assert "occurred_at" in caught.value.errors
    assert counts(db)[1] == 0


def test_a_clock_a_few_minutes_fast_elsewhere_is_tolerated(db, session, me, anna):
    log_interaction(session, data(anna.id, occurred_at=NOW + timedelta(minutes=3)), me.id, NOW)
    assert counts(db)[1] == 1


@pytest.mark.parametrize(
    "field, value",
    [
        ("channel", "pigeon"),
        ("kind", "gossip"),
        ("sentiment", "meh"),
        ("summary", "  "),
        ("summary", "x" * 501),
    ],
)
def test_invalid_choices_and_summary_are_refused(db, session, me, anna, field, value):
    with pytest.raises(ValidationError) as caught:
        log_interaction(session, data(anna.id, **{field: value}), me.id, NOW)
    assert field in caught.value.errors
    assert counts(db)[1] == 0


def test_customer_timeline_lists_interactions_and_promises_newest_first(db, session, me, anna):
    ben = add_customer(session, CustomerData("Ben Smith"), me.id, NOW - timedelta(days=30))
    old = log_interaction(
        session,
        data(anna.id, occurred_at=NOW - timedelta(days=3), summary="First visit"),
        me.id,
        NOW - timedelta(days=3),
    )
    promise = promises_svc.add_promise(
        session,
        anna.id,
        PromiseData("Send the quote", date(2026, 3, 12)),
        me.id,
        NOW - timedelta(days=2),
    )
    new = log_interaction(
        session,
        data(anna.id, occurred_at=NOW - timedelta(hours=1), summary="Bought a cake"),
        me.id,
        NOW,
    )
    log_interaction(session, data(ben.id, summary="Someone else"), me.id, NOW)
    with db.session() as s:
        entries = timeline(s, anna.id)
    assert [(e.type, e.item.id) for e in entries] == [
        ("interaction", new.id),
        ("promise", promise.id),
        ("interaction", old.id),
    ]
    assert [e.when for e in entries] == sorted((e.when for e in entries), reverse=True)

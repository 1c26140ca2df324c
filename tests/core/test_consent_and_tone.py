"""Consent in three states and the tone rules, with a fixed clock
(NOW = Wednesday 2026-03-11 10:00, local = UTC)."""

import time as _time
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import Customer, FollowUp, Promise
from cxlogger.core.records import consent, promises
from cxlogger.core.records import feedback as feedback_mod
from cxlogger.core.records.customers import CustomerData, add_customer, set_consent, update_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.reminders import followups
from tests.conftest import NOW


@pytest.fixture(autouse=True)
def rules(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    _time.tzset()
    followups.install()
    yield
    followups.uninstall()
    monkeypatch.undo()
    _time.tzset()


def customer(session, me, state="not_asked", name="Anna Müller"):
    return add_customer(
        session,
        CustomerData(name, email="anna@example.com", consent=state),
        me.id,
        NOW - timedelta(days=400),
    )


def log(session, me, who, kind="purchase", sentiment="neutral", summary=None, **extra):
    now = extra.pop("now", NOW)
    data = InteractionData(
        customer_id=who.id if who is not None else None,
        occurred_at=extra.pop("when", NOW),
        channel="in_person",
        kind=kind,
        summary=summary or f"A {kind}",
        sentiment=sentiment,
        **extra,
    )
    return log_interaction(session, data, me.id, now)


def rules_of(session, status="pending"):
    return sorted(
        followups.rule_of(f)
        for f in session.scalars(select(FollowUp).where(FollowUp.status == status))
    )


def get(session, key):
    return session.scalar(select(FollowUp).where(FollowUp.rule_key == key))


# --------------------------------------------------------------------------- consent


def test_new_customers_start_at_not_asked(session, me):
    assert add_customer(session, CustomerData("Anna"), me.id, NOW).contact_consent == "not_asked"
    new = log(session, me, None, new_customer=CustomerData("Ben"))
    assert new.customer.contact_consent == "not_asked"


def test_an_unknown_state_is_refused(session, me):
    with pytest.raises(ValidationError) as caught:
        add_customer(session, CustomerData("Anna", consent="maybe"), me.id, NOW)
    assert "consent" in caught.value.errors
    anna = customer(session, me)
    with pytest.raises(ValidationError):
        set_consent(session, anna.id, "perhaps", NOW)


@pytest.mark.parametrize(
    "state, thank, ask, report_back, tell",
    [
        ("yes", True, True, True, True),
        ("not_asked", True, False, True, True),
        ("no", False, False, False, False),
    ],
)
def test_what_each_consent_state_allows(session, me, state, thank, ask, report_back, tell):
    anna = customer(session, me, state)
    bought = log(
        session,
        me,
        anna,
        summary="Bought a road bike",
        promise=PromiseData("Adjust the brakes", date(2026, 3, 16)),
    )
    assert (get(session, f"thank:{bought.id}") is not None) == thank
    assert (get(session, f"feedback:{bought.id}") is not None) == ask
    promise = session.scalar(select(Promise).where(Promise.interaction_id == bought.id))
    # a promise to them reminds its owner whatever they said
    assert get(session, f"promise:{promise.id}:soon").status == "pending"
    promises.close_promise(session, promise.id, "kept", "Brakes adjusted", NOW)
    followups.refresh(session, NOW)
    assert (get(session, f"promise:{promise.id}:tell") is not None) == tell
    rated = feedback_mod.record_feedback(
        session,
        feedback_mod.FeedbackData(anna.id, 4, comment="Saddle squeaks", action_taken="New saddle"),
        me.id,
        NOW,
    )
    assert (get(session, f"report_back:{rated.id}") is not None) == report_back
    assert consent.allows(state, "thank") == thank
    assert consent.allows(state, "feedback") == ask


def test_saying_no_later_hides_every_message_at_once_but_not_the_promise(session, me):
    anna = customer(session, me, "yes")
    bought = log(
        session,
        me,
        anna,
        summary="Bought a road bike",
        promise=PromiseData("Adjust the brakes", date(2026, 3, 12)),
    )
    session.commit()
    assert rules_of(session) == ["feedback", "promise_soon", "thank"]
    set_consent(session, anna.id, "no", NOW)
    session.commit()
    # before any refresh: only the promise is left in the due lists and the count
    later = NOW + timedelta(days=8)
    assert [followups.rule_of(f) for f in followups.due(session, later)] == ["promise_soon"]
    assert followups.count_due(session, NOW) == 1
    thank = get(session, f"thank:{bought.id}")
    assert followups.template_name(thank) is None  # no Email…/Copy text for it
    followups.refresh(session, NOW)
    assert rules_of(session) == ["promise_soon"]
    assert sorted(rules_of(session, "obsolete")) == ["feedback", "thank"]


def test_consent_recorded_while_logging_applies_to_that_interaction(session, me):
    anna = customer(session, me, "not_asked")
    bought = log(session, me, anna, summary="Bought a road bike", consent="yes")
    session.commit()
    assert session.get(Customer, anna.id).contact_consent == "yes"
    assert get(session, f"feedback:{bought.id}") is not None
    ben = log(session, me, None, new_customer=CustomerData("Ben Okafor"), consent="no")
    assert ben.customer.contact_consent == "no"
    assert get(session, f"thank:{ben.id}") is None


def test_logging_without_asking_leaves_consent_as_it_was(session, me):
    anna = customer(session, me, "no")
    log(session, me, anna)
    session.commit()
    assert session.get(Customer, anna.id).contact_consent == "no"


def test_update_customer_keeps_the_three_states(session, me):
    anna = customer(session, me, "yes")
    update_customer(session, anna.id, CustomerData("Anna Müller", consent="not_asked"), NOW)
    assert session.get(Customer, anna.id).contact_consent == "not_asked"


# --------------------------------------------------------------------------- tone


def test_seen_a_complaint_as_first_contact_is_not_thanked_for_a_first_visit(session, me):
    """Seen: a complaint ("Charged twice") produced "thank you for your first visit"."""
    first = log(
        session,
        me,
        None,
        kind="complaint",
        sentiment="negative",
        summary="Charged twice",
        new_customer=CustomerData("Carla Reyes"),
    )
    assert get(session, f"thank:{first.id}") is None
    assert rules_of(session) == []


@pytest.mark.parametrize(
    "kind, sentiment, thanked",
    [
        ("purchase", "positive", True),
        ("purchase", "neutral", True),
        ("purchase", "negative", False),
        ("inquiry", "neutral", True),  # first visit
        ("inquiry", "negative", False),
        ("return", "neutral", False),
        ("return", "positive", False),
        ("complaint", "neutral", False),
        ("support", "neutral", False),  # a first contact that was not a visit to thank for
        ("feedback", "positive", False),
        ("referral", "positive", True),
        ("referral", "negative", False),
    ],
)
def test_who_gets_a_thank_you_on_a_first_contact(session, me, kind, sentiment, thanked):
    first = log(session, me, None, kind, sentiment, new_customer=CustomerData("Dana Lee"))
    assert (get(session, f"thank:{first.id}") is not None) == thanked


def test_a_resolved_complaint_is_thanked_for_patience_only_once_resolved(session, me):
    anna = customer(session, me, "yes")
    log(session, me, anna, "inquiry", when=NOW - timedelta(days=30), now=NOW - timedelta(days=30))
    complaint = log(session, me, anna, "complaint", "negative", summary="Charged twice")
    assert get(session, f"thank:{complaint.id}") is None
    followups.mark_complaint_resolved(session, complaint.id, NOW + timedelta(hours=2))
    thank = get(session, f"thank:{complaint.id}")
    assert thank is not None and "patience" in thank.title and "first visit" not in thank.title


def test_a_low_rating_retires_the_generic_thank_you(session, me):
    anna = customer(session, me, "yes")
    log(session, me, anna, "inquiry", when=NOW - timedelta(days=30), now=NOW - timedelta(days=30))
    bought = log(session, me, anna, summary="Bought a road bike")
    assert get(session, f"thank:{bought.id}").status == "pending"
    feedback_mod.record_feedback(
        session,
        feedback_mod.FeedbackData(anna.id, 1, comment="Chain fell off", interaction_id=bought.id),
        me.id,
        NOW + timedelta(hours=1),
    )
    assert get(session, f"thank:{bought.id}").status == "obsolete"


def test_a_low_rating_about_nothing_in_particular_also_stops_thanks_since(session, me):
    anna = customer(session, me, "yes")
    log(session, me, anna, "inquiry", when=NOW - timedelta(days=30), now=NOW - timedelta(days=30))
    bought = log(session, me, anna, summary="Bought a road bike")
    feedback_mod.record_feedback(
        session, feedback_mod.FeedbackData(anna.id, 3, scale="nps"), me.id, NOW
    )
    assert get(session, f"thank:{bought.id}").status == "obsolete"
    later = log(session, me, anna, summary="Bought a bell", now=NOW + timedelta(minutes=5))
    assert get(session, f"thank:{later.id}") is None


def test_a_good_rating_keeps_the_thank_you(session, me):
    anna = customer(session, me, "yes")
    log(session, me, anna, "inquiry", when=NOW - timedelta(days=30), now=NOW - timedelta(days=30))
    bought = log(session, me, anna, summary="Bought a road bike")
    feedback_mod.record_feedback(
        session, feedback_mod.FeedbackData(anna.id, 5, interaction_id=bought.id), me.id, NOW
    )
    assert get(session, f"thank:{bought.id}").status == "pending"

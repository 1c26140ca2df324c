"""Messages to customers: only customer-safe fields, a template library, what was sent.

NOW = Wednesday 2026-03-11 10:00 UTC; local time is UTC here.
"""

import time as _time
from datetime import date, timedelta

import pytest
from sqlalchemy import String, Text, select

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import (
    Customer,
    Feedback,
    FollowUp,
    Interaction,
    MessageTemplate,
    Promise,
    SentMessage,
    Staff,
)
from cxlogger.core.records import feedback as feedback_mod
from cxlogger.core.records import promises, settings
from cxlogger.core.records.customers import CustomerData, add_customer, timeline
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.reminders import followups, message_templates, messages, templates
from tests.conftest import NOW


@pytest.fixture(autouse=True)
def utc_local_time(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    _time.tzset()
    followups.install()
    yield
    followups.uninstall()
    monkeypatch.undo()
    _time.tzset()


@pytest.fixture
def anna(session, me):
    return add_customer(
        session,
        CustomerData("Anna Müller", email="anna@example.com", consent="yes"),
        me.id,
        NOW - timedelta(days=400),
    )


def log(session, me, customer, kind="purchase", summary="Bought a road bike.", **extra):
    data = InteractionData(
        customer_id=customer.id,
        occurred_at=NOW,
        channel="in_person",
        kind=kind,
        summary=summary,
        **extra,
    )
    return log_interaction(session, data, me.id, NOW)


def get(session, key) -> FollowUp:
    return session.scalar(select(FollowUp).where(FollowUp.rule_key == key))


def kept_promise(session, me, customer, note, customer_outcome="", interaction_id=None):
    promise = promises.add_promise(
        session, customer.id, PromiseData("Refund the delivery fee", date(2026, 3, 13)), me.id, NOW
    )
    if interaction_id is not None:
        with session.begin():
            session.get(Promise, promise.id).interaction_id = interaction_id
    promises.close_promise(
        session, promise.id, "kept", note, NOW, customer_outcome=customer_outcome
    )
    followups.refresh(session, NOW)
    return promise


# --------------------------------------------------------------------------- Seen defects


def test_seen_tell_them_it_was_kept_never_pastes_the_private_outcome_note(session, me, anna):
    promise = kept_promise(session, me, anna, "Refunded 4.90 to the card ending 1234")
    message = followups.compose(session, get(session, f"promise:{promise.id}:tell"), me.id)
    assert "1234" not in message.body and "Refunded 4.90" not in message.body
    assert "1234" not in message.subject
    assert "We promised you:\nRefund the delivery fee\n\nThis is now done." in message.body


def test_tell_says_what_was_written_for_the_customer(session, me, anna):
    promise = kept_promise(
        session, me, anna, "Refunded 4.90 to the card ending 1234", "Your refund is on its way."
    )
    message = followups.compose(session, get(session, f"promise:{promise.id}:tell"), me.id)
    assert "This is now done. Your refund is on its way.\n" in message.body
    assert "1234" not in message.body


def test_seen_thank_you_never_pastes_the_raw_summary_mid_sentence(session, me, anna):
    i = log(session, me, anna, summary="Bought a road bike.")
    message = followups.compose(session, get(session, f"thank:{i.id}"), me.id)
    assert "Bought a road bike" not in message.body
    assert "happy with:" not in message.body
    assert "We hope you are happy with your purchase.\n" in message.body
    assert message.body.startswith("Hello Anna,\n\nThank you for choosing us.")


def test_thank_you_uses_the_customer_facing_words(session, me, anna):
    i = log(session, me, anna, customer_text="your new  road bike", details="Paid cash, 10% off")
    draft = messages.compose(session, get(session, f"thank:{i.id}"), me.id)
    assert "We hope you are happy with your new road bike.\n" in draft.body
    assert draft.hints == []
    assert "Paid cash" not in draft.body


def test_a_missing_customer_facing_text_gives_a_hint_for_staff(session, me, anna):
    i = log(session, me, anna, kind="inquiry", summary="Asked about frame sizes")
    draft = messages.compose(session, get(session, f"thank:{i.id}"), me.id)  # first visit
    assert "happy with our answer to your question." in draft.body
    assert draft.hints and "our answer to your question" in draft.hints[0]


# --------------------------------------------------------------------------- safe fields only


def _text_columns(model):
    return [
        c.key
        for c in model.__table__.columns
        if isinstance(c.type, (String, Text)) and not c.foreign_keys
    ]


def test_no_internal_field_value_can_appear_in_any_rendered_message(session, me, anna):
    """Every text field that is not listed as customer-safe is given a unique marker;
    every template of every kind, plus one using every placeholder, is rendered for every
    kind of follow-up; no marker ever shows."""
    purchase = log(session, me, anna, customer_text="your road bike")
    promise = kept_promise(session, me, anna, "internal", "Refund made.", purchase.id)
    fb = feedback_mod.record_feedback(
        session,
        feedback_mod.FeedbackData(
            anna.id, 2, comment="meh", interaction_id=purchase.id, action_taken="internal"
        ),
        me.id,
        NOW,
    )
    followups.refresh(session, NOW + timedelta(days=8))
    wanted = {
        "thank": f"thank:{purchase.id}",
        "feedback": f"feedback:{purchase.id}",
        "tell": f"promise:{promise.id}:tell",
        "report_back": f"report_back:{fb.id}",
    }
    everything = " ".join(f"{{{name}}}" for name in templates.PLACEHOLDERS)
    for kind in wanted:
        message_templates.add_template(session, kind, "All of it", everything, everything, NOW)

    markers = []
    not_text = {"rule_key", "kind", "status", "channel", "scale", "sentiment", "amount_kind"}
    not_text |= {"contact_consent", "currency"}  # codes, not text a person wrote
    with session.begin():
        for model, row_id in (
            (Customer, anna.id),
            (Interaction, purchase.id),
            (Promise, promise.id),
            (Feedback, fb.id),
            (Staff, me.id),
            *((FollowUp, get(session, key).id) for key in wanted.values()),
        ):
            row = session.get(model, row_id)
            safe = messages.SAFE_FIELDS.get(model.__tablename__, frozenset())
            for name in _text_columns(model):
                if name in safe or name in not_text:
                    continue
                marker = f"SECRET-{model.__tablename__}-{name}"
                setattr(row, name, marker)
                markers.append(marker)
    assert {"SECRET-interactions-summary", "SECRET-interactions-details"} <= set(markers)
    assert {"SECRET-promises-outcome_note", "SECRET-feedback-action_taken"} <= set(markers)
    assert {"SECRET-feedback-comment", "SECRET-customers-notes", "SECRET-customers-tags"} <= set(
        markers
    )
    assert "SECRET-followups-title" in markers and "SECRET-followups-done_note" in markers

    rendered = 0
    for kind, key in wanted.items():
        followup = get(session, key)
        assert followup is not None, key
        for template in message_templates.list_templates(session, kind):
            draft = messages.compose(session, followup, me.id, template.id)
            for marker in markers:
                assert marker not in draft.subject and marker not in draft.body, (kind, marker)
            rendered += 1
        for sample in (messages.preview(session, kind, anna.id, me.id, everything, everything),):
            assert not any(m in sample.body for m in markers)
    assert rendered == 8
    # and the customer-facing words did arrive
    draft = messages.compose(session, get(session, wanted["tell"]), me.id)
    assert "Refund made." in draft.body


def test_no_message_when_the_customer_said_no(session, me, anna):
    from cxlogger.core.records.customers import CustomerData, add_customer

    bob = add_customer(session, CustomerData("Bob", email="b@example.com"), me.id, NOW)
    i = log(session, me, bob)
    thank = get(session, f"thank:{i.id}")
    assert messages.compose(session, thank, me.id) is not None  # not asked: thanks are fine
    with session.begin():
        session.get(Customer, bob.id).contact_consent = "no"
    assert messages.compose(session, thank, me.id) is None
    assert followups.compose(session, thank, me.id) is None


def test_reading_an_internal_field_for_a_message_is_refused(session, me, anna):
    i = log(session, me, anna)
    with pytest.raises(PermissionError):
        messages._safe(i, "summary")
    with pytest.raises(PermissionError):
        messages._safe(anna, "notes")
    assert messages._safe(i, "customer_text") == ""


def test_the_placeholders_offered_are_exactly_the_safe_set(session, me, anna):
    i = log(session, me, anna)
    sources = messages.Sources(customer=anna, interaction=i, staff=me)
    values, _ = messages.safe_values("thank", sources, settings.get_all(session))
    assert set(values) == set(templates.PLACEHOLDERS)


# --------------------------------------------------------------------------- checking templates


def test_unknown_placeholders_and_stray_braces_are_errors_not_literals():
    assert templates.check("Hello {first_name}") == []
    [problem] = templates.check("Hello {unknown} and {unknown}")
    assert problem.startswith("{unknown} is not a placeholder. Use one of: {first_name}")
    assert templates.check("Hello {first name}")[0].startswith("{first name} is not")
    assert "has no partner" in templates.check("Hello {first_name")[0]
    with pytest.raises(templates.TemplateError) as error:
        templates.render("Hi", "Hello {x}", {})
    assert "{x} is not a placeholder" in str(error.value)


def test_fill_inserts_values_once_and_leaves_no_blank_runs():
    values = dict.fromkeys(templates.PLACEHOLDERS, "")
    values.update(first_name="{staff_name}", staff_name="Sam")
    message = templates.render(
        "Hi", "Hello {first_name}\n\n{action}\n\nBye {business_name}", values
    )
    assert message.body == "Hello {staff_name}\n\nBye"  # values are not parsed again


# --------------------------------------------------------------------------- template library


def test_defaults_are_seeded_one_default_per_kind(session):
    found = message_templates.list_templates(session)
    assert sorted(t.kind for t in found) == sorted(templates.TEMPLATE_NAMES)
    assert all(t.is_default for t in found)
    for t in found:
        assert (t.name, t.subject, t.body) == templates.DEFAULT_TEMPLATES[t.kind]


def test_add_rename_edit_delete_with_validation(session, me, anna):
    new = message_templates.add_template(
        session, "thank", " Short  thanks ", "Thanks!", "Hi {first_name}, thanks!", NOW
    )
    assert new.name == "Short thanks" and not new.is_default
    with pytest.raises(ValidationError) as error:
        message_templates.add_template(session, "thank", "short THANKS", "x", "y", NOW)
    assert "already a template called" in error.value.errors["name"]
    with pytest.raises(ValidationError) as error:
        message_templates.update_template(session, new.id, NOW, body="Hi {unknown}")
    assert error.value.errors["body"].startswith("{unknown} is not a placeholder")
    with pytest.raises(ValidationError) as error:
        message_templates.update_template(session, new.id, NOW, subject="{nope}", body="")
    assert set(error.value.errors) == {"subject", "body"}
    message_templates.rename_template(session, new.id, "Quick thanks", NOW)
    message_templates.update_template(session, new.id, NOW, body="Cheers, {first_name}!")
    stored = session.get(MessageTemplate, new.id)
    assert (stored.name, stored.body) == ("Quick thanks", "Cheers, {first_name}!")

    message_templates.set_default(session, new.id, NOW)
    i = log(session, me, anna)
    assert messages.compose(session, get(session, f"thank:{i.id}"), me.id).body == "Cheers, Anna!"

    message_templates.delete_template(session, new.id)  # the default: another takes over
    [left] = message_templates.list_templates(session, "thank")
    assert left.is_default and left.name == "Thank-you"
    with pytest.raises(ValidationError) as error:
        message_templates.delete_template(session, left.id)
    assert "only thank-you template" in error.value.errors["template"]


def test_restore_defaults_adds_back_what_was_deleted(session):
    message_templates.add_template(session, "tell", "Mine", "Done", "Done, {first_name}.", NOW)
    [builtin] = [t for t in message_templates.list_templates(session, "tell") if t.name != "Mine"]
    message_templates.delete_template(session, builtin.id)
    assert message_templates.restore_defaults(session, NOW) == 1
    assert message_templates.restore_defaults(session, NOW) == 0
    names = {t.name for t in message_templates.list_templates(session, "tell")}
    assert names == {"Mine", "Promise kept"}


def test_compose_with_a_chosen_template(session, me, anna):
    i = log(session, me, anna, customer_text="the cake")
    other = message_templates.add_template(
        session, "thank", "Short", "Ta", "Thanks for {item}, {first_name}.", NOW
    )
    followup = get(session, f"thank:{i.id}")
    draft = messages.compose(session, followup, me.id, other.id)
    assert (draft.subject, draft.body, draft.template_id) == (
        "Ta",
        "Thanks for the cake, Anna.",
        other.id,
    )
    wrong = message_templates.default_template(session, "feedback")
    with pytest.raises(ValidationError):
        messages.compose(session, followup, me.id, wrong.id)


def test_live_preview_on_a_real_customer(session, me, anna):
    settings.update(session, {"business_name": "Velo Sonne"})
    log(session, me, anna, customer_text="your new road bike")
    draft = messages.preview(
        session,
        "thank",
        anna.id,
        me.id,
        "Hi",
        "{first_name}: {item} — {staff_name}, {business_name}",
    )
    assert draft.body == "Anna: your new road bike — Alex Owner, Velo Sonne"
    with pytest.raises(templates.TemplateError):
        messages.preview(session, "thank", anna.id, me.id, "Hi", "{unknown}")


# --------------------------------------------------------------------------- sent messages


def test_what_was_sent_is_recorded_on_the_timeline(session, me, anna):
    i = log(session, me, anna)
    followup = get(session, f"thank:{i.id}")
    sent = messages.record_sent(
        session,
        anna.id,
        followup.id,
        "email",
        "Thanks  a lot",
        "Edited by hand\n",
        me.id,
        NOW + timedelta(minutes=5),
        to="anna@example.com",
    )
    stored = session.get(SentMessage, sent.id)
    assert (stored.channel, stored.subject, stored.body, stored.staff_id, stored.followup_id) == (
        "email",
        "Thanks a lot",
        "Edited by hand",
        me.id,
        followup.id,
    )
    assert stored.sent_at == NOW + timedelta(minutes=5) and stored.to_address == "anna@example.com"
    entry = next(e for e in timeline(session, anna.id) if e.type == "message")
    assert entry.item.id == sent.id and entry.text == "Emailed: Thanks a lot"
    with pytest.raises(ValidationError):
        messages.record_sent(session, anna.id, None, "copied", "", "  ", me.id, NOW)
    assert len(messages.list_sent(session, anna.id)) == 1


def test_upgrade_keeps_a_template_customised_in_the_old_settings(paths):
    import json

    from alembic import command
    from sqlalchemy import create_engine, text

    from cxlogger.core.storage import migrate
    from cxlogger.core.storage.db import open_database

    paths.data_dir.mkdir(parents=True)
    engine = create_engine(paths.url)
    old_default = (  # saved unchanged by the 0.1 settings dialog
        "Hello {customer_name},\n\nA few days ago you were in touch with us about: {item}.\n"
        "How did we do? A rating from 1 (poor) to 5 (excellent) and a sentence or two "
        "in reply would help us a lot.\n\nThank you,\n{staff_name}\n{business_name}"
    )
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0008")
        for key, value in {
            "template_thank_body": "Danke, {customer_name}! {item}",
            "template_feedback_body": old_default,
            "template_feedback_subject": "How did we do?",
        }.items():
            connection.execute(
                text("INSERT INTO settings (key, value) VALUES (:k, :v)"),
                {"k": key, "v": json.dumps(value)},
            )
    engine.dispose()
    db = open_database(paths)
    try:
        with db.session() as session:
            thank = message_templates.list_templates(session, "thank")
            assert [(t.name, t.is_default) for t in thank] == [
                ("Thank-you (yours)", True),
                ("Thank-you", False),
            ]
            assert (
                thank[0].subject == "Thank you"
                and thank[0].body == "Danke, {customer_name}! {item}"
            )
            assert [t.name for t in message_templates.list_templates(session, "feedback")] == [
                "Feedback request"
            ]
    finally:
        db.dispose()


def test_the_customer_facing_words_can_be_corrected_in_the_record_editor(session, me, anna):
    from cxlogger.core.records import records

    i = log(session, me, anna, customer_text="your road bike")
    records.update_record(
        session, "interaction", i.id, {"customer_text": "your new  gravel bike"}, me.id, NOW
    )
    draft = messages.compose(session, get(session, f"thank:{i.id}"), me.id)
    assert "happy with your new gravel bike." in draft.body
    promise = kept_promise(session, me, anna, "Refunded 4.90 to the card ending 1234")
    records.update_record(
        session,
        "promise",
        promise.id,
        {"customer_outcome": "The refund is on its way."},
        me.id,
        NOW,
    )
    draft = messages.compose(session, get(session, f"promise:{promise.id}:tell"), me.id)
    assert "This is now done. The refund is on its way." in draft.body
    assert "1234" not in draft.body

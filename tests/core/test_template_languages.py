"""The built-in message templates in the shop's language (issue 14): a Norwegian shop's
thank-you goes out in Norwegian."""

import re
import time as _time
from datetime import timedelta

import pytest
from sqlalchemy import select

from cxlogger.core.models import FollowUp
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.reminders import (
    followups,
    message_templates,
    messages,
    template_languages,
    templates,
)
from tests.conftest import NOW

PLACEHOLDER = re.compile(r"\{(\w+)\}")


@pytest.fixture(autouse=True)
def rules(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    _time.tzset()
    followups.install()
    yield
    followups.uninstall()
    monkeypatch.undo()
    _time.tzset()


@pytest.mark.parametrize("language", ["de", "fr", "es", "nb"])
def test_each_language_has_every_template_with_the_same_placeholders(language):
    ours = template_languages.defaults_for(language)
    assert set(ours) == set(templates.DEFAULT_TEMPLATES)
    for kind, (name, subject, body) in ours.items():
        _, en_subject, en_body = templates.DEFAULT_TEMPLATES[kind]
        assert templates.check(subject) == [] and templates.check(body) == []
        assert set(PLACEHOLDER.findall(body)) == set(PLACEHOLDER.findall(en_body)), kind
        assert name and subject and (name, subject, body) != templates.DEFAULT_TEMPLATES[kind]
    assert len({name for name, _s, _b in ours.values()}) == len(ours)


def test_other_languages_get_the_english_set():
    assert template_languages.defaults_for("en") is templates.DEFAULT_TEMPLATES
    assert template_languages.defaults_for("ja") is templates.DEFAULT_TEMPLATES
    assert template_languages.defaults_for(None) is templates.DEFAULT_TEMPLATES


def test_a_norwegian_shop_thanks_its_customer_in_norwegian(session, me):
    """The seeded English templates become Norwegian at the first Norwegian start, and the
    thank-you drafted for a purchase is in Norwegian."""
    assert template_languages.localize_defaults(session, "nb", NOW) == 4
    assert template_languages.localize_defaults(session, "nb", NOW) == 0  # once
    kari = add_customer(
        session,
        CustomerData("Kari Nordmann", email="kari@example.com", consent="yes"),
        me.id,
        NOW - timedelta(days=30),
    )
    data = InteractionData(
        customer_id=kari.id,
        occurred_at=NOW,
        channel="in_person",
        kind="purchase",
        summary="Kjøpte vintersko",
        customer_text="de nye vinterskoene dine",
    )
    visit = log_interaction(session, data, me.id, NOW)
    thank = session.scalar(select(FollowUp).where(FollowUp.rule_key == f"thank:{visit.id}"))
    draft = messages.compose(session, thank, me.id)
    assert draft.subject == "Takk"
    assert draft.body.startswith("Hei Kari,\n\nTakk for at du valgte oss.")
    assert "de nye vinterskoene dine" in draft.body
    assert "Vennlig hilsen" in draft.body


def test_a_template_someone_changed_stays_as_it_is(session):
    [thank] = message_templates.list_templates(session, "thank")
    message_templates.update_template(session, thank.id, NOW, body="Thanks a lot, {first_name}!")
    assert template_languages.localize_defaults(session, "de", NOW) == 3
    names = {t.kind: t.name for t in message_templates.list_templates(session)}
    assert names == {
        "thank": "Thank-you",  # edited: the shop's own words
        "tell": "Versprechen gehalten",
        "feedback": "Feedback-Anfrage",
        "report_back": "Rückmeldung zum Feedback",
    }


def test_english_changes_nothing(session):
    assert template_languages.localize_defaults(session, "en", NOW) == 0
    assert template_languages.localize_defaults(session, None, NOW) == 0


def test_restoring_built_in_templates_brings_them_back_in_the_language(session):
    template_languages.localize_defaults(session, "fr", NOW)
    message_templates.add_template(session, "tell", "Mine", "Fait", "Fait, {first_name}.", NOW)
    [builtin] = [t for t in message_templates.list_templates(session, "tell") if t.name != "Mine"]
    message_templates.delete_template(session, builtin.id)
    assert message_templates.restore_defaults(session, NOW, "fr") == 1
    names = {t.name for t in message_templates.list_templates(session, "tell")}
    assert names == {"Mine", "Promesse tenue"}

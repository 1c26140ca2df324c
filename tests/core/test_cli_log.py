"""``cxlogger log``: an interaction (and its promise) from another program, checked and
saved exactly as the log dialog does."""

import json
import subprocess
import sys
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from cxlogger.__main__ import main
from cxlogger.core.errors import ValidationError
from cxlogger.core.exchange import privacy
from cxlogger.core.models import FollowUp, Interaction, Promise
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.staff import add_staff
from cxlogger.core.storage import local_config
from tests.conftest import NOW

WHEN = "2026-03-10T14:05"


@pytest.fixture
def shop(db, session, me, paths):
    anna = add_customer(session, CustomerData("Anna Berg", email="anna@example.com"), me.id, NOW)
    sam = add_staff(session, "Sam Front Desk", NOW)
    return {"anna": anna, "sam": sam, "me": me}


def run(paths, *argv):
    return main(["--data-dir", str(paths.data_dir), "log", *argv])


def base(**override):
    values = {
        "--customer": "Anna Berg",
        "--kind": "purchase",
        "--channel": "in_person",
        "--summary": "Bought a road bike",
        "--when": WHEN,
    }
    values.update(override)
    argv = []
    for key, value in values.items():
        if value is not None:
            argv += [key, value]
    return argv


def count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_logs_an_interaction_with_money_and_a_promise_and_runs_the_rules(db, paths, shop, capsys):
    argv = base(
        **{"--amount": "899,00", "--meaning": "sale", "--staff": "sam front desk"},
    ) + ["--details", "Frame 56", "--promise", "Fit the bell", "--due", "2026-03-13T15:00"]
    assert run(paths, *argv) == 0
    out = capsys.readouterr().out
    with db.session() as s:
        saved = s.scalars(select(Interaction)).one()
        promise = s.scalars(select(Promise)).one()
        assert (saved.customer_id, saved.kind, saved.channel, saved.summary, saved.details) == (
            shop["anna"].id,
            "purchase",
            "in_person",
            "Bought a road bike",
            "Frame 56",
        )
        assert saved.occurred_at == datetime(2026, 3, 10, 14, 5).astimezone(timezone.utc)
        assert (saved.amount_minor, saved.currency, saved.amount_kind) == (89900, "EUR", "sale")
        assert saved.staff_id == saved.created_by_id == shop["sam"].id
        assert (promise.interaction_id, promise.description, promise.owner_id) == (
            saved.id,
            "Fit the bell",
            shop["sam"].id,
        )
        assert promise.due_has_time
        assert promise.due_at == datetime(2026, 3, 13, 15, 0).astimezone(timezone.utc)
        # the same rules as the dialog, in the same transaction: a thank-you for the
        # purchase and the promise's reminder
        rules = {f.rule_key.split(":")[0] for f in s.scalars(select(FollowUp))}
        assert "thank" in rules and "promise" in rules
    assert out == (
        f"Logged INT-{saved.id:06d} for Anna Berg (CUS-{shop['anna'].id:06d}), "
        f"with promise PRM-{promise.id:06d}.\n"
    )


def test_json_prints_the_new_references(db, paths, shop, capsys):
    assert run(paths, *base(), "--promise", "Call back", "--due", "2026-03-13", "--json") == 0
    printed = json.loads(capsys.readouterr().out)
    with db.session() as s:
        saved = s.scalars(select(Interaction)).one()
        promise = s.scalars(select(Promise)).one()
        assert not promise.due_has_time
    assert printed == {
        "interaction": f"INT-{saved.id:06d}",
        "customer": f"CUS-{shop['anna'].id:06d}",
        "promise": f"PRM-{promise.id:06d}",
    }
    assert run(paths, *base(), "--json") == 0
    assert json.loads(capsys.readouterr().out)["promise"] is None


def test_the_same_rules_as_the_dialog_give_the_same_follow_ups(db, paths, shop, capsys):
    """The CLI's follow-ups are the ones the dialog's service call makes."""
    from cxlogger.core.reminders import followups

    assert run(paths, *base(**{"--kind": "complaint", "--summary": "Charged twice"})) == 0
    with db.session() as s:
        by_cli = sorted(
            (f.kind, f.rule_key.replace(str(f.interaction_id), "N"))
            for f in s.scalars(select(FollowUp).where(FollowUp.interaction_id.is_not(None)))
        )
        s.commit()
        # a customer in the same situation (a first visit), logged by the dialog's service
        bob = add_customer(s, CustomerData("Bob"), None, NOW)
        followups.install()
        try:
            log_interaction(
                s,
                InteractionData(
                    bob.id,
                    datetime.fromisoformat(WHEN).astimezone(),
                    "in_person",
                    "complaint",
                    "Charged twice",
                ),
                None,
            )
        finally:
            followups.uninstall()
        ids = s.scalars(select(Interaction.id).order_by(Interaction.id)).all()
        by_dialog = sorted(
            (f.kind, f.rule_key.replace(str(ids[1]), "N"))
            for f in s.scalars(select(FollowUp).where(FollowUp.interaction_id == ids[1]))
        )
    assert by_cli == by_dialog and by_cli


def test_a_customer_by_reference_and_the_desktops_staff_member(db, paths, shop, capsys):
    local_config.update(paths.data_dir, staff_id=shop["me"].id)
    ref = f"CUS-{shop['anna'].id:06d}"
    assert run(paths, *base(**{"--customer": ref})) == 0
    assert run(paths, *base(**{"--customer": f"cus-{shop['anna'].id}"})) == 0
    with db.session() as s:
        logged = s.scalars(select(Interaction)).all()
    assert [(i.customer_id, i.staff_id) for i in logged] == [(shop["anna"].id, shop["me"].id)] * 2


def test_an_ambiguous_name_lists_the_matches_and_saves_nothing(db, session, paths, shop, capsys):
    other = add_customer(session, CustomerData("anna  berg", company="Bäckerei Sonne"), None, NOW)
    assert run(paths, *base()) == 2
    err = capsys.readouterr().err
    a, b = shop["anna"].id, other.id
    assert (
        f"--customer: 2 customers are called “Anna Berg”: CUS-{a:06d} (anna@example.com), "
        f"CUS-{b:06d} (Bäckerei Sonne). Give the reference instead, e.g. --customer "
        f"CUS-{a:06d}."
    ) in err
    assert "nothing was logged" in err
    assert count(db, Interaction) == 0
    assert run(paths, *base(**{"--customer": f"CUS-{b:06d}"})) == 0


def test_unknown_and_erased_customers_are_sentences(db, paths, shop, capsys):
    assert run(paths, *base(**{"--customer": "Anna Bergg"})) == 2
    assert (
        "--customer: There is no customer called “Anna Bergg”; check the spelling, use their "
        "reference (CUS-000047), or add them in the app first."
    ) in capsys.readouterr().err
    assert run(paths, *base(**{"--amount": "10", "--meaning": "sale"})) == 0
    privacy.erase_customer(db, shop["anna"].id)  # the sale keeps the row, erased
    ref = f"CUS-{shop['anna'].id:06d}"
    assert run(paths, *base(**{"--customer": ref})) == 2
    assert f"There is no customer {ref}; check the reference." in capsys.readouterr().err
    assert run(paths, *base(**{"--customer": privacy.ERASED_NAME})) == 2
    assert count(db, Interaction) == 1


# the dialog's sentences, from the same core validation
CASES = [
    ({"--kind": "sale"}, "--kind", "Choose what kind of interaction this was."),
    ({"--channel": "fax"}, "--channel", "Choose how you were in contact."),
    ({"--summary": "  "}, "--summary", "Write a short summary of what happened."),
    (
        {"--summary": "x" * 501},
        "--summary",
        "Keep the summary under 500 characters; put the rest in details.",
    ),
    (
        {"--when": "2099-01-01T10:00"},
        "--when",
        "That time is in the future; choose when it happened.",
    ),
    (
        {"--when": "yesterday"},
        "--when",
        "“yesterday” is not a date and time; write it as 2026-03-11T14:05.",
    ),
    ({"--sentiment": "grumpy"}, "--sentiment", "Choose how the customer seemed."),
    (
        {"--amount": "12.345", "--meaning": "sale"},
        "--amount",
        "EUR amounts have at most 2 decimal places.",
    ),
    (
        {"--amount": "twelve", "--meaning": "sale"},
        "--amount",
        "“twelve” is not an amount; enter a number such as 12.50.",
    ),
    (
        {"--amount": "12"},
        "--meaning",
        "Say what the amount was: sale, refund, credit or goodwill.",
    ),
    (
        {"--amount": "12", "--meaning": "sale", "--currency": "XYZ"},
        "--currency",
        "“XYZ” is not a currency code such as EUR or USD.",
    ),
    ({"--promise": "Call back"}, "--due", "Choose when the promise is due."),
    ({"--promise": " ", "--due": "2026-03-13"}, "--promise", "Say what you promised."),
    (
        {"--due": "2026-03-13"},
        "--promise",
        "Say what you promised (--promise) with --due.",
    ),
    (
        {"--promise": "Call", "--due": "Friday"},
        "--due",
        "“Friday” is not a date; write it as 2026-03-13 or 2026-03-13T15:00.",
    ),
    ({"--staff": "Nobody"}, "--staff", "There is no staff member called Nobody."),
]


@pytest.mark.parametrize("override,option,sentence", CASES, ids=[c[1] for c in CASES])
def test_each_problem_is_the_dialogs_sentence_and_nothing_is_saved(
    db, paths, shop, capsys, override, option, sentence
):
    assert run(paths, *base(**override)) == 2
    err = capsys.readouterr().err
    assert f"cxlogger: {option}: {sentence}" in err
    assert err.rstrip().endswith("cxlogger: nothing was logged.")
    assert count(db, Interaction) == 0 and count(db, Promise) == 0 and count(db, FollowUp) == 0


def test_the_sentences_are_the_core_validations(db, session, shop):
    """The log dialog's service says the same as the command for the same input."""
    with pytest.raises(ValidationError) as caught:
        log_interaction(
            session,
            InteractionData(shop["anna"].id, NOW, "fax", "sale", " ", amount="1", currency="EUR"),
            None,
            NOW,
        )
    texts = {c[2] for c in CASES}
    assert set(caught.value.errors.values()) <= texts
    assert len(caught.value.errors) == 4  # channel, kind, summary, meaning


def test_every_problem_is_listed_at_once_and_as_json(db, paths, shop, capsys):
    argv = base(**{"--customer": "Nobody", "--kind": "x", "--when": "soon"}) + ["--json"]
    assert run(paths, *argv) == 2
    captured = capsys.readouterr()
    errors = json.loads(captured.out)["errors"]
    assert set(errors) == {"customer", "kind", "occurred_at"}
    assert errors["kind"] == (
        "Choose what kind of interaction this was. Use one of: inquiry, purchase, complaint, "
        "support, feedback, return, referral, other."
    )
    assert "--customer: There is no customer called “Nobody”" in captured.err


def test_building_the_parser_loads_no_database_layer():
    code = (
        "import sys; from cxlogger import cli; cli.build_parser(); "
        "print('sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

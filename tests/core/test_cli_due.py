"""`cxlogger due` prints what is due, as text or JSON."""

import io
import json
from datetime import timedelta

from cxlogger import cli
from cxlogger.core import followups
from cxlogger.core.customers import CustomerData
from cxlogger.core.interactions import InteractionData, log_interaction
from tests.conftest import NOW


def run(paths, *argv):
    args = cli.build_parser().parse_args(["--data-dir", str(paths.data_dir), "due", *argv])
    out = io.StringIO()
    assert cli.COMMANDS["due"](args, paths, now=NOW + timedelta(minutes=5), out=out) == 0
    return out.getvalue()


def test_due_lists_follow_ups_as_text_and_json(db, session, me, paths):
    followups.install()
    try:
        data = InteractionData(
            customer_id=None,
            occurred_at=NOW,
            channel="in_person",
            kind="purchase",
            summary="Bought winter tyres",
            new_customer=CustomerData("Jürgen Weber & Söhne", consent="yes"),
        )
        log_interaction(session, data, me.id, NOW)
    finally:
        followups.uninstall()
    session.close()
    text = run(paths)
    assert text.startswith("1 follow-up due")
    assert "Thank" in text and "Jürgen Weber & Söhne" in text and "winter tyres" in text
    payload = json.loads(run(paths, "--json"))
    assert [item["rule"] for item in payload["due"]] == ["thank"]
    assert payload["due"][0]["customer"] == "Jürgen Weber & Söhne"
    assert [item["rule"] for item in payload["upcoming"]] == ["feedback"]
    assert "Ask for feedback" in run(paths, "--week")


def test_nothing_due(db, paths):
    assert run(paths).startswith("Nothing is due")
    assert json.loads(run(paths, "--json"))["due"] == []

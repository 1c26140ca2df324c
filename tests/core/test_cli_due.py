"""`cxlogger due` prints what is due, as text or JSON."""

import io
import json
from datetime import timedelta

from cxlogger import cli
from cxlogger.core.records import staff as staff_mod
from cxlogger.core.records.customers import CustomerData
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.reminders import followups
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


def test_due_reads_without_the_page_checks_when_nothing_is_written(
    db, session, me, paths, monkeypatch
):
    """The quick check reads the whole file (most of a second at a million
    interactions): ``due`` runs it only when its rules refresh will write."""
    from cxlogger.core.storage import integrity

    checks = []
    real = integrity.quick_check
    monkeypatch.setattr(integrity, "quick_check", lambda *a, **k: checks.append(1) or real(*a, **k))
    session.close()
    run(paths)  # the first refresh writes: checked first
    assert checks == [1]
    run(paths)  # nothing changed since: read only, not checked
    assert checks == [1]
    with db.session() as s:  # a change: the next refresh writes, so it is checked
        staff_mod.add_staff(s, "Bea Later", NOW)
    run(paths)
    assert checks == [1, 1]

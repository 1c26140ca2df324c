"""`cxlogger due` reads a quiet local file with plain sqlite3 (core/reminders/due_plain.py):
the same follow-ups, words and heads-ups as the database layer's lists, and only when
its rules refresh would write nothing."""

import io
import json
from datetime import date, timedelta, timezone

from sqlalchemy import select

from cxlogger import cli
from cxlogger.core.models import HEADS_UP_KINDS, FollowUp, Promise
from cxlogger.core.records import heads_up_views, heads_ups, history, references, staff
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.heads_ups import HeadsUpData
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.records.promises import PromiseData
from cxlogger.core.reminders import due_list, due_plain, followups
from cxlogger.core.storage import migrate
from tests.conftest import NOW
from tests.core.test_due_list import HOURS, _data
from tests.imports_helper import loaded_modules


def _quick(paths, now, read):
    return due_plain.read_quiet(paths.db_path, migrate.head_revision(), now, read)


def _caught_up(db, now=NOW):
    with db.session() as session:
        followups.refresh(session, now)
    with db.session() as session, session.begin():
        assert followups.is_quiet(session, now)


def test_the_quick_read_lists_exactly_what_the_database_layer_does(db, me, paths):
    _data(db, me)
    with db.session() as session:
        customers = {f.customer_id for f in session.query(FollowUp).all()}
    first, second = sorted(customers)[:2]
    with db.session() as session:
        # a hold that pauses messages, an expiring warning and a resolved one (not shown)
        heads_ups.pin(session, first, HeadsUpData("Stop mailing", "hold"), me.id, NOW)
        heads_ups.pin(
            session,
            second,
            HeadsUpData("Billing dispute", "warning", date(2026, 3, 20)),
            me.id,
            NOW,
        )
        old = heads_ups.pin(session, second, HeadsUpData("Old news"), me.id, NOW)
        heads_ups.resolve(session, old.id, me.id, NOW)
    _caught_up(db)
    with db.session() as session:
        for owner in (me.id, None):
            rows = due_list.due_rows(session, NOW, owner)
            coming = due_list.upcoming_rows(session, NOW, 7, owner)
            heads = due_list.heads_ups_of(session, rows + coming, NOW)

            def read(reader, owner=owner):
                due, later = reader.due(owner), reader.upcoming(7, owner)
                return due, later, reader.heads_ups(due.rows + later.rows)

            due, later, quick_heads = _quick(paths, NOW, read)
            assert due.rows == rows and later.rows == coming
            assert quick_heads == heads
            assert due_plain.describe_all(due.rows, NOW, HOURS, quick_heads) == [
                followups.describe(f, NOW, HOURS) | _heads_part(f, heads)
                for f in followups.due(session, NOW, owner)
            ]
    assert any(heads.values()) and any(v.is_hold for vs in heads.values() for v in vs)
    assert len(rows) > 5 and len(coming) >= 2 and due.total == len(rows)


def _heads_part(followup, heads):
    views = heads.get(followup.customer_id, [])
    pause = heads_ups.pauses(followup.kind, views, NOW)
    return {
        "heads_ups": [v.as_json(NOW) for v in views],
        "paused": pause.paused,
        "paused_until": pause.until.isoformat() if pause.until else None,
        "paused_text": pause.sentence(),
    }


def test_the_first_few_of_each_kind_and_how_many(db, me, paths):
    _data(db, me)
    _caught_up(db)
    with db.session() as session:
        rows = due_list.due_rows(session, NOW)
    per_kind = {}
    for row in rows:
        per_kind.setdefault(row.kind, []).append(row)
    shown = _quick(paths, NOW, lambda reader: reader.due(limit=2))
    assert shown.per_kind == {kind: len(found) for kind, found in per_kind.items()}
    assert shown.rows == [row for row in rows if row in sum((v[:2] for v in per_kind.values()), [])]
    assert max(shown.per_kind.values()) > 2  # the data has more than two of a kind


def test_the_quick_read_only_when_the_refresh_would_write_nothing(db, me, paths):
    def listed(now=NOW):
        return _quick(paths, now, lambda reader: reader.due())

    assert listed() is None  # never refreshed: the first refresh writes
    _caught_up(db)
    assert listed() is not None
    with db.session() as session:
        staff.add_staff(session, "Bea Later", NOW)  # anything committed since
    assert listed() is None
    _caught_up(db)
    assert listed() is not None
    # time alone: the same moments ``followups.is_quiet`` looks at
    for later in (NOW + timedelta(hours=1), NOW + timedelta(days=40), NOW - timedelta(days=1)):
        with db.session() as session, session.begin():
            quiet = followups.is_quiet(session, later)
        assert (listed(later) is not None) == quiet


def test_a_refresh_just_after_a_promise_fell_due_leaves_the_file_quiet(db, me, paths):
    """Seen in the benchmark at 1M: for ten minutes after anything fell due (a promise, a
    complaint's wait), every ``due`` went the slow way (the quick check and the database
    layer: 1.1 s instead of 0.3 s) and every periodic refresh evaluated the rules, though
    the refresh had already made that follow-up."""
    with db.session() as session:
        anna = add_customer(session, CustomerData("Anna Due", consent="yes"), me.id, NOW)
        promise = PromiseData("Send the quote", (NOW + timedelta(days=1)).date())
        log_interaction(
            session,
            InteractionData(anna.id, NOW, "phone", "inquiry", "Asked", promise=promise),
            me.id,
            NOW,
        )
    _caught_up(db)
    with db.session() as session:
        due_at = session.scalar(select(Promise.due_at)).replace(tzinfo=timezone.utc)
    fell = due_at + timedelta(minutes=1)
    with db.session() as session, session.begin():
        assert not followups.is_quiet(session, fell)  # it fell due since the last refresh
    assert _quick(paths, fell, lambda reader: 1) is None
    with db.session() as session:
        assert followups.refresh(session, fell) >= 1  # its follow-up
    later = fell + timedelta(minutes=2)
    with db.session() as session, session.begin():
        assert followups.is_quiet(session, later)
    assert _quick(paths, later, lambda reader: reader.due().per_kind)["close_loop"] == 1
    with db.session() as session:
        assert followups.refresh(session, later) == 0


def test_a_file_to_upgrade_or_behind_its_high_water_mark_goes_the_usual_way(db, me, paths):
    from cxlogger.core.reminders import high_water

    _caught_up(db)
    assert _quick(paths, NOW, lambda reader: 1) == 1
    assert due_plain.read_quiet(paths.db_path, "9999", NOW, lambda reader: 1) is None
    high_water.write_mark(paths.db_path, high_water.database_counter(paths.db_path) + 3)
    assert _quick(paths, NOW, lambda reader: 1) is None


def test_what_is_said_twice_stays_the_same():
    assert due_plain.WATERMARK_KEY == followups.WATERMARK_KEY
    assert due_plain.COUNTER_KEY == followups.COUNTER_KEY
    assert (heads_up_views.INFO, heads_up_views.WARNING, heads_up_views.HOLD) == HEADS_UP_KINDS
    assert history.ref is references.ref


# ------------------------------------------------------------------ the command


def _run(paths, *argv, now=NOW):
    args = cli.build_parser().parse_args(["--data-dir", str(paths.data_dir), "due", *argv])
    out = io.StringIO()
    assert cli.COMMANDS["due"](args, paths, now=now, out=out) == 0
    return out.getvalue()


def _many_thanks(db, me, count):
    from cxlogger.core.records.customers import CustomerData, add_customer

    with db.session() as session:
        anna = add_customer(session, CustomerData("Anna Many"), me.id, NOW)
    with db.session() as session, session.begin():
        for n in range(count):
            session.add(
                FollowUp(
                    kind="thank",
                    rule_key=f"t:{n}",
                    title=f"Thanks number {n:02d}",
                    customer_id=anna.id,
                    owner_id=me.id,
                    due_at=NOW - timedelta(hours=count - n),
                    status="pending",
                    done_note="",
                    created_at=NOW,
                )
            )


def test_a_terminal_gets_the_first_ten_of_a_kind_and_how_many_more(db, me, paths, monkeypatch):
    _many_thanks(db, me, 13)
    quick = []
    real = due_plain.read_quiet
    monkeypatch.setattr(due_plain, "read_quiet", lambda *a: quick.append(real(*a)) or quick[-1])
    for way in ("the refresh writes: the usual way", "quiet: the quick read"):
        text = _run(paths)
        assert (quick[-1] is not None) == (way == "quiet: the quick read")
        assert text.startswith("13 follow-ups due")
        assert "\nThank (13)\n" in text
        assert "Thanks number 09" in text and "Thanks number 10" not in text
        assert "  … and 3 more\n" in text
        assert "cxlogger due --all lists every one." in text
    every = _run(paths, "--all")
    assert "Thanks number 12" in every and "more" not in every
    assert len(json.loads(_run(paths, "--json"))["due"]) == 13  # scripts get every one


def test_thousands_due_print_a_count_with_separators(db, me, paths):
    _many_thanks(db, me, 1200)
    text = _run(paths, now=NOW + timedelta(minutes=1))
    assert text.startswith("1,200 follow-ups due")
    assert "Thank (1,200)" in text and "… and 1,190 more" in text
    assert len(text.splitlines()) < 40


def test_an_unknown_staff_member_is_a_sentence_both_ways(db, me, paths, capsys):
    args = cli.build_parser().parse_args(
        ["--data-dir", str(paths.data_dir), "due", "--staff", "Nobody Here"]
    )
    for _ in range(2):  # the usual way, then the quick read
        assert cli.run_command(args, paths) == 2
        assert "There is no staff member called Nobody Here." in capsys.readouterr().err
    assert _run(paths, "--staff", "  alex OWNER ").startswith("Nothing is due")


def test_a_quiet_due_loads_no_sqlalchemy(tmp_path):
    data = tmp_path / "data"
    modules, stdout = loaded_modules(tmp_path, "--data-dir", str(data), "due")
    assert "Nothing is due" in stdout and "sqlalchemy" in modules  # created, refreshed
    modules, stdout = loaded_modules(tmp_path, "--data-dir", str(data), "due")
    assert "Nothing is due" in stdout
    assert not [m for m in modules if m.startswith(("sqlalchemy", "PySide6", "alembic"))]
    assert not [m for m in modules if m.startswith("cxlogger.core.models")]


def test_the_demo_due_loads_no_sqlalchemy_once_the_demo_exists(tmp_path):
    data = tmp_path / "data"
    argv = ("--data-dir", str(data), "--demo", "due")
    modules, stdout = loaded_modules(tmp_path, *argv)
    assert "due" in stdout and "sqlalchemy" in modules  # the demo made and filled
    for _ in range(2):  # a promise of the demo may fall due meanwhile: that refresh writes
        modules, stdout = loaded_modules(tmp_path, *argv)
    assert " due (as of " in stdout
    assert not [m for m in modules if m.startswith(("sqlalchemy", "PySide6"))]

"""Reports: every figure against hand-computed expectations on small fixed data sets.

The same tests run on PostgreSQL when CXLOGGER_TEST_POSTGRES_URL names a database the
tests may wipe (as tests/core/test_postgres.py): the blocks are one SQL statement
each, and the SQL must mean the same on both.
"""

from __future__ import annotations

import csv
import os
from datetime import date, datetime, timedelta, timezone

import pytest

from cxlogger.core import reports
from cxlogger.core.errors import UserError
from cxlogger.core.exchange.csv_export import ExportOptions, export_csv
from cxlogger.core.models import Customer, Feedback, FollowUp, Interaction, Promise, Staff
from cxlogger.core.reports import Period, parse_period
from tests.conftest import NOW
from tests.helpers import local_timezone, per_action

UTC = timezone.utc
PG_URL = os.environ.get("CXLOGGER_TEST_POSTGRES_URL", "")


def at(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def rs(request, tmp_path):
    """A session on an empty database: the SQLite file, and PostgreSQL when configured."""
    from cxlogger.core.storage.paths import AppPaths

    if request.param == "sqlite":
        from tests.helpers import open_fresh_database

        database = open_fresh_database(AppPaths(tmp_path / "data"))
    else:
        if not PG_URL:
            pytest.skip("no PostgreSQL server (CXLOGGER_TEST_POSTGRES_URL)")
        from cxlogger.core.storage.db import open_database
        from tests.core.test_postgres import _wipe

        _wipe()
        database = open_database(AppPaths(tmp_path / "data", PG_URL))
    with local_timezone("UTC"), database.session() as s:
        yield per_action(s)
    database.dispose()


class Data:
    """Rows put straight into the tables, with every time chosen by the test."""

    def __init__(self, session):
        self.s = session
        with session.begin():
            self.sam = Staff(name="Sam", active=True, created_at=at(2025, 1, 1))
            self.kim = Staff(name="Kim", active=True, created_at=at(2025, 1, 1))
            session.add_all([self.sam, self.kim])
        self.anna = self.customer("Anna", at(2025, 1, 1))

    def customer(self, name, created, owner=None) -> Customer:
        with self.s.begin():
            row = Customer(
                name=name,
                created_at=created,
                updated_at=created,
                owner_id=owner.id if owner else None,
            )
            self.s.add(row)
        return row

    def interaction(self, when, kind="inquiry", channel="phone", staff=None, **extra):
        with self.s.begin():
            row = Interaction(
                occurred_at=when,
                customer_id=extra.pop("customer", self.anna).id,
                channel=channel,
                kind=kind,
                summary="x",
                staff_id=(staff or self.sam).id,
                created_at=when,
                **extra,
            )
            self.s.add(row)
        return row

    def promise(self, due, status="open", closed=None, made=None, owner=None, **extra):
        with self.s.begin():
            row = Promise(
                customer_id=self.anna.id,
                description="p",
                due_at=due,
                status=status,
                closed_at=closed,
                created_at=made or due - timedelta(days=3),
                owner_id=(owner or self.sam).id,
                **extra,
            )
            self.s.add(row)
        return row

    def feedback(self, when, scale, rating, **extra):
        with self.s.begin():
            row = Feedback(
                customer_id=self.anna.id,
                scale=scale,
                rating=rating,
                received_at=when,
                created_at=when,
                created_by_id=self.sam.id,
                **extra,
            )
            self.s.add(row)
        return row

    def followup(self, kind, due, status="pending", done=None, n=[0]):  # noqa: B006
        n[0] += 1
        with self.s.begin():
            self.s.add(
                FollowUp(
                    kind=kind,
                    rule_key=f"test:{n[0]}:{kind}:{due.isoformat()}",
                    title="t",
                    customer_id=self.anna.id,
                    owner_id=self.sam.id,
                    due_at=due,
                    status=status,
                    done_at=done,
                    created_at=due - timedelta(days=1),
                )
            )


def figures(block) -> dict:
    return {f.key: f.value for f in block.figures}


def previous(block) -> dict:
    return {f.key: f.previous for f in block.figures}


FEBRUARY = Period(date(2026, 2, 1), date(2026, 2, 28))


# ------------------------------------------------------------------------------- periods


def test_named_periods_and_the_period_before_them():
    today = NOW.date()  # Wednesday 2026-03-11
    last = parse_period("last-month", today)
    assert (last.first, last.last) == (date(2026, 2, 1), date(2026, 2, 28))
    assert last.previous() == Period(date(2026, 1, 1), date(2026, 1, 31))
    quarter = parse_period("this-quarter", today)
    assert quarter == Period(date(2026, 1, 1), date(2026, 3, 31))
    assert quarter.previous() == Period(date(2025, 10, 1), date(2025, 12, 31))
    assert parse_period("last-year", today).previous() == Period(
        date(2024, 1, 1), date(2024, 12, 31)
    )
    # March (31 days) before February: the month before, not 31 days before
    assert parse_period("this-month", today).previous() == FEBRUARY
    # any other span: as many days just before it
    custom = parse_period("2026-03-01..2026-03-10", today)
    assert custom.previous() == Period(date(2026, 2, 19), date(2026, 2, 28))
    assert [m[0] for m in parse_period("2026-01-15..2026-03-02", today).months()] == [
        "2026-01",
        "2026-02",
        "2026-03",
    ]


@pytest.mark.parametrize("text", ["yesterday", "2026-03-10..2026-03-01", "2026-13-01..2026-14-01"])
def test_a_period_that_cannot_be_read_is_a_sentence(text):
    with pytest.raises(UserError) as caught:
        parse_period(text, NOW.date())
    assert "period" in str(caught.value)


# ------------------------------------------------------------------------------- blocks


def test_an_empty_period_gives_zeros_and_no_rates(rs):
    Data(rs)
    report = reports.build_report(rs, FEBRUARY, NOW)
    assert [b.key for b in report.blocks] == [
        "promises",
        "loop",
        "followups",
        "feedback",
        "activity",
        "money",
    ]
    p = figures(report.blocks[0])
    assert p["made"] == 0 and p["on_time"] == 0 and p["overdue"] == 0
    assert p["rate"] is None and p["days_late"] is None
    fb = figures(report.blocks[3])
    assert fb["csat"] is None and fb["nps"] is None and fb["low"] == 0
    assert figures(report.blocks[5]) == {}  # no money at all: no money figures
    chart = report.blocks[0].charts[0]
    assert chart.categories == ["2026-02"]
    assert all(values == [0] for _name, values in chart.series)


def test_promises_kept_on_time_late_broken_overdue_and_the_median_days_late(rs):
    d = Data(rs)
    d.promise(at(2026, 2, 10, 17), "kept", closed=at(2026, 2, 10, 17))  # exactly at due: on time
    d.promise(at(2026, 2, 12, 17), "kept", closed=at(2026, 2, 14, 17))  # 2 days late
    d.promise(at(2026, 2, 15, 17), "kept", closed=at(2026, 2, 19, 5))  # 3.5 days late
    d.promise(at(2026, 2, 20, 17), "broken", closed=at(2026, 2, 21, 9))
    d.promise(at(2026, 2, 25, 17))  # open, and past due at NOW (March 11)
    d.promise(at(2026, 2, 26, 17), "cancelled", closed=at(2026, 2, 26, 9))
    d.promise(at(2026, 1, 20, 17), "kept", closed=at(2026, 1, 19, 9), made=at(2026, 1, 5))
    d.promise(at(2026, 3, 20, 17), made=at(2026, 3, 1))  # due after February: not in it
    d.promise(at(2026, 2, 27, 17), "kept", closed=at(2026, 2, 27, 9), owner=d.kim)

    block = reports.promises_block(rs, FEBRUARY, NOW)
    got = figures(block)
    assert got["made"] == 7  # the seven due in February were made three days before
    assert (got["on_time"], got["late"], got["broken"], got["overdue"], got["open"]) == (
        2,
        2,
        1,
        1,
        0,
    )
    assert got["rate"] == pytest.approx(2 / 6)  # cancelled is not an outcome
    assert got["days_late"] == pytest.approx(2.75)  # (2 + 3.5) / 2
    before = previous(block)
    assert before["made"] == 1 and before["on_time"] == 1 and before["rate"] == 1.0
    assert before["days_late"] is None
    per_staff = {row[0]: row for row in block.tables[1].rows}
    assert per_staff["Sam"][1:6] == [1, 2, 1, 1, 0]
    assert per_staff["Kim"][1:] == [1, 0, 0, 0, 0, 100.0]

    only_kim = figures(reports.promises_block(rs, FEBRUARY, NOW, staff_id=d.kim.id))
    assert (only_kim["on_time"], only_kim["late"], only_kim["made"]) == (1, 0, 1)


def test_an_odd_number_of_late_promises_has_the_middle_one_as_median(rs):
    d = Data(rs)
    for days in (1, 5, 2):
        d.promise(at(2026, 2, 10, 12), "kept", closed=at(2026, 2, 10, 12) + timedelta(days=days))
    assert figures(reports.promises_block(rs, FEBRUARY, NOW))["days_late"] == pytest.approx(2)


def test_closing_the_loop_told_customers_and_unhandled_complaints(rs):
    d = Data(rs)
    kept = at(2026, 2, 10, 12)
    d.promise(kept, "kept", closed=kept, customer_told_at=kept + timedelta(hours=2))
    d.promise(kept, "kept", closed=kept, customer_told_at=kept + timedelta(hours=30))
    d.promise(kept, "kept", closed=kept, customer_told_at=kept + timedelta(hours=4))
    d.promise(kept, "kept", closed=kept)  # never told
    # complaints: one with a promise the next day, one resolved in 2 days, one left alone,
    # one resolved only after 5 days, and one too recent to judge
    handled = d.interaction(at(2026, 2, 3, 9), "complaint")
    d.promise(at(2026, 2, 8, 17), made=at(2026, 2, 4, 9), interaction_id=handled.id)
    d.interaction(at(2026, 2, 5, 9), "complaint", resolved_at=at(2026, 2, 7, 9))
    d.interaction(at(2026, 2, 6, 9), "complaint")
    d.interaction(at(2026, 2, 7, 9), "complaint", resolved_at=at(2026, 2, 12, 9))
    recent = NOW - timedelta(days=1)
    d.interaction(recent, "complaint")

    block = reports.loop_block(rs, FEBRUARY, NOW)
    got = figures(block)
    assert (got["kept"], got["told"], got["not_told"]) == (4, 3, 1)
    assert got["told_rate"] == pytest.approx(0.75)
    assert got["hours"] == pytest.approx(4)  # 2, 4, 30 hours
    assert got["complaints"] == 4
    assert got["unhandled"] == 2  # left alone; resolved after 5 days
    march = reports.loop_block(rs, Period(date(2026, 3, 1), date(2026, 3, 31)), NOW)
    assert figures(march)["complaints"] == 1 and figures(march)["unhandled"] == 0


def test_follow_ups_done_dismissed_no_longer_needed_and_pending(rs):
    d = Data(rs)
    due = at(2026, 2, 10, 9)
    d.followup("thank", due, "done", done=due + timedelta(hours=3))
    d.followup("thank", due, "done", done=due - timedelta(hours=5))  # early: no wait
    d.followup("feedback", due, "done", done=due + timedelta(hours=48))
    d.followup("feedback", due, "dismissed")
    d.followup("report_back", due, "obsolete")
    d.followup("report_back", due)  # still pending
    d.followup("close_loop", due, "done", done=due)  # reported with the promises
    d.followup("thank", at(2026, 1, 10, 9), "dismissed")

    block = reports.followups_block(rs, FEBRUARY, NOW)
    got = figures(block)
    assert (got["done"], got["dismissed"], got["obsolete"], got["pending"]) == (3, 1, 1, 1)
    assert got["done_rate"] == pytest.approx(0.75)
    assert got["hours"] == pytest.approx(3)  # 0, 3, 48
    assert previous(block)["dismissed"] == 1 and previous(block)["done_rate"] == 0
    by_kind = {row[0]: row[1:] for row in block.tables[0].rows}
    assert by_kind == {"Thank": [2, 0, 0, 0], "Feedback": [1, 1, 0, 0], "Report back": [0, 0, 1, 1]}


def test_feedback_csat_nps_and_low_ratings_followed_up(rs):
    d = Data(rs)
    day = at(2026, 2, 10, 9)
    for rating in (5, 4):
        d.feedback(day, "csat", rating)
    d.feedback(day, "csat", 2, action_taken="new supplier", action_at=day, customer_told_at=day)
    for rating in (10, 9, 7):
        d.feedback(day, "nps", rating)
    d.feedback(day, "nps", 3)
    d.feedback(day, "nps", 6, action_taken="called back")
    d.feedback(at(2026, 1, 10), "csat", 1)

    block = reports.feedback_block(rs, FEBRUARY, NOW)
    got = figures(block)
    assert got["csat"] == pytest.approx(11 / 3)
    assert got["csat_n"] == 3
    assert (got["promoters"], got["detractors"], got["nps_n"]) == (2, 2, 5)
    assert got["nps"] == pytest.approx(0.0)  # 40 % promoters − 40 % detractors
    assert (got["low"], got["low_acted"], got["low_told"]) == (3, 2, 1)
    assert previous(block)["csat"] == 1.0 and previous(block)["low"] == 1
    spread = next(c for c in block.charts if c.key == "csat_spread")
    assert spread.series[0][1] == [0, 1, 0, 1, 1]
    assert reports.nps(3, 1, 4) == 50.0


def test_activity_by_channel_kind_staff_new_customers_and_losing_touch(rs):
    d = Data(rs)  # Anna: known since 2025, last seen below
    d.interaction(at(2026, 2, 2, 9), "purchase", "in_person")
    d.interaction(at(2026, 2, 3, 9), "complaint", "phone", staff=d.kim)
    d.interaction(at(2026, 2, 27, 9), "inquiry", "email", staff=d.kim)
    d.interaction(at(2026, 1, 5, 9), "purchase", "email")
    new = d.customer("Ben", at(2026, 2, 14))
    d.interaction(at(2026, 2, 14, 9), "purchase", "in_person", customer=new)
    quiet = d.customer("Cleo", at(2025, 6, 1))  # last seen in October: losing touch
    with rs.begin():
        quiet.tags = "vip"  # keep in touch every 30 days (the default cadences)
    d.interaction(at(2025, 10, 1, 9), "inquiry", "phone", customer=quiet)

    block = reports.activity_block(rs, FEBRUARY, NOW)
    got = figures(block)
    assert got["interactions"] == 4 and got["purchase"] == 2 and got["complaint"] == 1
    assert got["new_customers"] == 1
    assert got["losing_touch"] == 1  # Cleo, due since 31 October; Anna and Ben in 180 days
    before = previous(block)
    assert before["interactions"] == 1 and before["new_customers"] == 0
    assert before["losing_touch"] == 1  # at the end of January Cleo was already due
    tables = {t.key: t for t in block.tables}
    channels = {r[0]: r[1] for r in tables["by_channel"].rows}
    assert channels == {
        "Phone": 1,
        "Email": 1,
        "In person": 2,
        "Chat": 0,
        "Social media": 0,
        "Letter": 0,
    }
    staff = {r[0]: r[1] for r in tables["by_staff"].rows}
    assert staff == {"Kim": 2, "Sam": 2}


def test_money_matches_the_money_export_of_the_same_days(rs, tmp_path):
    d = Data(rs)
    for when, minor, meaning, currency in (
        (at(2026, 2, 1, 0, 30), 10_000, "sale", "EUR"),
        (at(2026, 2, 10, 9), 2_550, "sale", "EUR"),
        (at(2026, 2, 11, 9), 1_000, "refund", "EUR"),
        (at(2026, 2, 12, 9), 300, "credit", "EUR"),
        (at(2026, 2, 13, 9), 199, "goodwill", "EUR"),
        (at(2026, 2, 14, 9), 5_000, "sale", "USD"),
        (at(2026, 1, 31, 23, 59), 7_777, "sale", "EUR"),  # January
    ):
        d.interaction(when, "purchase", amount_minor=minor, currency=currency, amount_kind=meaning)
    # a promise closed with a refund counts where the money export counts it
    d.promise(
        at(2026, 2, 20),
        "kept",
        closed=at(2026, 2, 20, 10),
        amount_minor=500,
        currency="EUR",
        amount_kind="refund",
    )
    block = reports.money_block(rs, FEBRUARY, NOW)
    got = figures(block)
    assert got["net_EUR"] == 10_000 + 2_550 - 1_000 - 300 - 199 - 500
    assert (got["refunds_EUR"], got["credits_EUR"], got["goodwill_EUR"]) == (1_500, 300, 199)
    assert got["net_USD"] == 5_000
    assert previous(block)["net_EUR"] == 7_777

    target = tmp_path / "money.csv"
    export_csv(rs, ExportOptions("money", FEBRUARY.first, FEBRUARY.last), target)
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    totals: dict[str, int] = {}
    for row in rows:
        cents = round(float(row["net"]) * 100)
        totals[row["currency"]] = totals.get(row["currency"], 0) + cents
    assert totals == {"EUR": got["net_EUR"], "USD": got["net_USD"]}


def test_months_follow_local_time_across_daylight_saving(tmp_path):
    """Europe/Berlin: CET (UTC+1) until 29 March 2026, CEST (UTC+2) after."""
    from cxlogger.core.storage.paths import AppPaths
    from tests.helpers import open_fresh_database

    database = open_fresh_database(AppPaths(tmp_path / "data"))
    try:
        with local_timezone("Europe/Berlin"), database.session() as s:
            session = per_action(s)
            d = Data(session)
            d.interaction(at(2026, 2, 28, 23, 30))  # 1 March 00:30 local: March
            d.interaction(at(2026, 3, 29, 1, 30))  # the hour the clocks went forward
            d.interaction(at(2026, 3, 31, 21, 59))  # 31 March 23:59 local: March
            d.interaction(at(2026, 3, 31, 22, 0))  # 1 April 00:00 local: April
            d.interaction(at(2026, 2, 28, 22, 59))  # 28 February 23:59 local: February
            spring = Period(date(2026, 3, 1), date(2026, 4, 30))
            block = reports.activity_block(session, spring, NOW + timedelta(days=60))
            chart = block.charts[0]
            assert chart.categories == ["2026-03", "2026-04"]
            assert [sum(v) for v in zip(*[s for _n, s in chart.series], strict=True)] == [3, 1]
            assert figures(block)["interactions"] == 4
            assert previous(block)["interactions"] == 1  # January–February
            assert spring.bounds() == (at(2026, 2, 28, 23), at(2026, 4, 30, 22))
    finally:
        database.dispose()


def test_each_figure_link_lists_the_records_it_counts(rs):
    d = Data(rs)
    d.promise(at(2026, 2, 10, 17), "kept", closed=at(2026, 2, 10, 17))
    d.promise(at(2026, 2, 12, 17), "kept", closed=at(2026, 2, 14, 17))
    d.promise(at(2026, 2, 25, 17))
    d.interaction(at(2026, 2, 6, 9), "complaint")
    d.interaction(
        at(2026, 2, 7, 9), "purchase", amount_minor=990, currency="EUR", amount_kind="sale"
    )
    d.feedback(at(2026, 2, 10, 9), "csat", 2)
    d.feedback(at(2026, 2, 10, 9), "csat", 5)
    report = reports.build_report(rs, FEBRUARY, NOW)
    for block in report.blocks:
        for figure in block.figures:
            if figure.link is None or not isinstance(figure.value, int) or figure.unit == "money":
                continue
            records = reports.drill(rs, figure.link, NOW)
            assert records.total == figure.value, (block.key, figure.key)
            assert len(records.rows) == figure.value
    late = reports.drill(rs, figures_links(report, "promises")["late"], NOW)
    assert late.rows[0][0] == at(2026, 2, 12, 17) and late.rows[0][4] == "late"
    money = reports.drill(rs, figures_links(report, "money")["net_EUR"], NOW)
    assert money.rows == [[at(2026, 2, 7, 9), "Anna", "purchase", "sale", 990, "EUR"]]


def figures_links(report, key):
    block = next(b for b in report.blocks if b.key == key)
    return {f.key: f.link for f in block.figures}


def test_losing_touch_is_past_the_keep_in_touch_cadence(rs):
    """Default cadences: 180 days, vip 30. Hand-computed for the end of February 2026
    (the period) and of January (the one before), with NOW = 11 March 2026:
    - Anna (no tag, seen 2026-02-27): due 2026-08-26: not losing touch.
    - Cleo (vip, seen 2025-12-15): due 2026-01-14: losing touch at both ends.
    - Dora (vip, seen 2026-01-20): due 2026-02-19: at the end of February only.
    - Eve (own cadence 10 days, seen 2026-02-25, Kim's): due 2026-03-07: neither
      (the period's end is 1 March, before it).
    - Finn ("regular", added 2025-03-01, never seen): due 2025-08-28: at both ends.
    - Gus (vip, seen 2025-11-01, archived) and Hal (vip, stopped tracking): never."""
    d = Data(rs)
    d.interaction(at(2026, 2, 27, 9), customer=d.anna)

    def customer(name, seen, owner=None, **fields):
        row = d.customer(name, at(2025, 3, 1), owner)
        with rs.begin():
            for key, value in fields.items():
                setattr(row, key, value)
        if seen:
            d.interaction(seen, customer=row)
        return row

    customer("Cleo", at(2025, 12, 15, 9), tags="vip")
    customer("Dora", at(2026, 1, 20, 9), tags="vip")
    customer("Eve", at(2026, 2, 25, 9), owner=d.kim, touch_every_days=10)
    customer("Finn", None, tags="regular")  # a tag without a cadence of its own
    customer("Gus", at(2025, 11, 1, 9), tags="vip", archived=True)
    customer("Hal", at(2025, 11, 1, 9), tags="vip", touch_stopped=True)

    block = reports.activity_block(rs, FEBRUARY, NOW)
    assert figures(block)["losing_touch"] == 3  # Cleo, Dora, Finn
    assert previous(block)["losing_touch"] == 2  # Cleo, Finn
    listed = reports.drill(rs, figures_links(report_of(block), "activity")["losing_touch"], NOW)
    assert sorted(r[1] for r in listed.rows) == ["Cleo", "Dora", "Finn"]
    # this month, as of now (11 March): Eve too, due since 7 March
    march = Period(date(2026, 3, 1), date(2026, 3, 31))
    assert figures(reports.activity_block(rs, march, NOW))["losing_touch"] == 4
    # Kim's customers only: Eve
    kims = reports.activity_block(rs, march, NOW, staff_id=d.kim.id)
    assert figures(kims)["losing_touch"] == 1


def report_of(block):
    return reports.Report(header=None, blocks=[block])

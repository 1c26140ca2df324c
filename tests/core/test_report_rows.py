"""Each row of a report table leads to the records it counts (core/report_rows.py), and
the records behind a row are the ones its numbers count (checked through reports.drill)."""

from __future__ import annotations

import pytest

from cxlogger.core import reports
from cxlogger.core.report_lists import record_list
from cxlogger.core.report_rows import row_links, unique_names
from tests.conftest import NOW
from tests.core.test_reports import Data, at
from tests.helpers import local_timezone, per_action


@pytest.fixture
def report(db):
    """The first quarter of 2026: promises of Sam and Kim, calls and emails, a sale,
    follow-ups of two kinds, a low rating."""
    from cxlogger.core.models import FollowUp

    with local_timezone("UTC"), db.session() as s:
        d = Data(per_action(s))
        d.promise(at(2026, 1, 10, 17), "kept", closed=at(2026, 1, 9, 9))
        d.promise(at(2026, 2, 12, 17), "broken", closed=at(2026, 2, 13, 9), owner=d.kim)
        d.interaction(at(2026, 1, 6, 9), "complaint", staff=d.kim)
        d.interaction(at(2026, 2, 7, 9), "purchase", channel="email")
        d.interaction(
            at(2026, 3, 2, 9), "purchase", amount_minor=500, currency="EUR", amount_kind="sale"
        )
        d.feedback(at(2026, 2, 10, 9), "csat", 2)
        with d.s.begin():
            for n, kind in enumerate(("thank", "feedback", "feedback")):
                due = at(2026, 1, 20 + n, 9)
                d.s.add(
                    FollowUp(
                        kind=kind,
                        rule_key=f"t{n}",
                        title=kind,
                        customer_id=d.anna.id,
                        due_at=due,
                        created_at=due,
                        status="pending",
                    )
                )
        period = reports.Period(at(2026, 1, 1).date(), at(2026, 3, 31).date())
        built = reports.build_report(s, period, NOW)
        names = {"sam": d.sam.id, "kim": d.kim.id}
        yield s, built, period, names


def table(built, key):
    return next(t for b in built.blocks for t in b.tables if t.key == key)


def drilled(session, link):
    with local_timezone("UTC"):
        return reports.drill(session, link, NOW)


def test_a_month_row_lists_that_month(report):
    s, built, period, _names = report
    months = table(built, "promises_by_month")
    links = row_links(months, period, None)
    assert [(link["first"], link["last"]) for link in links] == [
        ("2026-01-01", "2026-01-31"),
        ("2026-02-01", "2026-02-28"),
        ("2026-03-01", "2026-03-31"),
    ]
    assert {link["list"] for link in links} == {"promises"}
    assert drilled(s, links[1]).total == 1  # the broken one, due in February
    money_table = table(built, "money_by_month")
    money = row_links(money_table, period, None)
    assert [row[:3] for row in money_table.rows][2] == ["2026-03", "EUR", 500]
    assert (money[2]["currency"], money[2]["first"]) == ("EUR", "2026-03-01")
    assert drilled(s, money[2]).total == 1


def test_a_staff_row_lists_that_person_s_records(report):
    s, built, period, names = report
    staff = table(built, "promises_by_staff")
    ids = unique_names([("Sam", names["sam"]), ("Kim", names["kim"])])
    links = row_links(staff, period, None, ids)
    assert [row[0] for row in staff.rows] == ["Kim", "Sam"]
    assert [link["staff_id"] for link in links] == [names["kim"], names["sam"]]
    assert drilled(s, links[0]).rows[0][4] == "broken"
    # a name two people share leads nowhere rather than to the wrong one
    assert unique_names([("Kim", 1), ("Kim", 2), ("Sam", 3)]) == {"Sam": 3}
    assert row_links(staff, period, None, {"Sam": names["sam"]})[0] is None


def test_channel_kind_and_follow_up_rows_filter_to_their_code(report):
    s, built, period, _names = report
    by_channel = table(built, "by_channel")
    link = row_links(by_channel, period, None)[1]
    assert (by_channel.rows[1][0], link["channel"]) == ("Email", "email")
    assert drilled(s, link).total == 1
    by_kind = table(built, "by_kind")
    link = row_links(by_kind, period, None)[1]
    assert (by_kind.rows[1][0], link["kind"], by_kind.rows[1][1]) == ("Purchase", "purchase", 2)
    assert drilled(s, link).total == 2
    kinds = table(built, "followups_by_kind")
    links = row_links(kinds, period, None)
    assert [link["kind"] for link in links] == ["thank", "feedback", "report_back"]
    assert [drilled(s, link).total for link in links] == [1, 2, 0]  # as the table counts
    ratings = row_links(table(built, "csat_distribution"), period, None)
    assert (ratings[1]["min"], ratings[1]["max"]) == (2, 2)
    assert drilled(s, ratings[1]).total == 1


def test_the_lists_of_low_ratings_and_unhandled_complaints(report):
    s, _built, period, _names = report
    with local_timezone("UTC"):
        low = record_list(s, "feedback", period, NOW)
        complaints = record_list(s, "loop", period, NOW)
    assert low.table.key == "low_ratings" and low.total == 1
    assert low.table.rows[0][1:4] == ["Anna", "csat", 2]
    assert complaints.table.key == "unhandled_complaints" and complaints.total == 1
    assert len(complaints.customer_ids) == 1
    assert record_list(s, "money", period, NOW) is None

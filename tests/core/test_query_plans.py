"""Every query shape of the log and the customer search is served by an index.

SQLite plans without statistics (cxlogger never runs ANALYZE), so the plan chosen here
on a small database is the plan chosen on a million rows. A shape passes when no big
table is read whole ("SCAN interactions" without an index) and no sort is left to a
temporary B-tree, except the "few hits" shape, which sorts at most RARE_HITS keys by
design (its keys are wrapped in coalesce(x, x) so that no index is walked instead), and
one customer's interactions sorted by another column than the time.
"""

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import event

from cxlogger.core.records import customers as customers_svc
from cxlogger.core.records import interaction_log as log
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interaction_log import LogFilter
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.storage.paths import AppPaths
from tests.conftest import NOW
from tests.helpers import open_fresh_database, per_action

FULL_SCAN = re.compile(r"^SCAN (interactions|customers|staff_1|staff)\b(?! USING)")
FEW_SHAPE = re.compile(r"coalesce\((\w+)\.(\w+), \1\.\2\)")

ONE_CUSTOMER = "interactions.customer_id = ?"


@pytest.fixture(scope="module")
def plan_db(tmp_path_factory):
    database = open_fresh_database(AppPaths(tmp_path_factory.mktemp("plans") / "data"))
    with database.session() as session:
        session = per_action(session)
        me = staff_svc.add_staff(session, "Alex Owner", NOW)
        ids = [
            add_customer(session, CustomerData(name, tags=["vip"]), me.id, NOW).id
            for name in ("Anna Müller", "anna Berg", "Ben Smith", "Özil Demir")
        ]
        for n in range(40):
            log_interaction(
                session,
                InteractionData(
                    ids[n % 4],
                    NOW - timedelta(hours=n),
                    ("phone", "email", "letter")[n % 3],
                    ("inquiry", "purchase", "complaint")[n % 3],
                    ("Espresso machine leaking", "Asked about the quokka poster")[n % 2],
                    amount="12.50" if n % 5 == 0 else "",
                    amount_kind="sale" if n % 5 == 0 else None,
                ),
                me.id,
                NOW,
            )
    yield database, me.id
    database.dispose()


@pytest.fixture
def plans(plan_db):
    """Runs a function and returns the query plan of every SELECT it sent."""
    database, _staff = plan_db

    def run(fn):
        sent: list[tuple[str, object]] = []

        def remember(conn, cursor, statement, parameters, context, executemany):
            if statement.lstrip().upper().startswith("SELECT"):
                sent.append((statement, parameters))

        event.listen(database.engine, "before_cursor_execute", remember)
        try:
            with database.session() as session:
                result = fn(session)
                found = []
                for statement, parameters in sent:
                    rows = session.connection().exec_driver_sql(
                        "EXPLAIN QUERY PLAN " + statement, parameters
                    )
                    found.append((statement, [row[3] for row in rows]))
        finally:
            event.remove(database.engine, "before_cursor_execute", remember)
        return result, found

    return run


def assert_served(found) -> None:
    assert found, "no query was sent"
    for statement, plan in found:
        for line in plan:
            assert not FULL_SCAN.match(line), (line, statement, plan)
            assert "BLOOM FILTER ON customers" not in line, (statement, plan)
            if "TEMP B-TREE FOR ORDER BY" in line:
                # allowed only for the few hits, or one customer's interactions
                bounded = FEW_SHAPE.search(statement) or ONE_CUSTOMER in statement
                assert bounded, (line, statement, plan)


FILTERS = {
    "none": {},
    "channel": {"channel": "letter"},
    "kind": {"kind": "complaint"},
    "channel+kind": {"channel": "letter", "kind": "complaint"},
    "staff": {"staff_id": "STAFF"},
    "staff+channel": {"staff_id": "STAFF", "channel": "email"},
    "dates": {"date_from": date(2026, 3, 1), "date_to": date(2026, 3, 10)},
    "dates+channel": {"date_from": date(2026, 3, 1), "channel": "phone"},
    "customer": {"customer_id": 1},
    "text": {"text": "quokka"},
    "two words": {"text": "espresso leaking"},
    "text+channel": {"text": "espresso", "channel": "email"},
    "short text": {"text": "an"},
    "one letter": {"text": "ö"},
    "name": {"text": "müller"},
    "no match": {"text": "zzqxw"},
}


@pytest.mark.parametrize("many", [False, True], ids=["few hits", "many hits"])
@pytest.mark.parametrize("sort", log.SORT_COLUMNS)
@pytest.mark.parametrize("filter_name", FILTERS)
def test_every_log_page_walks_an_index(plan_db, plans, monkeypatch, filter_name, sort, many):
    _database, staff_id = plan_db
    if many:  # every search counts as common: the ordered walk with a check per row
        monkeypatch.setattr(log, "RARE_HITS", 2)
    kwargs = {k: staff_id if v == "STAFF" else v for k, v in FILTERS[filter_name].items()}
    flt = LogFilter(**kwargs)
    for descending in (True, False):

        def page(s, after=None, descending=descending):
            return log.fetch_page(s, flt, sort, descending, after, limit=3)

        first, found = plans(page)
        assert_served(found)
        if first:
            _rows, found = plans(lambda s, last=first[-1]: page(s, last))
            assert_served(found)


@pytest.mark.parametrize("many", [False, True], ids=["few hits", "many hits"])
@pytest.mark.parametrize(
    "term", ["", "a", "an", "ann", "müller", "ÖZIL", "vip", "zzqxw", "anna m", "100%"]
)
def test_every_customer_search_uses_an_index(plans, monkeypatch, term, many):
    if many:
        monkeypatch.setattr(customers_svc, "RARE_HITS", 1)
    first, found = plans(lambda s: customers_svc.search_customers(s, term, limit=2))
    assert_served(found)
    if first:
        after = customers_svc.sort_key(first[-1])
        _rows, found = plans(
            lambda s: customers_svc.search_customers(s, term, limit=2, after=after)
        )
        assert_served(found)


def test_the_plan_check_catches_a_full_scan_and_a_sort(plans):
    from sqlalchemy import text

    _rows, found = plans(
        lambda s: s.execute(text("SELECT id FROM interactions ORDER BY summary LIMIT 5")).all()
    )
    with pytest.raises(AssertionError):
        assert_served(found)


def test_a_timeline_page_reads_only_that_customers_rows(plans):
    first, found = plans(lambda s: customers_svc.timeline_page(s, 1, limit=3))
    assert_served(found)
    assert len(first) == 3
    _rows, found = plans(lambda s: customers_svc.timeline_page(s, 1, first[-1][0], limit=3))
    assert_served(found)


def test_timeline_pages_join_up_to_the_whole_timeline(plan_db):
    database, _staff = plan_db
    with database.session() as session:
        whole = customers_svc.timeline(session, 1)
        paged, after = [], None
        while page := customers_svc.timeline_page(session, 1, after, limit=4):
            paged += page
            after = page[-1][0]
        assert len(paged) == len(whole) == 10
        keys = [key for key, _entry in paged]
        assert keys == sorted(keys, key=lambda k: (k.when, k.rank, k.id), reverse=True)
        assert {(e.type, e.item.id) for _k, e in paged} == {(e.type, e.item.id) for e in whole}

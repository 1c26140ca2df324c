"""The interactions log: filters, free-text search, keyset paging, count()."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from cxlogger.core.models import Interaction
from cxlogger.core.records import interaction_log as log
from cxlogger.core.records import staff as staff_svc
from cxlogger.core.records.customers import CustomerData, add_customer
from cxlogger.core.records.interaction_log import LogFilter
from cxlogger.core.records.interactions import InteractionData, log_interaction
from cxlogger.core.storage.paths import AppPaths
from tests.conftest import NOW
from tests.helpers import local_timezone, open_fresh_database, per_action

BERLIN = ZoneInfo("Europe/Berlin")  # UTC+1 in March 2026 (summer time starts on the 29th)
NO_FILTER = LogFilter()


@pytest.fixture(autouse=True)
def berlin_local_time():
    """Local days are Berlin days, so a local-day boundary is not a UTC one."""
    with local_timezone("Europe/Berlin"):
        yield


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory):
    """One database for the read-only tests of this module, filled once by ``world``."""
    database = open_fresh_database(AppPaths(tmp_path_factory.mktemp("log") / "data"))
    yield database
    database.dispose()


@pytest.fixture
def db(shared_db):
    return shared_db


@dataclass
class Logged:
    id: int
    when: datetime
    customer: str
    channel: str
    kind: str
    staff: str
    amount: int | None


@dataclass
class World:
    rows: list[Logged]
    staff: dict[str, int]
    customers: dict[str, int]

    def ids(self, keep) -> set[int]:
        return {r.id for r in self.rows if keep(r)}


def berlin(*args) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


@pytest.fixture(scope="module")
def world(shared_db) -> World:
    with shared_db.session() as session:
        return _fill(per_action(session))


def _fill(session) -> World:
    me = staff_svc.add_staff(session, "Alex Owner", NOW)
    sam = staff_svc.add_staff(session, "sam Front Desk", NOW)
    staff = {"Alex Owner": me.id, "sam Front Desk": sam.id, "": None}
    customers = {
        name: add_customer(session, CustomerData(name), me.id, NOW - timedelta(days=90)).id
        for name in ("Anna Müller", "anna Berg", "Ben Smith", "Özil Demir")
    }
    rows: list[Logged] = []

    def add(
        when,
        customer,
        summary,
        channel="phone",
        kind="inquiry",
        staff_name="Alex Owner",
        amount=None,
        details="",
    ):
        interaction = log_interaction(
            session,
            InteractionData(
                customers[customer],
                when,
                channel,
                kind,
                summary,
                details=details,
                amount=amount or "",
                amount_kind="sale" if amount else None,
            ),
            staff[staff_name],
            NOW,
        )
        minor = interaction.amount_minor
        rows.append(Logged(interaction.id, when, customer, channel, kind, staff_name, minor))

    # the local-day boundaries of 9-10 March (Berlin)
    add(berlin(2026, 3, 8, 23, 59, 59), "Anna Müller", "Just before the ninth")
    add(berlin(2026, 3, 9, 0, 0), "Ben Smith", "First minute of the ninth", channel="email")
    add(
        berlin(2026, 3, 10, 23, 59),
        "Anna Müller",
        "Last minute of the tenth",
        kind="purchase",
        amount="20.00",
    )
    add(
        berlin(2026, 3, 11, 0, 0),
        "Ben Smith",
        "First minute of the eleventh",
        kind="purchase",
        amount="20.00",
        staff_name="sam Front Desk",
    )
    # texts for the search
    add(
        berlin(2026, 3, 10, 9, 15),
        "Ben Smith",
        "Delivery arrived two days late",
        kind="complaint",
        details="Customer called twice, the parcel is lost",
        staff_name="sam Front Desk",
    )
    add(
        berlin(2026, 3, 10, 9, 15),
        "anna Berg",
        "Order arrived incomplete (missing lid)",
        kind="complaint",
        channel="email",
    )  # same instant as the one before
    add(
        berlin(2026, 3, 7, 11, 0),
        "Özil Demir",
        'Said "hi" and left 100% happy',
        kind="other",
        channel="in_person",
        staff_name="",
    )
    add(berlin(2026, 3, 6, 16, 45), "Anna Müller", "Ab jetzt per E-Mail", channel="email")
    # many ties on customer, staff and amount for the paging tests
    for n in range(12):
        add(
            berlin(2026, 3, 5, 10, 0) - timedelta(hours=n % 4, microseconds=n * 7),
            ("Anna Müller", "anna Berg", "Ben Smith")[n % 3],
            f"Routine call {n}",
            channel=("phone", "chat")[n % 2],
            kind=("support", "purchase")[n % 2],
            staff_name=("Alex Owner", "sam Front Desk", "")[n % 3],
            amount=(None, "9.99", "9.99", "120")[n % 4],
        )
    return World(rows, staff, customers)


def shown(session, flt=NO_FILTER, **kwargs) -> list[int]:
    return [row.id for row in log.fetch_page(session, flt, limit=10_000, **kwargs)]


def test_no_filter_shows_everything_newest_first(session, world):
    ids = shown(session)
    assert sorted(ids) == sorted(r.id for r in world.rows)
    whens = {r.id: r.when for r in world.rows}
    assert [whens[i] for i in ids] == sorted(whens.values(), reverse=True)
    assert log.count(session) == len(world.rows)


def test_date_range_covers_whole_local_days(session, world):
    flt = LogFilter(date_from=date(2026, 3, 9), date_to=date(2026, 3, 10))
    ids = set(shown(session, flt))
    summaries = {r.id: r for r in world.rows}
    assert {summaries[i].when for i in ids} == {
        berlin(2026, 3, 9, 0, 0),  # 00:00 local on the first day is in
        berlin(2026, 3, 10, 9, 15),
        berlin(2026, 3, 10, 23, 59),  # 23:59 local on the last day is in
    }
    assert len(ids) == 4  # two at 09:15
    # and the neighbours just outside are out: 23:59:59 the day before, 00:00 the day after
    outside = world.ids(
        lambda r: r.when in (berlin(2026, 3, 8, 23, 59, 59), berlin(2026, 3, 11, 0, 0))
    )
    assert len(outside) == 2 and not ids & outside
    assert log.count(session, flt) == 4


def test_a_single_day_and_open_ended_ranges(session, world):
    assert set(
        shown(session, LogFilter(date_from=date(2026, 3, 11), date_to=date(2026, 3, 11)))
    ) == world.ids(lambda r: r.when == berlin(2026, 3, 11, 0, 0))
    assert set(shown(session, LogFilter(date_from=date(2026, 3, 10)))) == world.ids(
        lambda r: r.when >= berlin(2026, 3, 10, 0, 0)
    )
    assert set(shown(session, LogFilter(date_to=date(2026, 3, 6)))) == world.ids(
        lambda r: r.when < berlin(2026, 3, 7, 0, 0)
    )


@pytest.mark.parametrize(
    "flt_kwargs, keep",
    [
        ({"channel": "email"}, lambda r: r.channel == "email"),
        ({"channel": "letter"}, lambda r: False),
        ({"kind": "complaint"}, lambda r: r.kind == "complaint"),
        (
            {"kind": "purchase", "channel": "chat"},
            lambda r: r.kind == "purchase" and r.channel == "chat",
        ),
    ],
)
def test_channel_and_kind_filters(session, world, flt_kwargs, keep):
    flt = LogFilter(**flt_kwargs)
    expected = world.ids(keep)
    assert set(shown(session, flt)) == expected
    assert log.count(session, flt) == len(expected)


def test_staff_and_customer_filters(session, world):
    sam = world.staff["sam Front Desk"]
    expected = world.ids(lambda r: r.staff == "sam Front Desk")
    assert expected and set(shown(session, LogFilter(staff_id=sam))) == expected
    ben = world.customers["Ben Smith"]
    expected = world.ids(lambda r: r.customer == "Ben Smith")
    assert set(shown(session, LogFilter(customer_id=ben))) == expected
    assert log.count(session, LogFilter(staff_id=sam, customer_id=ben)) == len(
        world.ids(lambda r: r.customer == "Ben Smith" and r.staff == "sam Front Desk")
    )


@pytest.fixture
def statements(db):
    seen: list[str] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", remember)
    yield seen
    event.remove(db.engine, "before_cursor_execute", remember)


def summaries(session, text) -> set[str]:
    return {row.summary for row in log.fetch_page(session, LogFilter(text=text), limit=10_000)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("parcel", {"Delivery arrived two days late"}),  # in the details
        ("PARCEL", {"Delivery arrived two days late"}),
        ("arrived", {"Delivery arrived two days late", "Order arrived incomplete (missing lid)"}),
        ("late arrived", {"Delivery arrived two days late"}),  # every word, any order
        ("(missing lid)", {"Order arrived incomplete (missing lid)"}),
        ('"hi"', {'Said "hi" and left 100% happy'}),  # quotes are text, not FTS syntax
        ("100%", {'Said "hi" and left 100% happy'}),
        ("nothing like this", set()),
    ],
)
def test_free_text_of_three_or_more_characters_uses_the_trigram_index(
    session, world, statements, text, expected
):
    assert summaries(session, text) == expected
    assert any("interactions_fts" in s for s in statements)
    assert log.count(session, LogFilter(text=text)) == len(expected)


@pytest.mark.parametrize(
    "text, customers",
    [
        ("an", {"Anna Müller", "anna Berg"}),  # names starting with it, any case
        ("AN", {"Anna Müller", "anna Berg"}),
        ("ö", {"Özil Demir"}),
        ("Ö", {"Özil Demir"}),
        ("mü", set()),  # not at the beginning of the name
        ("ab", set()),  # texts are not searched for one or two characters
        ("%", set()),  # LIKE wildcards are literal
        ("_", set()),
    ],
)
def test_one_or_two_characters_search_the_beginning_of_customer_names(
    session, world, statements, text, customers
):
    assert set(shown(session, LogFilter(text=text))) == world.ids(lambda r: r.customer in customers)
    assert not any("interactions_fts" in s for s in statements)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("to go", set()),  # words under three characters must be in the text too
        ("per e-", {"Ab jetzt per E-Mail"}),
        ("arrived lid", {"Order arrived incomplete (missing lid)"}),
        ("arrived (m", {"Order arrived incomplete (missing lid)"}),
    ],
)
def test_short_words_beside_long_ones_must_be_in_the_text(session, world, text, expected):
    assert summaries(session, text) == expected


@pytest.mark.parametrize("text", ["müller", "Anna M", "ÖZIL", "özil demir"])
def test_free_text_finds_a_customers_interactions_by_name(session, world, text):
    name = "Özil Demir" if "zil" in text.lower() else "Anna Müller"
    assert set(shown(session, LogFilter(text=text))) == world.ids(lambda r: r.customer == name)


def test_edited_texts_are_found_by_their_new_words_only(paths):
    db = open_fresh_database(paths)
    try:
        with db.session() as session:
            world = _fill(per_action(session))
            target = world.rows[4].id  # "Delivery arrived two days late"
            with db.session() as s, s.begin():
                s.get(Interaction, target).details = "Courier lost the box"
            assert set(shown(session, LogFilter(text="courier"))) == {target}
            assert shown(session, LogFilter(text="parcel")) == []
            assert set(shown(session, LogFilter(text="two days"))) == {target}
    finally:
        db.dispose()


def test_text_combines_with_the_other_filters(session, world):
    flt = LogFilter(text="arrived", channel="email")
    assert [world.rows[5].id] == shown(session, flt)
    assert log.count(session, flt) == 1


def _pages(session, sort, descending, size, flt=NO_FILTER):
    out, after = [], None
    while True:
        page = log.fetch_page(session, flt, sort, descending, after, size)
        assert len(page) <= size
        out += page
        if len(page) < size:
            return out
        after = page[-1]


@pytest.mark.parametrize("sort", log.SORT_COLUMNS)
@pytest.mark.parametrize("descending", [True, False])
def test_pages_join_up_to_exactly_the_full_sorted_result(session, world, sort, descending):
    full = log.fetch_page(session, LogFilter(), sort, descending, None, 10_000)
    assert len(full) == len(world.rows)
    values = [row.sort_value for row in full]
    assert values == sorted(values, reverse=descending)
    assert len(set(values)) < len(values)  # the data has ties
    # ties come newest first (oldest first ascending), then by id
    keys = [(r.sort_value, r.occurred_at, r.id) for r in full]
    assert keys == sorted(keys, reverse=descending)
    for size in (1, 2, 3, 7):
        paged = _pages(session, sort, descending, size)
        assert [r.id for r in paged] == [r.id for r in full], (sort, descending, size)


def test_sorting_by_customer_ignores_case(session, world):
    by_customer = log.fetch_page(session, LogFilter(), "customer", False, None, 10_000)
    names = [r.customer for r in by_customer]
    first_of = {n: names.index(n) for n in set(names)}
    assert sorted(first_of, key=first_of.get) == [
        "anna Berg",
        "Anna Müller",
        "Ben Smith",
        "Özil Demir",
    ]


def test_amount_sort_puts_interactions_without_an_amount_last_when_descending(session, world):
    rows = log.fetch_page(session, LogFilter(), "amount", True, None, 10_000)
    amounts = [r.amount_minor for r in rows]
    with_amount = [a for a in amounts if a is not None]
    assert amounts == with_amount + [None] * (len(amounts) - len(with_amount))
    assert with_amount[0] == 12000


def test_paging_a_filtered_result(session, world):
    flt = LogFilter(text="routine", staff_id=world.staff["Alex Owner"])
    full = log.fetch_page(session, flt, "customer", False, None, 10_000)
    assert len(full) == log.count(session, flt) == 4
    assert [r.id for r in _pages(session, "customer", False, 1, flt)] == [r.id for r in full]

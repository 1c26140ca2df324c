"""A pasted 60 KB search term finds nothing instead of failing; vCard 4.0 tel: phones import."""

import pytest
from sqlalchemy import select

from cxlogger.core.exchange.csv_import import apply_import, build_plan, read_file, tel_uri_phone
from cxlogger.core.models import Customer
from cxlogger.core.records import interaction_log
from cxlogger.core.records.customers import (
    SEARCH_MAX_CHARS,
    CustomerData,
    search_customers,
    search_term,
)
from cxlogger.core.records.interaction_log import LogFilter
from cxlogger.core.records.interactions import InteractionData, log_interaction
from tests.conftest import NOW

# ------------------------------------------------------------------ search terms over 50 KB


@pytest.fixture
def anna(session, me):
    data = InteractionData(
        None,
        NOW,
        "phone",
        "inquiry",
        "Asked about 1111 bells",
        new_customer=CustomerData("Anna 1111", phone="0171 1111111"),
    )
    return log_interaction(session, data, me.id, NOW)


@pytest.mark.parametrize(
    "term", ["1" * 60_000, "abc def " * 8_000, "%_" * 30_000, "é" * 60_000], ids=len
)
def test_a_huge_search_term_searches_its_first_characters(session, anna, term):
    # each raised "LIKE or GLOB pattern too complex" (SQLite's 50 KB limit) before
    session.rollback()
    found = [c.name for c in search_customers(session, term)]
    rows = interaction_log.fetch_page(session, LogFilter(text=term))
    count = interaction_log.count(session, LogFilter(text=term))
    assert len(rows) == count
    expected = term[:SEARCH_MAX_CHARS].strip()
    assert found == [c.name for c in search_customers(session, expected)]
    assert count == interaction_log.count(session, LogFilter(text=expected))


def test_the_cap_keeps_ordinary_searches_as_they_were(session, anna):
    session.rollback()
    assert [c.name for c in search_customers(session, "  1111  ")] == ["Anna 1111"]
    assert interaction_log.count(session, LogFilter(text="bells")) == 1
    long_name = "x" * SEARCH_MAX_CHARS
    assert search_term(f"  {long_name}yyyy") == long_name


# ------------------------------------------------------------------ vCard 4.0 tel: URIs

VCARD4 = """BEGIN:VCARD
VERSION:4.0
FN:Anna Uri
TEL;VALUE=uri;TYPE=cell:tel:+49-171-555-1234
EMAIL:anna.uri@example.com
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Ben Office
TEL;VALUE=uri;TYPE=work:tel:+1-555-555-0100;ext=42
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Cleo Local
TEL;VALUE=uri:tel:863-1234;phone-context=+1-914-555
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Dora Encoded
TEL;VALUE=uri:tel:+44%2020%207946%200958
END:VCARD
"""


def test_vcard_4_tel_uris_are_phone_numbers(session, tmp_path):
    path = tmp_path / "contacts.vcf"
    path.write_text(VCARD4, encoding="utf-8")
    plan = build_plan(session, read_file(path))
    assert plan.invalid == []  # each was "A phone number may hold digits, …" before
    apply_import(session, plan, None, NOW)
    rows = session.execute(
        select(Customer.name, Customer.phone, Customer.phone_norm, Customer.notes).order_by(
            Customer.name
        )
    ).all()
    assert rows == [
        ("Anna Uri", "+49-171-555-1234", "491715551234", ""),
        ("Ben Office", "+1-555-555-0100", "15555550100", "Phone extension: 42"),
        ("Cleo Local", "+1-914-555 863-1234", "19145558631234", ""),
        ("Dora Encoded", "+44 20 7946 0958", "442079460958", ""),
    ]


def test_tel_uris_in_a_csv_too_and_other_values_untouched():
    assert tel_uri_phone("TEL:+49 30 1234") == ("+49 30 1234", "")
    assert tel_uri_phone("+49 30 1234") == ("+49 30 1234", "")
    assert tel_uri_phone("telephone") == ("telephone", "")

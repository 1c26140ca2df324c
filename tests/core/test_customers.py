"""Customers: add, edit, archive, search as you type, keyset paging, validation."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from cxlogger.core.errors import ValidationError
from cxlogger.core.models import Customer
from cxlogger.core.records import customers as svc
from cxlogger.core.records.customers import CustomerData
from tests.conftest import NOW


def names(customers):
    return [c.name for c in customers]


def add(session, me, name, **fields):
    return svc.add_customer(session, CustomerData(name, **fields), me.id, NOW)


def stored_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Customer))


def test_add_stores_cleaned_fields_and_who_added_them(db, session, me):
    added = add(
        session,
        me,
        "  Anna   Müller ",
        company=" Bäckerei Sonne ",
        email=" Anna@Example.COM ",
        phone="+49 (30) 123-45",
        tags=["vip", " regular ", "", "VIP2"],
        preferred_channel="email",
    )
    with db.session() as s:
        stored = s.get(Customer, added.id)
        assert stored.name == "Anna Müller"
        assert stored.company == "Bäckerei Sonne"
        assert stored.email == "Anna@Example.COM"
        assert stored.email_norm == "anna@example.com"
        assert stored.phone_norm == "493012345"
        assert stored.tags == "regular, vip, VIP2"
        assert stored.preferred_channel == "email"
        assert stored.created_by_id == me.id and stored.owner_id == me.id
        assert stored.created_at == NOW and stored.archived is False


def test_edit_changes_the_stored_customer_and_its_search_terms(db, session, me):
    anna = add(session, me, "Anna Müller", email="anna@example.com")
    later = NOW + timedelta(hours=1)
    svc.update_customer(
        session, anna.id, CustomerData("Anna Schmidt", email="a.schmidt@example.org"), later
    )
    with db.session() as s:
        stored = s.get(Customer, anna.id)
        assert (stored.name, stored.email, stored.updated_at) == (
            "Anna Schmidt",
            "a.schmidt@example.org",
            later,
        )
        assert names(svc.search_customers(s, "schmidt@example")) == ["Anna Schmidt"]
        assert svc.search_customers(s, "anna@example.com") == []


def test_archived_customers_are_hidden_unless_asked_for(session, me):
    anna = add(session, me, "Anna Müller")
    add(session, me, "Anton Berg")
    svc.set_archived(session, anna.id, True)
    assert names(svc.search_customers(session, "an")) == ["Anton Berg"]
    assert names(svc.search_customers(session, "")) == ["Anton Berg"]
    assert names(svc.search_customers(session, "an", include_archived=True)) == [
        "Anna Müller",
        "Anton Berg",
    ]
    svc.set_archived(session, anna.id, False)
    assert names(svc.search_customers(session, "an")) == ["Anna Müller", "Anton Berg"]


@pytest.fixture
def directory(session, me):
    add(
        session,
        me,
        "Anna Müller",
        company="Bäckerei Sonne",
        email="anna@example.com",
        phone="+49 (30) 123",
    )
    add(
        session,
        me,
        "Ben Smith",
        company="Atlas Builders",
        email="ben@atlas.example",
        phone="0171 555 0000",
        tags=["vip", "Öko-Kunde"],
    )
    add(session, me, "Clara Rossi", email="CLARA.ROSSI@Mail.example")
    add(session, me, "Percent 100%")
    add(session, me, "Özil Demir", company="Ärztehaus am Markt")
    return session


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("ann", ["Anna Müller"]),  # part of a name
        ("MÜLLER", ["Anna Müller"]),  # upper-case ASCII part matches, umlaut typed as stored
        ("Müller", ["Anna Müller"]),
        ("özil", ["Özil Demir"]),  # a capital umlaut typed in lower case
        ("Özil", ["Özil Demir"]),  # ... or exactly as stored
        ("ÖZIL", ["Özil Demir"]),
        ("ärztehaus", ["Özil Demir"]),
        ("atlas", ["Ben Smith"]),  # company
        ("sonne", ["Anna Müller"]),
        ("clara.rossi@mail", ["Clara Rossi"]),  # email, stored in mixed case
        ("30 123", ["Anna Müller"]),  # digits of "+49 (30) 123"
        ("(30)123", ["Anna Müller"]),
        ("555-0000", ["Ben Smith"]),
        ("  smith  ", ["Ben Smith"]),  # surrounding spaces ignored
        ("100%", ["Percent 100%"]),  # LIKE wildcards are literal
        ("%", []),  # one or two characters: the beginning of names only
        ("_", []),
        ("pe", ["Percent 100%"]),
        ("ö", ["Özil Demir"]),
        ("mü", []),  # not at the beginning
        ("nobody", []),
        ("vip", ["Ben Smith"]),  # a tag
        ("öko-kunde", ["Ben Smith"]),  # a tag, folded like names
        ("ÖKO", ["Ben Smith"]),
    ],
)
def test_search_as_you_type(directory, typed, expected):
    assert names(svc.search_customers(directory, typed)) == expected


def test_two_digits_do_not_match_phone_numbers_everywhere(directory):
    # "30" would be inside many numbers; phone matching starts at three digits
    assert svc.search_customers(directory, "30") == []


def test_empty_search_lists_everyone_by_name_case_insensitively(session, me):
    for name in ("bob", "Alice", "Carl", "alfred"):
        add(session, me, name)
    assert names(svc.search_customers(session, "")) == ["alfred", "Alice", "bob", "Carl"]


def test_keyset_paging_returns_every_customer_exactly_once(session, me):
    base = [
        "Anna",
        "anna",
        "ANNA",
        "Ärger",
        "ärger",
        "Zoë",
        "zoe",
        "Ölmann",
        "oliver",
        "Oliver",
        "Jürgen",
        "jurgen",
        "Łukasz",
        "Ana María",
        "ana maria",
        "Ben",
        "ben",
    ]
    added = [add(session, me, name) for name in base + base[:5]]  # duplicates tie on name
    full = svc.search_customers(session, "", limit=None)
    assert sorted(c.id for c in full) == sorted(c.id for c in added)
    for page_size in (1, 2, 3, 5):
        paged = []
        after = None
        while True:
            page = svc.search_customers(session, "", limit=page_size, after=after)
            if not page:
                break
            assert len(page) <= page_size
            paged += page
            after = svc.sort_key(page[-1])
        assert [c.id for c in paged] == [c.id for c in full], page_size


def test_keyset_paging_with_a_search_term(session, me):
    for n in range(7):
        add(session, me, f"Müller {n % 3}", company="x")
        add(session, me, f"Other {n}")
    full = svc.search_customers(session, "müller", limit=None)
    assert len(full) == 7
    paged, after = [], None
    while page := svc.search_customers(session, "müller", limit=2, after=after):
        paged += page
        after = svc.sort_key(page[-1])
    assert [c.id for c in paged] == [c.id for c in full]


@pytest.mark.parametrize(
    "data, field",
    [
        (CustomerData("   "), "name"),
        (CustomerData("x" * 201), "name"),
        (CustomerData("Anna", email="anna@"), "email"),
        (CustomerData("Anna", email="anna example.com"), "email"),
        (CustomerData("Anna", phone="call me"), "phone"),
        (CustomerData("Anna", phone="()"), "phone"),
        (CustomerData("Anna", preferred_channel="pigeon"), "preferred_channel"),
    ],
)
def test_invalid_input_names_the_field_and_saves_nothing(db, session, me, data, field):
    with pytest.raises(ValidationError) as caught:
        svc.add_customer(session, data, me.id, NOW)
    assert list(caught.value.errors) == [field]
    assert caught.value.errors[field]  # a sentence for the user
    assert stored_count(db) == 0


def test_every_invalid_field_is_reported_at_once(db, session, me):
    with pytest.raises(ValidationError) as caught:
        svc.add_customer(session, CustomerData("", email="x", phone="abc"), me.id, NOW)
    assert set(caught.value.errors) == {"name", "email", "phone"}


def test_invalid_edit_leaves_the_customer_as_it_was(db, session, me):
    anna = add(session, me, "Anna Müller", email="anna@example.com")
    with pytest.raises(ValidationError) as caught:
        svc.update_customer(session, anna.id, CustomerData("Anna", email="not-an-email"))
    assert "email" in caught.value.errors
    with db.session() as s:
        stored = s.get(Customer, anna.id)
        assert (stored.name, stored.email) == ("Anna Müller", "anna@example.com")


def test_get_or_create_staff_adds_a_new_name_and_finds_an_existing_one(db, now):
    from cxlogger.core.records import staff as staff_mod

    with db.session() as session:
        created = staff_mod.get_or_create(session, "  Robin   Workshop ", now)
    with db.session() as session:
        again = staff_mod.get_or_create(session, "robin workshop", now)
        names = [m.name for m in staff_mod.list_staff(session)]
    assert again.id == created.id
    assert names == ["Robin Workshop"]

"""The first start of a new business: you and the business's settings in one action."""

from datetime import time

import pytest

from cxlogger.core.errors import ValidationError
from cxlogger.core.records import onboarding, settings
from cxlogger.core.records import staff as staff_svc
from tests.conftest import NOW


def test_you_and_the_business_are_saved_together(session):
    business = onboarding.Business(
        name="  Corner Bakery ",
        working_days=[5, 1, 2, 3, 4, 1],
        opens=time(7, 30),
        closes=time(18, 0),
        currency="nok",
    )
    staff_id = onboarding.start(session, "Bea", business, NOW)
    assert [(m.id, m.name) for m in staff_svc.list_staff(session)] == [(staff_id, "Bea")]
    values = settings.get_all(session)
    assert values["business_name"] == "Corner Bakery"
    assert values["working_days"] == [1, 2, 3, 4, 5]
    assert (values["morning_time"], values["closing_time"]) == ("07:30", "18:00")
    assert values["default_currency"] == "NOK"


@pytest.mark.parametrize(
    "change, key",
    [
        ({"opens": time(18, 0), "closes": time(9, 0)}, "hours"),
        ({"working_days": []}, "days"),
        ({"currency": "EURO"}, "currency"),
        ({"name": "x" * 121}, "business"),
    ],
)
def test_bad_business_details_are_explained_and_nothing_is_saved(session, change, key):
    business = onboarding.Business(**change)
    with pytest.raises(ValidationError) as raised:
        onboarding.start(session, "Bea", business, NOW)
    assert key in raised.value.errors
    assert staff_svc.list_staff(session) == []
    assert settings.get(session, "business_name") == ""


def test_a_second_desk_only_names_who_is_there(session, me):
    assert onboarding.start(session, me.name, None, NOW) == me.id
    staff_id = onboarding.start(session, "Sam", None, NOW)
    assert sorted(m.name for m in staff_svc.list_staff(session)) == sorted([me.name, "Sam"])
    assert staff_id != me.id


def test_an_empty_name_is_refused(session):
    with pytest.raises(ValidationError) as raised:
        onboarding.start(session, "  ", onboarding.Business(), NOW)
    assert raised.value.errors == {"name": "Enter a name."}
    assert settings.get(session, "business_name") == ""

"""Which region owns content in a municipality: `Region.objects.owning`."""

import pytest

from regions.models import Municipality, Region

pytestmark = pytest.mark.django_db


def test_the_regional_service_covering_the_municipality_owns_it(national, lapland, north_karelia):
    assert Region.objects.owning(Municipality.objects.get(code="698")) == lapland
    assert Region.objects.owning(Municipality.objects.get(code="167")) == north_karelia


def test_the_national_service_owns_what_no_regional_service_covers(national, lapland):
    assert Region.objects.owning(Municipality.objects.get(code="091")) == national


def test_nothing_owns_content_without_a_municipality(national):
    assert Region.objects.owning(None) is None

import pytest
from django.core import signing

from accounts.factories import UserFactory
from core.spam import SALT
from regions.models import Municipality


@pytest.fixture(autouse=True)
def quick_forms(settings):
    """People in tests type instantly; the fill-time test sets its own minimum."""
    settings.WORKFLOWS_MIN_FILL_SECONDS = 0


@pytest.fixture
def rovaniemi(db):
    return Municipality.objects.get(code="698")


@pytest.fixture
def joensuu(db):
    return Municipality.objects.get(code="167")


@pytest.fixture
def lapland_coordinator(lapland):
    return UserFactory(email="lapland-coordinator@example.org", groups=[lapland.coordinator_group])


@pytest.fixture
def karelia_coordinator(north_karelia):
    return UserFactory(email="karelia-coordinator@example.org", groups=[north_karelia.coordinator_group])


@pytest.fixture
def national_coordinator(national):
    return UserFactory(email="national-coordinator@example.org", groups=[national.coordinator_group])


def old_token(seconds_ago=60):
    import time

    return signing.dumps({"t": time.time() - seconds_ago}, salt=SALT)

import pytest
from django.test import Client, TestCase

from organisations.factories import OrganisationFactory
from regions.models import Municipality

ROVANIEMI = "698"


@pytest.fixture(autouse=True)
def quick_forms(settings):
    """People in tests type instantly (the public forms' minimum fill time is tested in tests/workflows)."""
    settings.WORKFLOWS_MIN_FILL_SECONDS = 0


@pytest.fixture
def organisation(lapland):
    return OrganisationFactory(
        name="Rovaniemen kyläyhdistys", home_municipality=Municipality.objects.get(code=ROVANIEMI), is_verified=True
    )


class CommittingClient(Client):
    """A test client whose requests run their on-commit work (mail) when they end, as a real request's
    transaction would: the test's own transaction never commits."""

    def request(self, **request):
        with TestCase.captureOnCommitCallbacks(execute=True):
            return super().request(**request)


@pytest.fixture
def client():
    return CommittingClient()


@pytest.fixture
def committing():
    """Run the on-commit work of the calls inside the block when it ends."""
    return lambda: TestCase.captureOnCommitCallbacks(execute=True)

"""The events archive shows only what is public: never a draft, never a listing whose visibility ended.

Each case is checked on the queryset (`archived_on`), on the archive page and
at the listing's own address, next to a live past event that the archive does
show, so that an empty archive cannot pass for a correct one.
"""

import pytest

from listings.factories import EventFactory
from listings.models import Event

pytestmark = pytest.mark.django_db

ROVANIEMI = "698"
LAPLAND = "lappilaiset.localhost"
NATIONAL = "localhost"
ARCHIVE = "/fi/tapahtumat/arkisto/"


def archived(region):
    return set(Event.objects.archived_on(region).values_list("pk", flat=True))


def archive_titles(client, host):
    response = client.get(ARCHIVE, HTTP_HOST=host)
    assert response.status_code == 200
    return [listing.title for listing in response.context["listings"]]


def detail_status(client, event, host):
    return client.get(f"/fi/tapahtumat/{event.pk}-{event.slug}/", HTTP_HOST=host).status_code


@pytest.fixture
def shown_past_event(lapland):
    return EventFactory(past=True, municipality_codes=[ROVANIEMI], title="Mennyt kevätkonsertti")


@pytest.mark.parametrize(
    "not_public",
    [pytest.param({"draft": True}, id="draft"), pytest.param({"expired": True}, id="visibility-ended")],
)
def test_a_past_event_that_is_not_public_is_in_no_archive_and_has_no_page(
    client, lapland, national, shown_past_event, not_public
):
    hidden = EventFactory(past=True, municipality_codes=[ROVANIEMI], title="Piilotettu menneestä", **not_public)
    for region, host in ((lapland, LAPLAND), (national, NATIONAL)):
        assert archived(region) == {shown_past_event.pk}
        titles = archive_titles(client, host)
        assert "Mennyt kevätkonsertti" in titles
        assert "Piilotettu menneestä" not in titles
        assert detail_status(client, shown_past_event, host) == 200
        assert detail_status(client, hidden, host) == 404

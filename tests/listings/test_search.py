"""Site search over listings: scoped to the region and the reader's language, Finnish stemming on PostgreSQL."""

import pytest
from django.db import connection

from listings.factories import EventFactory, JobFactory, translate

pytestmark = pytest.mark.django_db

ROVANIEMI = "698"
JOENSUU = "167"
HOST = "lappilaiset.localhost"


def facet_counts(response):
    return {facet["source"].key: facet["count"] for facet in response.context["facets"]}


def test_search_counts_each_listing_type_visible_on_the_site(client, lapland):
    EventFactory(municipality_codes=[ROVANIEMI], title="Kuoron konsertti")
    EventFactory(municipality_codes=[JOENSUU], title="Joensuun konsertti")
    JobFactory(municipality_codes=[ROVANIEMI], title="Konsertin järjestäjä", summary="Tule järjestämään konsertti.")
    EventFactory(municipality_codes=[ROVANIEMI], title="Luonnoskonsertti konsertti", draft=True)
    counts = facet_counts(client.get("/fi/haku/?q=konsertti", HTTP_HOST=HOST))
    assert counts["events"] == 1
    assert counts["jobs"] == 1


def test_a_selected_type_paginates_its_results(client, lapland):
    for number in range(25):
        EventFactory(municipality_codes=[ROVANIEMI], title=f"Konsertti {number}")
    response = client.get("/fi/haku/?q=konsertti&type=events&page=2", HTTP_HOST=HOST)
    assert response.status_code == 200
    assert len(response.context["results_page"].object_list) == 5
    assert 'href="/fi/tapahtumat/' in response.content.decode()


def test_swedish_search_shows_the_swedish_translation(client, lapland):
    event = EventFactory(municipality_codes=[ROVANIEMI], title="Kuoron konsertti")
    translate(event, "sv", title="Körens konsert", summary="En konsert för alla.")
    html = client.get("/sv/sok/?q=konsert", HTTP_HOST=HOST).content.decode()
    assert "Körens konsert" in html
    assert "Kuoron konsertti" not in html


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="Finnish stemming needs PostgreSQL's finnish configuration"
)
def test_finnish_search_finds_inflected_forms(client, lapland):
    EventFactory(municipality_codes=[ROVANIEMI], title="Kuoron konsertti kirkossa")
    EventFactory(municipality_codes=[ROVANIEMI], title="Joulukonsertti kylätalolla")
    response = client.get("/fi/haku/?q=konsertteja", HTTP_HOST=HOST)
    assert facet_counts(response)["events"] >= 1
    assert "Kuoron konsertti kirkossa" in response.content.decode()
    list_response = client.get("/fi/tapahtumat/?q=konsertteja", HTTP_HOST=HOST)
    assert "Kuoron konsertti kirkossa" in [listing.title for listing in list_response.context["listings"]]

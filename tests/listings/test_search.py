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


def test_a_listing_is_indexed_once_a_save_with_its_places_and_leaves_the_index_when_deleted(lapland, monkeypatch):
    from django.contrib.contenttypes.models import ContentType
    from modelsearch import signal_handlers as modelsearch_signals
    from wagtail.search.models import IndexEntry

    from listings.models import Event
    from listings.models import base as listing_base

    enqueued = []
    task = listing_base.insert_or_update_object_task

    class Recording:
        def enqueue(self, *args):
            enqueued.append(args)
            return task.enqueue(*args)

    # Ours and Wagtail's own post_save indexing (modelsearch), which listings leave off.
    monkeypatch.setattr(listing_base, "insert_or_update_object_task", Recording())
    monkeypatch.setattr(modelsearch_signals, "insert_or_update_object_task", Recording())
    event = EventFactory(title="Revontulikävely", municipality_codes=["698"])
    assert enqueued.count(("listings", "event", str(event.pk))) == 1
    entries = IndexEntry.objects.filter(content_type=ContentType.objects.get_for_model(Event), object_id=str(event.pk))
    assert entries.exists()
    # The entry holds the place's name: the one indexing ran after the municipalities were written.
    assert list(Event.objects.filter(pk=event.pk).search("Rovaniemi")) == [event]
    event.delete()
    assert not entries.exists()

"""The one filter function (listings/query.py): the list pages' items, order and messages from plain arguments."""

import pytest
from django.utils import translation

from listings.factories import EventFactory, JobFactory
from listings.query import filter_listings

pytestmark = pytest.mark.django_db

ROVANIEMI = "698"
KEMI = "240"
JOENSUU = "167"
LAPLAND = "lappilaiset.localhost"


def page_titles(client, path):
    return [listing.title for listing in client.get(path, HTTP_HOST=LAPLAND).context["listings"]]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"municipality": KEMI},
        {"topic": "liikunta"},
        {"q": "lentopallo"},
        {"municipality": JOENSUU},
        {"free": "on", "municipality": ROVANIEMI},
    ],
)
def test_the_function_gives_the_list_pages_items_in_their_order(client, lapland, params):
    EventFactory(municipality_codes=[ROVANIEMI], title="Kuorokonsertti", topic_slugs=["kulttuuri"], is_free=True)
    EventFactory(municipality_codes=[KEMI], title="Lentopallo", topic_slugs=["liikunta"], is_free=False)
    EventFactory(municipality_codes=[KEMI], title="Kevätkonsertti", topic_slugs=["kulttuuri"], is_free=False)
    EventFactory(municipality_codes=[JOENSUU], title="Joensuun konsertti")
    query = "&".join(f"{key}={value}" for key, value in params.items())
    expected = page_titles(client, f"/fi/tapahtumat/?{query}")
    with translation.override("fi"):
        filtered = filter_listings("events", lapland, "fi", params)
    assert expected or params in ({"municipality": JOENSUU},)
    assert [listing.title for listing in filtered.results[:20]] == expected
    assert len(filtered.results) == len(expected)


def test_an_invalid_parameter_is_ignored_with_a_message(lapland):
    JobFactory(municipality_codes=[ROVANIEMI], title="Nuorisotyöntekijä")
    with translation.override("en"):
        filtered = filter_listings("jobs", lapland, "fi", {"municipality": JOENSUU})
    assert filtered.values == {}
    assert len(filtered.messages) == 1 and "Municipality" in filtered.messages[0]
    assert [job.title for job in filtered.results[:10]] == ["Nuorisotyöntekijä"]


def test_no_region_shows_nothing(lapland):
    EventFactory(municipality_codes=[ROVANIEMI])
    assert filter_listings("events", None, "fi", {}).results.count() == 0

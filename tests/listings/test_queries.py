"""Section pages make the same number of SQL queries whatever the number of results."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from listings.factories import (
    ActivityFactory,
    EventFactory,
    JobFactory,
    NewsItemFactory,
    OrganisationFactory,
    ProjectFactory,
    SpaceFactory,
    StoryFactory,
    VolunteerTaskFactory,
    translate,
)

pytestmark = pytest.mark.django_db

HOST = "lappilaiset.localhost"
ROVANIEMI = "698"
KEMI = "240"

SECTIONS = [
    ("tapahtumat", EventFactory),
    ("toiminta", ActivityFactory),
    ("vapaaehtoistehtavat", VolunteerTaskFactory),
    ("tyopaikat", JobFactory),
    ("hankkeet", ProjectFactory),
    ("ajankohtaista", NewsItemFactory),
    ("tilat", SpaceFactory),
    ("tarinat", StoryFactory),
]


def count_queries(client, path):
    client.get(path, HTTP_HOST=HOST)  # warm: caches, renditions
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST=HOST)
    assert response.status_code == 200
    return len(queries), response


def make(factory, organisation, number):
    listing = factory(
        organisation=organisation,
        municipality_codes=[ROVANIEMI, KEMI],
        topic_slugs=["kulttuuri", "liikunta"],
        audience_slugs=["kaikille", "nuoret"],
        with_image=True,
        title=f"Kohde {number}",
    )
    if number % 2:
        translate(listing, "sv", title=f"Objekt {number}")
    return listing


@pytest.mark.parametrize(("section", "factory"), SECTIONS)
@pytest.mark.parametrize("query", ["", "?topic=kulttuuri&municipality=698", "?q=Kohde"])
def test_a_section_page_makes_as_many_queries_for_one_result_as_for_a_full_page(
    client, lapland, section, factory, query
):
    organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    make(factory, organisation, 0)
    path = f"/fi/{section}/{query}"
    one, response = count_queries(client, path)
    assert len(response.context["listings"]) == 1
    for number in range(1, 20):
        make(factory, organisation, number)
    full, response = count_queries(client, path)
    assert len(response.context["listings"]) == 20
    assert one == full


def test_the_organisation_section_makes_as_many_queries_for_one_result_as_for_a_full_page(client, lapland):
    OrganisationFactory(municipality_code=ROVANIEMI, name="Yhdistys 0")
    one, response = count_queries(client, "/fi/toimijat/")
    assert len(response.context["listings"]) == 1
    for number in range(1, 20):
        OrganisationFactory(municipality_code=ROVANIEMI, name=f"Yhdistys {number}")
    full, response = count_queries(client, "/fi/toimijat/")
    assert len(response.context["listings"]) == 20
    assert one == full


def test_the_swedish_event_list_makes_a_constant_number_of_queries(client, lapland):
    organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    make(EventFactory, organisation, 1)
    one, _response = count_queries(client, "/sv/evenemang/")
    for number in range(2, 21):
        make(EventFactory, organisation, number)
    full, _response = count_queries(client, "/sv/evenemang/")
    assert one == full


@pytest.mark.parametrize(
    ("section", "factory"), [*SECTIONS, ("tapahtumat", EventFactory)], ids=lambda value: str(value)[:20]
)
def test_a_detail_page_makes_a_constant_number_of_queries(client, lapland, section, factory):
    organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    small = factory(organisation=organisation, municipality_codes=[ROVANIEMI], topic_slugs=[], audience_slugs=[])
    large = factory(
        organisation=organisation,
        municipality_codes=[ROVANIEMI, KEMI],
        topic_slugs=["kulttuuri", "liikunta", "hyvinvointi"],
        audience_slugs=["kaikille", "nuoret", "perheet"],
    )
    small_count, _response = count_queries(client, f"/fi/{section}/{small.pk}-{small.slug}/")
    large_count, _response = count_queries(client, f"/fi/{section}/{large.pk}-{large.slug}/")
    assert small_count == large_count


def test_a_warm_event_page_reads_no_listing_row_and_shows_an_edit_and_a_withdrawal_at_once(client, lapland):
    organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    event = EventFactory(organisation=organisation, municipality_codes=[ROVANIEMI], title="Kuorokonsertti")
    path = f"/fi/tapahtumat/{event.pk}-{event.slug}/"
    _count, response = count_queries(client, path)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path, HTTP_HOST=HOST).status_code == 200
    # The listing found and its language versions are kept under the site's page version (regions/cache.py).
    assert not [query["sql"] for query in queries.captured_queries if "listings_" in query["sql"]]
    event.title = "Kuorokonsertti ja yhteislaulua"
    event.save_revision().publish()
    assert "Kuorokonsertti ja yhteislaulua" in client.get(path, HTTP_HOST=HOST).content.decode()
    event.unpublish()
    assert client.get(path, HTTP_HOST=HOST).status_code == 404


def test_the_organisation_page_makes_a_constant_number_of_queries(client, lapland):
    small = OrganisationFactory(municipality_code=ROVANIEMI, name="Pieni ry")
    EventFactory(organisation=small)
    large = OrganisationFactory(municipality_code=ROVANIEMI, name="Suuri ry")
    for factory in (EventFactory, ActivityFactory, VolunteerTaskFactory, JobFactory, NewsItemFactory, SpaceFactory):
        for _number in range(3):
            factory(organisation=large)
    small_count, _response = count_queries(client, f"/fi/toimijat/{small.pk}-{small.slug}/")
    large_count, _response = count_queries(client, f"/fi/toimijat/{large.pk}-{large.slug}/")
    assert small_count == large_count


def test_the_home_page_panels_make_a_constant_number_of_queries(client, lapland):
    organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    EventFactory(organisation=organisation)
    one, _response = count_queries(client, "/fi/")
    for _number in range(5):
        EventFactory(organisation=organisation)
        VolunteerTaskFactory(organisation=organisation)
        NewsItemFactory(organisation=organisation)
    many, _response = count_queries(client, "/fi/")
    assert one == many


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the batched search counts are PostgreSQL-only")
def test_the_search_page_makes_as_many_queries_for_one_hit_as_for_many(client, lapland):
    organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    EventFactory(organisation=organisation, title="Haettava tapahtuma")
    one, response = count_queries(client, "/fi/haku/?q=haettava")
    assert {facet["source"].key: facet["count"] for facet in response.context["facets"]}["events"] == 1
    for number in range(8):
        EventFactory(organisation=organisation, title=f"Haettava tapahtuma {number}")
        JobFactory(organisation=organisation, title=f"Haettava työ {number}")
        NewsItemFactory(organisation=organisation, title=f"Haettava uutinen {number}")
    many, response = count_queries(client, "/fi/haku/?q=haettava")
    assert response.context["total"] == 25
    html = response.content.decode()
    assert "Haettava työ" in html and 'href="/fi/tyopaikat/' in html
    assert one == many


def placement_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST=HOST)
    assert response.status_code == 200
    return [query["sql"] for query in queries if "listings_listingplacement" in query["sql"]], response


def test_a_filtered_list_counts_itself_and_reads_its_page_in_one_query(client, lapland):
    organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    for number in range(23):
        make(EventFactory, organisation, number)
    EventFactory(municipality_codes=[KEMI], topic_slugs=["kulttuuri"], title="Kemissä")
    path = "/fi/tapahtumat/?topic=kulttuuri&municipality=698"
    client.get(path, HTTP_HOST=HOST)

    placements, response = placement_queries(client, path)
    assert len(placements) == 1
    assert response.context["page_obj"].paginator.count == 23
    assert len(response.context["listings"]) == 20

    placements, response = placement_queries(client, path + "&page=2")
    assert len(placements) == 1
    assert [listing.title for listing in response.context["listings"]] == [
        listing.title for listing in response.context["page_obj"].object_list
    ]
    assert len(response.context["listings"]) == 3

    # A page beyond the last shows the last one, counted on its own.
    placements, response = placement_queries(client, path + "&page=7")
    assert len(placements) == 3
    assert response.context["page_obj"].number == 2
    assert len(response.context["listings"]) == 3

    # A page that is not a number shows the first page, still in one query.
    placements, response = placement_queries(client, path + "&page=abc")
    assert len(placements) == 1
    assert response.context["page_obj"].number == 1

    # Nothing matching: one query, an empty page.
    placements, response = placement_queries(client, "/fi/tapahtumat/?topic=kulttuuri&municipality=240&q=zzz")
    assert len(placements) == 1
    assert response.context["page_obj"].paginator.count == 0


def test_the_pages_of_a_filtered_list_hold_every_listing_once_in_order(client, lapland):
    organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    for number in range(23):
        make(EventFactory, organisation, number)
    path = "/fi/tapahtumat/?topic=kulttuuri"
    first = client.get(path, HTTP_HOST=HOST).context["listings"]
    second = client.get(path + "&page=2", HTTP_HOST=HOST).context["listings"]
    unfiltered = client.get("/fi/tapahtumat/", HTTP_HOST=HOST).context["page_obj"]
    everything = [*unfiltered.object_list, *client.get("/fi/tapahtumat/?page=2", HTTP_HOST=HOST).context["listings"]]
    assert [listing.pk for listing in [*first, *second]] == [listing.pk for listing in everything]

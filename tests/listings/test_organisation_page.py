"""An organisation's page reads the stored placements (local first) and cached items, in a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from listings.factories import (
    ActivityFactory,
    EventFactory,
    NewsItemFactory,
    OrganisationFactory,
    SpaceFactory,
    StaffMemberFactory,
    VolunteerTaskFactory,
)

from .test_queries import ROVANIEMI, count_queries

pytestmark = pytest.mark.django_db

HELSINKI = "091"


def fill(organisation, number, start=0):
    for index in range(start, start + number):
        for factory in (EventFactory, ActivityFactory, VolunteerTaskFactory, NewsItemFactory, SpaceFactory):
            factory(organisation=organisation, municipality_codes=[ROVANIEMI], title=f"{factory.__name__} {index}")
        StaffMemberFactory(organisation=organisation, municipality_codes=[ROVANIEMI], title=f"Henkilö {index}")


def test_an_organisation_page_makes_as_many_queries_for_one_item_a_type_as_for_twenty(client, lapland):
    organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    path = f"/fi/toimijat/{organisation.pk}-{organisation.slug}/"
    fill(organisation, 1)
    one, response = count_queries(client, path)
    assert [len(group["items"]) for group in response.context["listing_groups"]] == [1] * 4
    fill(organisation, 19, start=1)
    full, response = count_queries(client, path)
    # Ten of each type, and every staff member and space.
    assert [len(group["items"]) for group in response.context["listing_groups"]] == [10] * 4
    assert len(response.context["staff"]) == 20 and len(response.context["spaces"]) == 20
    assert one == full
    assert full <= 15


def test_an_organisation_page_lists_its_local_items_first_with_their_place(client, lapland):
    organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    EventFactory(
        organisation=organisation, title="Valtakunnallinen webinaari", is_online=True, municipality_codes=[HELSINKI]
    )
    event = EventFactory(organisation=organisation, title="Rovaniemen kylätanssit", municipality_codes=[ROVANIEMI])
    event.starts_at = event.starts_at.replace(year=event.starts_at.year + 1)
    event.save()
    response = client.get(f"/fi/toimijat/{organisation.pk}-{organisation.slug}/", HTTP_HOST="lappilaiset.localhost")
    events = response.context["listing_groups"][0]["items"]
    assert [item.title for item in events] == ["Rovaniemen kylätanssit", "Valtakunnallinen webinaari"]
    html = response.content.decode()
    assert html.index("Rovaniemen kylätanssit") < html.index("Valtakunnallinen webinaari")
    assert "Rovaniemi" in html and "Helsinki" in html


def test_a_warm_organisation_page_reads_no_row_and_shows_a_new_listing_and_a_renaming_at_once(client, lapland):
    organisation = OrganisationFactory(municipality_code=ROVANIEMI, name="Napapiirin Kuoro ry")
    path = f"/fi/toimijat/{organisation.pk}-{organisation.slug}/"
    EventFactory(organisation=organisation, municipality_codes=[ROVANIEMI], title="Joulukonsertti")
    count_queries(client, path)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path, HTTP_HOST="lappilaiset.localhost").status_code == 200
    # Kept under the site's page version (regions/cache.py): no organisation, placement or listing row is read.
    assert not [query["sql"] for query in queries.captured_queries if "listings_" in query["sql"]]
    EventFactory(organisation=organisation, municipality_codes=[ROVANIEMI], title="Kevätkonsertti")
    assert "Kevätkonsertti" in client.get(path, HTTP_HOST="lappilaiset.localhost").content.decode()
    organisation.name = "Napapiirin Laulajat ry"
    organisation.save()
    assert "Napapiirin Laulajat ry" in client.get(path, HTTP_HOST="lappilaiset.localhost").content.decode()

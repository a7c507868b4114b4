"""The issue's budget was at most 15 SQL queries for each page the benchmark measures.

Wagtail finds the site and routes the request itself: the site, the active
locale, the home page in its own type and the section page (one more, the
translated home page, in Swedish) are four or five queries on every page.
The region, section links, branding, menu and footer come from the site's
cached data (regions/site_data.py) with no query. The rest is what the
page's listings cost.
"""

import pytest
from django.db import connection

from listings.factories import EventFactory, translate
from organisations.factories import OrganisationFactory

from .test_queries import ROVANIEMI, count_queries

pytestmark = pytest.mark.django_db

ROUTING = 5
BUDGET = {"list": ROUTING + 4, "detail": ROUTING + 5, "search": ROUTING + 8}


def make_events(number):
    organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    events = [
        EventFactory(
            organisation=organisation,
            title=f"Konsertti {index}",
            municipality_codes=[ROVANIEMI],
            topic_slugs=["kulttuuri"],
            audience_slugs=["kaikille"],
        )
        for index in range(number)
    ]
    translate(events[0], "sv", title="Konsert")
    return events


def test_the_events_list_and_an_event_stay_within_the_budget(client, lapland):
    event = make_events(3)[0]
    pages = [
        ("/fi/tapahtumat/", BUDGET["list"]),
        (f"/fi/tapahtumat/{event.pk}-{event.slug}/", BUDGET["detail"]),
        ("/sv/evenemang/", BUDGET["list"]),
    ]
    for path, budget in pages:
        queries, _response = count_queries(client, path)
        assert queries <= budget, path


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the batched search counts are PostgreSQL-only")
def test_the_search_stays_within_the_budget(client, lapland):
    make_events(3)
    queries, response = count_queries(client, "/fi/haku/?q=konsertti")
    assert response.context["total"] >= 3
    assert queries <= BUDGET["search"]

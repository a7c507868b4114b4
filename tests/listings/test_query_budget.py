"""The issue's budget: at most 15 SQL queries for each page the benchmark measures."""

import pytest
from django.db import connection

from listings.factories import EventFactory, OrganisationFactory, translate

from .test_queries import ROVANIEMI, count_queries

pytestmark = pytest.mark.django_db

BUDGET = 15


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
    for path in ("/fi/tapahtumat/", f"/fi/tapahtumat/{event.pk}-{event.slug}/", "/sv/evenemang/"):
        queries, _response = count_queries(client, path)
        assert queries <= BUDGET, path


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the batched search counts are PostgreSQL-only")
def test_the_search_stays_within_the_budget(client, lapland):
    make_events(3)
    queries, response = count_queries(client, "/fi/haku/?q=konsertti")
    assert response.context["total"] >= 3
    assert queries <= BUDGET

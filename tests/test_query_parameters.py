"""Property-based: no query string makes a public page fail.

Every page that reads its query string (the lists and their filters, the
archive, the search, the home page and a detail page) answers 200 or 400 to
whatever hypothesis puts in it: known parameters with odd values, unknown
parameters, repeated ones, control characters and long text.
"""

import datetime

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from listings.factories import EventFactory, JobFactory, NewsItemFactory
from organisations.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

HOST = "lappilaiset.localhost"
ROVANIEMI = "698"

PAGES = [
    "/fi/",
    "/fi/tapahtumat/",
    "/fi/tapahtumat/arkisto/",
    "/sv/evenemang/",
    "/fi/tyopaikat/",
    "/fi/ajankohtaista/",
    "/fi/toimijat/",
    "/fi/haku/",
]

KNOWN = ["q", "municipality", "topic", "audience", "when", "date_from", "date_to", "free", "online", "kind", "type"]
KNOWN += ["page", "type", "organisation"]

values = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31)).map(str),
    st.sampled_from(["", "on", "true", "0", "698", "kulttuuri", "today", "week", "internship"]),
    st.sampled_from(["9999-12-31", "31.12.9999", "0001-01-01", "2026-02-30"]),
    st.text(min_size=200, max_size=600),
)
parameters = st.lists(
    st.tuples(st.one_of(st.sampled_from(KNOWN), st.text(min_size=1, max_size=12)), values), max_size=6
)


@pytest.fixture
def listings(lapland):
    organisation = OrganisationFactory(name="Kyselyjen yhdistys", municipality_code=ROVANIEMI)
    now = timezone.now()
    EventFactory(organisation=organisation, municipality_codes=[ROVANIEMI], starts_at=now + datetime.timedelta(days=3))
    EventFactory(
        organisation=organisation,
        municipality_codes=[ROVANIEMI],
        starts_at=now - datetime.timedelta(days=30),
        ends_at=now - datetime.timedelta(days=30, hours=-2),
    )
    JobFactory(organisation=organisation, municipality_codes=[ROVANIEMI])
    NewsItemFactory(organisation=organisation, municipality_codes=[ROVANIEMI])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(page=st.sampled_from(PAGES), query=parameters)
@example(page="/fi/tapahtumat/", query=[("date_to", "9999-12-31")])
@example(page="/fi/tapahtumat/", query=[("date_from", "31.12.9999"), ("when", "month")])
@example(page="/fi/haku/", query=[("q", "\x00"), ("type", "\x00")])
@example(page="/fi/tapahtumat/arkisto/", query=[("q", "0")])
def test_no_query_string_makes_a_public_page_fail(client, listings, page, query):
    response = client.get(page, query, HTTP_HOST=HOST)
    assert response.status_code in (200, 400), (page, query, response.status_code)

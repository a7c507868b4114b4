"""listing_url(listing, site, language, absolute): one address per site and language, no request needed."""

from urllib.parse import urlsplit

import pytest
from django.utils import translation

from listings.addresses import listing_url
from listings.factories import EventFactory, NewsItemFactory
from organisations.factories import OrganisationFactory
from regions.models import RegionSection

pytestmark = pytest.mark.django_db

ROVANIEMI = "698"


@pytest.fixture
def event(lapland):
    return EventFactory(
        organisation=OrganisationFactory(municipality_code=ROVANIEMI),
        municipality_codes=[ROVANIEMI],
        title="Kevätkonsertti",
    )


def test_the_address_follows_the_site_and_the_language(event, lapland, national):
    assert listing_url(event, lapland.site, "fi") == f"/fi/tapahtumat/{event.pk}-{event.slug}/"
    assert listing_url(event, lapland.site, "sv") == f"/sv/evenemang/{event.pk}-{event.slug}/"
    assert listing_url(event, lapland.site, "fi", absolute=True) == (
        f"http://lappilaiset.localhost/fi/tapahtumat/{event.pk}-{event.slug}/"
    )
    with translation.override("en"):
        assert listing_url(event, national.site) == f"/en/events/{event.pk}-{event.slug}/"


def test_the_address_is_served(client, event, lapland):
    for language in ("fi", "sv", "en"):
        url = urlsplit(listing_url(event, lapland.site, language, absolute=True))
        assert client.get(url.path, HTTP_HOST=url.netloc).status_code == 200, url


def test_no_address_without_a_section_or_a_saved_listing(event, lapland):
    RegionSection.objects.filter(region=lapland, key="events").delete()
    assert listing_url(event, lapland.site, "fi") == ""
    assert listing_url(NewsItemFactory.build(), lapland.site, "fi") == ""
    assert listing_url(None, lapland.site, "fi") == ""
    assert listing_url(event, None, "fi") == ""

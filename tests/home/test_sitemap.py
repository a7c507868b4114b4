"""The sitemap: no regional copy whose canonical is the national page, and no query per listed row."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guides.factories import GuidePageFactory, guide_index
from listings.factories import EventFactory, JobFactory

pytestmark = pytest.mark.django_db


class _Null:
    def write(self, *args, **kwargs):
        pass


def sitemap(client, host):
    response = client.get("/sitemap.xml", HTTP_HOST=host)
    assert response.status_code == 200
    return response.content.decode()


def test_a_shared_guide_is_listed_only_on_the_national_site(client, national, lapland):
    GuidePageFactory(parent=guide_index(national), title="Vuosikokous", slug="vuosikokous")
    GuidePageFactory(parent=guide_index(lapland), title="Lapin oma ohje", slug="lapin-oma-ohje")
    call_command("share_guides", "--all", stdout=_Null(), stderr=_Null())
    assert "<loc>http://localhost/fi/ohjeet/vuosikokous/</loc>" in sitemap(client, "localhost")
    regional = sitemap(client, "lappilaiset.localhost")
    assert "vuosikokous" not in regional
    assert "<loc>http://lappilaiset.localhost/fi/ohjeet/lapin-oma-ohje/</loc>" in regional


def test_listings_and_pages_add_no_query_per_row(client, lapland):
    def count():
        with CaptureQueriesContext(connection) as queries:
            sitemap(client, "lappilaiset.localhost")
        return len(queries)

    EventFactory(municipality_codes=["698"])
    GuidePageFactory(parent=guide_index(lapland), title="Ohje 1", slug="ohje-1")
    sitemap(client, "lappilaiset.localhost")  # caches that the first request fills
    before = count()
    for number in range(5):
        EventFactory(municipality_codes=["698"])
        JobFactory(municipality_codes=["240"])
        GuidePageFactory(parent=guide_index(lapland), title=f"Ohje {number + 2}", slug=f"ohje-{number + 2}")
    content = sitemap(client, "lappilaiset.localhost")
    assert content.count("/fi/tapahtumat/") >= 6 and content.count("/fi/ohjeet/ohje-") == 6
    assert count() == before

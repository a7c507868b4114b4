"""Section and search pages skip Wagtail's privacy queries only while nothing is restricted."""

import pytest
from wagtail.models import Page, PageViewRestriction

from regions.models import RegionSection

pytestmark = pytest.mark.django_db

LAPLAND = "lappilaiset.localhost"


def asks_for_password(response):
    return response.status_code == 200 and any("password_required" in (t.name or "") for t in response.templates)


def restrict(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")


def test_a_restriction_added_after_a_cached_visit_is_enforced_at_once(client, lapland):
    assert client.get("/fi/tapahtumat/", HTTP_HOST=LAPLAND).status_code == 200

    restriction = restrict(RegionSection.objects.get(region=lapland, key="events").page)

    assert asks_for_password(client.get("/fi/tapahtumat/", HTTP_HOST=LAPLAND))

    restriction.delete()
    assert not asks_for_password(client.get("/fi/tapahtumat/", HTTP_HOST=LAPLAND))


def test_a_restricted_home_page_also_guards_its_sections(client, lapland):
    client.get("/fi/haku/", {"q": "palvelu"}, HTTP_HOST=LAPLAND)
    home = lapland.site.root_page
    restrict(home)

    for path in ("/fi/tapahtumat/", "/fi/haku/?q=palvelu"):
        assert asks_for_password(client.get(path, HTTP_HOST=LAPLAND)), path


def test_search_leaves_out_a_page_restricted_after_a_cached_search(client, lapland):
    def pages_count():
        response = client.get("/en/search/", {"q": "Lappilaiset"}, HTTP_HOST=LAPLAND)
        return {f["source"].key: f["count"] for f in response.context["facets"]}["pages"]

    assert pages_count() == 4
    about = RegionSection.objects.get(region=lapland, key="about").page
    english = Page.objects.get(translation_key=about.translation_key, locale__language_code="en")
    restrict(english)
    assert pages_count() == 3

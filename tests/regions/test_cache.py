"""The site cache (regions/cache.py): a change drops only the data of the sites it can show on."""

import pytest
from wagtail.models import PageViewRestriction, Site

from listings.factories import EventFactory
from organisations.factories import OrganisationFactory
from regions import cache, site_data
from regions.models import BrandingSettings, Municipality
from topics.models import Topic

pytestmark = pytest.mark.django_db

ROVANIEMI = "698"
JOENSUU = "167"


def versions(*regions):
    return [cache.version(region.site_id) for region in regions]


def about_page(region, language="fi"):
    return site_data.section_links(region.site, language)["about"].get_page()


def test_a_draft_of_a_lapland_page_leaves_every_site_in_place(national, lapland, north_karelia):
    before = versions(national, lapland, north_karelia)
    page = about_page(lapland)
    page.title = "Luonnos"
    page.save_revision()
    assert versions(national, lapland, north_karelia) == before
    # Nor does anything show the draft.
    assert site_data.section_links(lapland.site, "fi")["about"].title != "Luonnos"


def test_publishing_a_lapland_page_drops_lapland_only(national, lapland, north_karelia):
    national_before, lapland_before, jelli_before = versions(national, lapland, north_karelia)
    jelli_menu = site_data.menu(north_karelia.site, "fi")
    page = about_page(lapland)
    page.title = "Tietoa Lapista"
    page.save_revision().publish()
    assert versions(national, lapland, north_karelia) != [national_before, lapland_before, jelli_before]
    assert cache.version(north_karelia.site_id) == jelli_before
    assert cache.version(national.site_id) == national_before
    # Jelli's data is the very same object, Lapland's is rebuilt with the new title.
    assert site_data.menu(north_karelia.site, "fi") is jelli_menu
    assert site_data.section_links(lapland.site, "fi")["about"].title == "Tietoa Lapista"


def test_a_swedish_page_drops_its_own_site(lapland, north_karelia):
    lapland_before, jelli_before = versions(lapland, north_karelia)
    page = about_page(lapland, "sv")
    assert page.locale.language_code == "sv"
    page.save_revision().publish()
    assert cache.version(lapland.site_id) != lapland_before
    assert cache.version(north_karelia.site_id) == jelli_before


def test_publishing_a_lapland_listing_leaves_every_site_in_place(national, lapland, north_karelia):
    before = versions(national, lapland, north_karelia)
    event = EventFactory(
        organisation=OrganisationFactory(municipality_code=ROVANIEMI), municipality_codes=[ROVANIEMI], draft=True
    )
    event.title = "Uusi tapahtuma"
    event.save_revision().publish()
    assert versions(national, lapland, north_karelia) == before


def test_a_coverage_change_drops_that_region_only(lapland, north_karelia):
    lapland_before, jelli_before = versions(lapland, north_karelia)
    lapland.coverage.add(Municipality.objects.get(code=JOENSUU))
    assert cache.version(lapland.site_id) != lapland_before
    assert cache.version(north_karelia.site_id) == jelli_before


def test_branding_drops_its_own_site(lapland, north_karelia):
    jelli_before = cache.version(north_karelia.site_id)
    branding = BrandingSettings.for_site(lapland.site)
    branding.accent_colour = "#123456"
    branding.save()
    assert site_data.branding(lapland.site).accent_colour == "#123456"
    assert cache.version(north_karelia.site_id) == jelli_before


def test_what_every_site_shows_drops_every_site(national, lapland, north_karelia):
    for change in (
        lambda: Topic.objects.first().save(),
        lambda: Site.objects.get(pk=lapland.site_id).save(),
    ):
        before = versions(national, lapland, north_karelia)
        change()
        after = versions(national, lapland, north_karelia)
        assert all(old != new for old, new in zip(before, after, strict=True))


def test_a_view_restriction_is_seen_at_once(lapland):
    assert site_data.restricted_paths() == ()
    page = about_page(lapland)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert site_data.restricted_paths() == (page.path,)


def test_the_lapland_header_stays_cached_on_jelli_when_lapland_publishes(client, lapland, north_karelia):
    assert client.get("/fi/", HTTP_HOST="lappilaiset.localhost").status_code == 200
    client.get("/fi/", HTTP_HOST="jelli.localhost")
    jelli_before = cache.version(north_karelia.site_id)
    page = about_page(lapland)
    page.title = "Lapin tietoa"
    page.save_revision().publish()
    assert "Lapin tietoa" in client.get("/fi/", HTTP_HOST="lappilaiset.localhost").content.decode()
    assert cache.version(north_karelia.site_id) == jelli_before

"""The per-process site structure: a warm worker finds site, region, page and sections with no query,
routes exactly as Wagtail does, and never serves a structure older than the last change."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from home.models import StandardPage
from listings.factories import EventFactory
from listings.templatetags import site_chrome
from organisations.factories import OrganisationFactory
from regions import structure
from regions.models import BrandingSettings, Region, RegionSection
from tests.i18n import fi

pytestmark = pytest.mark.django_db

LAPLAND = "lappilaiset.localhost"
# Tables of the site structure: a warm request must not read any of them.
STRUCTURE_TABLES = (
    "wagtailcore_site",
    "wagtailcore_locale",
    "wagtailcore_page",
    "wagtailcore_pageviewrestriction",
    "regions_region",
    "regions_regionsection",
    "regions_brandingsettings",
)


def get(client, path, host=LAPLAND):
    return client.get(path, HTTP_HOST=host)


def section(region, key):
    return RegionSection.objects.get(region=region, key=key).page.specific


def path_of(page):
    return page.get_url_parts()[2]


def h1(response):
    content = response.content.decode()
    return content.split("<h1>", 1)[1].split("</h1>", 1)[0]


def asks_for_password(response):
    return response.status_code == 200 and any("password_required" in (t.name or "") for t in response.templates)


# -- no query when warm ------------------------------------------------------------------


def test_a_warm_content_page_costs_no_query(client, lapland, django_assert_num_queries):
    path = path_of(section(lapland, "about"))
    assert get(client, path).status_code == 200

    with django_assert_num_queries(0):
        assert get(client, path).status_code == 200


def test_a_warm_submission_page_costs_no_query(client, lapland, django_assert_num_queries):
    """A routable page of another app, with no privacy mixin of its own."""
    path = path_of(section(lapland, "submit"))
    assert get(client, path).status_code == 200

    with django_assert_num_queries(0):
        assert get(client, path).status_code == 200


def test_a_warm_event_page_reads_no_site_structure(client, lapland):
    event = EventFactory(organisation=OrganisationFactory(municipality_code="698"), municipality_codes=["698"])
    path = f"/fi/tapahtumat/{event.pk}-{event.slug}/"
    assert get(client, path).status_code == 200

    with CaptureQueriesContext(connection) as queries:
        response = get(client, path)

    assert response.status_code == 200
    assert fi("Report this listing") in response.content.decode()
    structure_queries = [q["sql"] for q in queries if any(f'FROM "{table}"' in q["sql"] for table in STRUCTURE_TABLES)]
    assert structure_queries == []


def test_the_version_is_read_once_per_request(client, lapland, monkeypatch):
    event = EventFactory(organisation=OrganisationFactory(municipality_code="698"), municipality_codes=["698"])
    path = f"/fi/tapahtumat/{event.pk}-{event.slug}/"
    get(client, path)
    reads = []
    original = site_chrome._read_version
    monkeypatch.setattr(site_chrome, "_read_version", lambda: reads.append(1) or original())

    assert get(client, path).status_code == 200
    assert len(reads) == 1


# -- routing as Wagtail routes -------------------------------------------------------------


def wagtail_route(path, language, host=LAPLAND):
    request = RequestFactory().get(f"/{language}/{path}", HTTP_HOST=host)
    with translation.override(language):
        result = Page.route_for_request(request, path)
    return request, result


def cached_route(path, language, host=LAPLAND):
    request = RequestFactory().get(f"/{language}/{path}", HTTP_HOST=host)
    with translation.override(language):
        cached = structure.for_request(request)
        site = cached.site_for_request(request)
        try:
            result = cached.route(request, site, path)
        except Http404:
            result = None
    return request, result


def summary(request, result):
    if result is None:
        return None
    page, args, kwargs = result
    if args:
        view, view_args, view_kwargs = args
        args = (view.__name__, view_args, view_kwargs)
    resolver_match = getattr(request, "routable_resolver_match", None)
    return (type(page), page.pk, args, kwargs, resolver_match.url_name if resolver_match else None)


def test_routes_are_the_ones_wagtail_finds(lapland):
    home = lapland.site.root_page.specific
    draft = home.add_child(instance=StandardPage(title="Luonnos", slug="luonnos", live=False))
    draft.add_child(instance=StandardPage(title="Julkaistu", slug="julkaistu"))
    event = EventFactory(organisation=OrganisationFactory(municipality_code="698"), municipality_codes=["698"])
    paths = {
        "fi": [
            "",
            "tapahtumat/",
            f"tapahtumat/{event.pk}-{event.slug}/",
            "tapahtumat/ei-tapahtuma/",
            "tapahtumat/ei/ole/",
            "ilmoita/",
            "ilmoita/tapahtuma/",
            "ilmoita/tapahtuma/kiitos/",
            "haku/",
            "haku/lisaa/",
            "luonnos/",
            "luonnos/julkaistu/",
            "luonnos/ei-ole/",
            "ei-ole/",
            path_of(section(lapland, "guides")).removeprefix("/fi/"),
            path_of(section(lapland, "guides")).removeprefix("/fi/") + "ei-ole/",
        ],
        "sv": ["", "evenemang/", f"evenemang/{event.pk}-{event.slug}/", "tapahtumat/", "anmal/evenemang/"],
    }
    for language, language_paths in paths.items():
        for path in language_paths:
            expected = summary(*wagtail_route(path, language))
            # Twice: cold, then from the warm structure.
            assert summary(*cached_route(path, language)) == expected, (language, path)
            assert summary(*cached_route(path, language)) == expected, (language, path)


def test_sites_are_matched_as_wagtail_matches_them(national, lapland, north_karelia):
    Site.objects.create(hostname=LAPLAND, port=8080, root_page=north_karelia.site.root_page)
    cases = [
        (hostname, port)
        for hostname in (LAPLAND, "jelli.localhost", "localhost", "unknown.localhost", "")
        for port in (80, 443, 8000, 8080)
    ]

    def compare():
        rows = [(s.pk, s.hostname, s.port, s.is_default_site) for s in Site.objects.all()]
        for hostname, port in cases:
            try:
                expected = get_site_for_hostname(hostname, port).pk
            except Site.DoesNotExist:
                expected = None
            assert structure.match_site(rows, hostname, port) == expected, (hostname, port)

    compare()
    Site.objects.update(is_default_site=False)
    compare()
    Site.objects.filter(pk=north_karelia.site.pk).update(is_default_site=True)
    compare()


def test_an_unknown_hostname_gets_the_default_site(client, national, lapland):
    assert h1(get(client, "/fi/", host="unknown.localhost")) == "Toimeksi"
    assert h1(get(client, "/fi/", host="unknown.localhost")) == "Toimeksi"
    assert h1(get(client, "/fi/")) == "Lappilaiset"


# -- every change shows on the next request ---------------------------------------------


def test_a_page_published_after_a_cached_visit_is_served(client, lapland):
    home = lapland.site.root_page.specific
    get(client, "/fi/uusi/")
    page = home.add_child(instance=StandardPage(title="Uusi sivu", slug="uusi", live=False))
    assert get(client, "/fi/uusi/").status_code == 404

    page.save_revision().publish()
    assert h1(get(client, "/fi/uusi/")) == "Uusi sivu"

    page.refresh_from_db()
    page.unpublish()
    assert get(client, "/fi/uusi/").status_code == 404


def test_the_header_menu_follows_a_published_menu_page(client, lapland):
    """The header's menu and home link come from the structure whenever the header fragment is rendered anew."""
    home = lapland.site.root_page.specific
    assert "Uusi valikossa" not in get(client, "/fi/").content.decode()

    page = home.add_child(instance=StandardPage(title="Uusi valikossa", slug="valikko", show_in_menus=True))
    page.save_revision().publish()

    assert '<a href="/fi/valikko/">Uusi valikossa</a>' in get(client, "/fi/").content.decode()


def test_a_renamed_slug_moves_the_page_at_once(client, lapland):
    about = section(lapland, "about")
    old_path = path_of(about)
    assert get(client, old_path).status_code == 200

    about.slug = "tietoa-meista"
    about.save_revision().publish()

    assert get(client, old_path).status_code == 404
    assert get(client, "/fi/tietoa-meista/").status_code == 200


def test_a_changed_hostname_moves_the_site_at_once(client, national, lapland):
    assert h1(get(client, "/fi/")) == "Lappilaiset"

    site = lapland.site
    site.hostname = "lappi.localhost"
    site.save()

    assert h1(get(client, "/fi/", host="lappi.localhost")) == "Lappilaiset"
    # The old name is now unknown: Wagtail's default site answers it.
    assert h1(get(client, "/fi/")) == "Toimeksi"


def test_a_changed_accent_colour_shows_at_once(client, lapland):
    assert "--accent: #1d4f91" in get(client, "/fi/").content.decode()

    branding = BrandingSettings.for_site(lapland.site)
    branding.accent_colour = "#123456"
    branding.save()

    assert "--accent: #123456" in get(client, "/fi/").content.decode()


def test_a_changed_region_shows_at_once(client, lapland):
    get(client, "/fi/")
    region = Region.objects.get(pk=lapland.pk)
    region.producer_name = "Uusi tuottaja ry"
    region.save()

    assert "Uusi tuottaja ry" in get(client, "/fi/").content.decode()


def test_a_restriction_on_a_content_page_or_the_home_page_is_enforced_at_once(client, lapland):
    about = section(lapland, "about")
    assert not asks_for_password(get(client, path_of(about)))
    assert not asks_for_password(get(client, "/fi/"))

    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert asks_for_password(get(client, path_of(about)))
    assert not asks_for_password(get(client, "/fi/"))

    restriction.delete()
    PageViewRestriction.objects.create(
        page=lapland.site.root_page, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert asks_for_password(get(client, "/fi/"))
    assert asks_for_password(get(client, path_of(about)))


def test_a_cleared_cache_never_brings_back_an_old_structure(client, lapland):
    """The version is a random token: after a clear it cannot repeat the one an old structure was built for."""
    about = section(lapland, "about")
    old_path = path_of(about)
    assert get(client, old_path).status_code == 200

    # A change that sends no signal (as if made by another process whose
    # bump was lost with the cache), then the cache is cleared.
    Page.objects.filter(pk=about.pk).update(slug="tietoa-meista")
    cache.clear()

    assert get(client, old_path).status_code == 404
    assert get(client, "/fi/tietoa-meista/").status_code == 200


def test_a_change_bumps_the_version_again_when_committed(lapland, django_capture_on_commit_callbacks):
    about = section(lapland, "about")
    before = site_chrome.site_chrome_version()
    with django_capture_on_commit_callbacks() as callbacks:
        about.title = "Palvelusta"
        about.save()
        about.save()
        after_save = site_chrome.site_chrome_version()
    assert after_save != before
    # Once per transaction, however many rows changed.
    assert len([c for c in callbacks if c is site_chrome._set_new_version]) == 1
    callbacks[0]()
    assert site_chrome.site_chrome_version() != after_save


# -- copies, not shared instances -------------------------------------------------------


def test_each_request_gets_its_own_page_site_and_region(lapland):
    def route():
        request = RequestFactory().get("/fi/tapahtumat/", HTTP_HOST=LAPLAND)
        with translation.override("fi"):
            region = Region.for_request(request)
            page = structure.for_request(request).route(request, region.site, "tapahtumat/").page
        return request, region, page

    first_request, first_region, first_page = route()
    first_page.title = "Muutettu"
    first_page.locale.language_code = "xx"
    first_region.name = "Muutettu"
    first_request._wagtail_site.site_name = "Muutettu"

    request, region, page = route()
    assert page is not first_page and page.pk == first_page.pk
    assert page.title == "Tapahtumat"
    assert page.locale.language_code == "fi"
    assert region.name == "Lappilaiset"
    assert request._wagtail_site.site_name != "Muutettu"
    assert region.site is request._wagtail_site


def test_a_frozen_page_thaws_into_independent_stream_values(lapland):
    from guides.factories import GuidePageFactory, guide_index

    guide = GuidePageFactory(parent=guide_index(lapland))
    frozen = structure.Frozen(Page.objects.get(pk=guide.pk).specific)

    first, second = frozen.thaw(), frozen.thaw()
    first.body.append(("paragraph", "<p>Lisätty</p>"))

    assert len(second.body) == len(guide.body)
    assert len(frozen.thaw().body) == len(guide.body)

"""The page cache for anonymous readers (regions/page_cache.py): what is kept, what never is, and that every
change a reader can see drops it at once."""

import pytest
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.contrib.frontend_cache.backends import BaseBackend

from accounts.factories import UserFactory
from listings.factories import EventFactory, OrganisationFactory
from listings.models import Event
from regions import page_cache
from regions.factories import LiftedPostFactory
from regions.models import BrandingSettings, Municipality
from regions.social_feed_models import SocialFeed, SocialFeedSettings
from regions.social_feeds import store

pytestmark = pytest.mark.django_db

HOST = "lappilaiset.localhost"
ROVANIEMI = "698"
LIST = "/fi/tapahtumat/"


@pytest.fixture(autouse=True)
def page_cache_on():
    cache.clear()
    with override_settings(PAGE_CACHE_SECONDS=300, PAGE_CACHE_CDN_SECONDS=60):
        yield
    cache.clear()


@pytest.fixture
def organisation(lapland):
    return OrganisationFactory(municipality_code=ROVANIEMI)


def get(client, path=LIST, **extra):
    response = client.get(path, HTTP_HOST=HOST, **extra)
    assert response.status_code == 200, path
    return response


def cached(client, path=LIST):
    """The page as a reader gets it after it was kept: asserts that it came from the cache."""
    get(client, path)
    response = get(client, path)
    assert response[page_cache.STATUS_HEADER] == "hit", path
    return response.content.decode()


def test_a_readers_page_is_kept_and_replayed_with_its_headers_and_a_fresh_nonce(client, organisation):
    EventFactory(organisation=organisation, title="Kylätanssit")
    first = get(client)
    assert first[page_cache.STATUS_HEADER] == "miss"
    assert "s-maxage=60" in first["Cache-Control"] and "public" in first["Cache-Control"]
    second = get(client)
    assert second[page_cache.STATUS_HEADER] == "hit"
    assert "Kylätanssit" in second.content.decode()
    assert second["Content-Language"] == first["Content-Language"]
    assert second["Cache-Control"] == first["Cache-Control"]
    # Each response has its own CSP nonce, in its header and on its inline <style>.
    nonces = []
    for response in (first, second):
        nonce = response["Content-Security-Policy"].split("'nonce-")[1].split("'")[0]
        assert f'nonce="{nonce}"' in response.content.decode()
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


def test_the_query_string_is_normalised_and_tracking_parameters_ignored(client, organisation):
    EventFactory(organisation=organisation)
    get(client, "/fi/tapahtumat/?topic=kulttuuri&municipality=698")
    response = get(client, "/fi/tapahtumat/?municipality=698&utm_source=uutiskirje&topic=kulttuuri")
    assert response[page_cache.STATUS_HEADER] == "hit"


def test_a_publish_is_seen_at_once(client, organisation):
    assert "Kylätanssit" not in cached(client)
    event = EventFactory(organisation=organisation, title="Kylätanssit", draft=True, with_revision=True)
    assert "Kylätanssit" not in cached(client)
    event.save_revision().publish()
    assert "Kylätanssit" in cached(client)
    assert "Kylätanssit" in cached(client, "/fi/")


def test_an_edit_of_a_live_listing_is_seen_at_once_on_its_list_and_its_page(client, organisation):
    event = EventFactory(organisation=organisation, title="Kylätanssit", with_revision=True)
    detail = f"/fi/tapahtumat/{event.pk}-{event.slug}/"
    assert "Kylätanssit" in cached(client)
    assert "Kylätanssit" in cached(client, detail)
    event.title = "Kesän kylätanssit"
    event.save_revision().publish()
    assert "Kesän kylätanssit" in cached(client)
    assert "Kesän kylätanssit" in cached(client, detail)


def test_an_unpublish_and_a_delete_are_seen_at_once(client, organisation):
    first = EventFactory(organisation=organisation, title="Kylätanssit", with_revision=True)
    second = EventFactory(organisation=organisation, title="Tunturikävely")
    assert "Kylätanssit" in cached(client) and "Tunturikävely" in cached(client)
    first.unpublish()
    assert "Kylätanssit" not in cached(client)
    Event.objects.get(pk=second.pk).delete()
    assert "Tunturikävely" not in cached(client)


def test_a_coverage_change_is_seen_at_once(client, lapland, organisation):
    EventFactory(organisation=organisation, title="Kylätanssit", municipality_codes=[ROVANIEMI])
    assert "Kylätanssit" in cached(client)
    lapland.coverage.remove(Municipality.objects.get(code=ROVANIEMI))
    assert "Kylätanssit" not in cached(client)


def test_a_branding_change_is_seen_at_once(client, lapland):
    assert "#1d4f91" in cached(client, "/fi/")
    branding = BrandingSettings.for_site(lapland.site)
    branding.accent_colour = "#7a2048"
    branding.save()
    assert "#7a2048" in cached(client, "/fi/")


def test_a_lifted_post_added_hidden_or_imported_is_seen_at_once_on_the_home_page(client, lapland):
    assert "Kirjaston lukupiiri alkaa" not in cached(client, "/fi/")
    post = LiftedPostFactory(region=lapland, text="Kirjaston lukupiiri alkaa")
    assert "Kirjaston lukupiiri alkaa" in cached(client, "/fi/")
    post.hidden = True
    post.save()
    assert "Kirjaston lukupiiri alkaa" not in cached(client, "/fi/")
    settings = SocialFeedSettings.for_site(lapland.site)
    feed = SocialFeed.objects.create(settings=settings, name="Blogi", url="https://blogi.example.org/feed")
    assert "Talkoot pihalla" not in cached(client, "/fi/")
    entry = {"guid": "1", "title": "Talkoot pihalla", "summary": "", "link": "https://blogi.example.org/1"}
    store(feed, [{**entry, "published_at": timezone.now()}])
    assert "Talkoot pihalla" in cached(client, "/fi/")


def test_a_page_published_is_seen_at_once(client, lapland):
    assert "Kaikki tapahtumat yhdellä sivulla" not in cached(client)
    index = lapland.site.root_page.get_children().get(slug="tapahtumat").specific
    index.introduction = "Kaikki tapahtumat yhdellä sivulla"
    index.save_revision().publish()
    assert "Kaikki tapahtumat yhdellä sivulla" in cached(client)


def test_a_logged_in_user_never_gets_a_kept_page_nor_leaves_one(client, lapland):
    get(client)
    client.force_login(UserFactory())
    response = get(client)
    assert page_cache.STATUS_HEADER not in response
    assert "private" in response["Cache-Control"]
    client.logout()
    cache.clear()
    client.force_login(UserFactory())
    get(client)
    client.logout()
    assert get(client)[page_cache.STATUS_HEADER] == "miss"


def test_a_page_with_a_form_is_never_kept(client, lapland):
    with translation.override("fi"):
        login = reverse("account_login")
    for _ in range(2):
        response = client.get(login, HTTP_HOST=HOST)
        assert response.status_code == 200
        assert page_cache.STATUS_HEADER not in response
        assert "private" in response["Cache-Control"]


def test_search_words_are_never_kept(client, organisation):
    EventFactory(organisation=organisation, title="Joulukonsertti")
    for path in ("/fi/haku/?q=konsertti", "/fi/tapahtumat/?q=konsertti"):
        for _ in range(2):
            assert page_cache.STATUS_HEADER not in get(client, path)


def test_a_reader_with_messages_or_a_session_gets_the_page_made_for_them(client, lapland):
    get(client)
    client.cookies["messages"] = "x"
    assert page_cache.STATUS_HEADER not in get(client)
    del client.cookies["messages"]
    client.cookies["sessionid"] = "x"
    assert page_cache.STATUS_HEADER not in get(client)


def _middleware(view_response):
    return page_cache.PageCacheMiddleware(lambda request: view_response(request))


def test_a_response_that_shows_messages_or_sets_a_cookie_is_not_kept(lapland):
    factory = RequestFactory()

    def with_message(request):
        request.session = {}
        request._messages = FallbackStorage(request)
        request._messages.add(20, "Kiitos!")
        return HttpResponse("kiitos")

    def with_cookie(request):
        response = HttpResponse("eväste")
        response.set_cookie("choice", "1")
        return response

    for view in (with_message, with_cookie):
        middleware = _middleware(view)
        for _ in range(2):
            response = middleware(factory.get("/fi/", HTTP_HOST=HOST))
            assert page_cache.STATUS_HEADER not in response
            assert "private" in response["Cache-Control"]


def test_the_views_own_headers_are_kept_and_replayed_untouched(lapland):
    calls = []

    def view(request):
        calls.append(request)
        response = HttpResponse("tapahtuma")
        response["X-Visits-Listing"] = "listings.event:42"
        return response

    middleware = _middleware(view)
    first = middleware(RequestFactory().get("/fi/tapahtumat/42-x/", HTTP_HOST=HOST))
    second = middleware(RequestFactory().get("/fi/tapahtumat/42-x/", HTTP_HOST=HOST))
    assert len(calls) == 1
    assert second[page_cache.STATUS_HEADER] == "hit"
    assert first["X-Visits-Listing"] == second["X-Visits-Listing"] == "listings.event:42"


class RecordingBackend(BaseBackend):
    """A front-end cache backend (wagtail.contrib.frontend_cache) that records what it is asked to purge."""

    purged = []

    def purge(self, url):
        self.purged.append(url)


def test_a_cdn_in_front_is_told_to_purge_a_listings_addresses_on_publish(client, organisation):
    RecordingBackend.purged.clear()
    backend = {"default": {"BACKEND": f"{__name__}.RecordingBackend"}}
    with override_settings(WAGTAILFRONTENDCACHE=backend):
        event = EventFactory(organisation=organisation, title="Kylätanssit", draft=True, with_revision=True)
        event.save_revision().publish()
    purged = RecordingBackend.purged
    assert any(url.endswith(f"/fi/tapahtumat/{event.pk}-{event.slug}/") and HOST in url for url in purged), purged
    assert f"http://{HOST}/fi/tapahtumat/" in purged and f"http://{HOST}/fi/" in purged

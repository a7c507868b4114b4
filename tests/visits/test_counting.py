"""Counting listing and guide views through the cache, and the flush into daily rows."""

import datetime
import io
import pickle

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from guides.factories import GuidePageFactory, guide_index
from listings.factories import EventFactory
from listings.models import Event
from visits import counting, queries
from visits.middleware import ViewCountMiddleware
from visits.models import DailyView

pytestmark = pytest.mark.django_db

ROVANIEMI = "698"
LAPLAND = "lappilaiset.localhost"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
BOTS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "curl/8.5.0",
    "",
]
WRITES = ("INSERT", "UPDATE", "DELETE")


def today_views(obj, site=None):
    day = timezone.localdate()
    counts = queries.views_by_object(type(obj), [obj.pk], day, day, site_ids=None if site is None else [site.pk])
    return counts.get(obj.pk, 0)


def flush():
    call_command("flush_page_views")


@pytest.fixture
def event(lapland):
    return EventFactory(municipality_codes=[ROVANIEMI], title="Revontulikävely", slug="revontulikavely")


def event_path(event):
    return f"/fi/tapahtumat/{event.pk}-{event.slug}/"


def test_a_thousand_views_count_a_thousand_after_the_flush_and_write_nothing(client, event, lapland):
    path = event_path(event)
    client.get(path, HTTP_HOST=LAPLAND, HTTP_USER_AGENT=BROWSER)  # warm the site's cached data
    with CaptureQueriesContext(connection) as queries_run:
        for _ in range(999):
            response = client.get(path, HTTP_HOST=LAPLAND, HTTP_USER_AGENT=BROWSER)
            assert response.status_code == 200
    for bot in BOTS:
        assert client.get(path, HTTP_HOST=LAPLAND, HTTP_USER_AGENT=bot).status_code == 200
    statements = [query["sql"].lstrip().upper() for query in queries_run.captured_queries]
    assert [sql for sql in statements if sql.startswith(WRITES)] == []
    assert not any(DailyView._meta.db_table in query["sql"] for query in queries_run.captured_queries)
    assert DailyView.objects.count() == 0
    # The mark is the server's business only.
    assert counting.HEADER not in response
    flush()
    assert today_views(event) == 1000
    assert today_views(event, lapland.site) == 1000
    row = DailyView.objects.get()
    assert (row.day, row.content_type.model_class(), row.object_id, row.site_id, row.count) == (
        timezone.localdate(),
        Event,
        event.pk,
        lapland.site.pk,
        1000,
    )


def test_one_view_costs_no_more_queries_than_an_uncounted_one(client, event):
    path = event_path(event)
    client.get(path, HTTP_HOST=LAPLAND, HTTP_USER_AGENT=BROWSER)
    with CaptureQueriesContext(connection) as counted:
        client.get(path, HTTP_HOST=LAPLAND, HTTP_USER_AGENT=BROWSER)
    with CaptureQueriesContext(connection) as by_a_bot:
        client.get(path, HTTP_HOST=LAPLAND, HTTP_USER_AGENT=BOTS[0])
    assert len(counted) == len(by_a_bot)


def test_flushes_add_up_and_a_second_flush_adds_nothing_twice(client, event):
    path = event_path(event)
    for _ in range(3):
        client.get(path, HTTP_HOST=LAPLAND, HTTP_USER_AGENT=BROWSER)
    flush()
    flush()
    assert today_views(event) == 3
    for _ in range(2):
        client.get(path, HTTP_HOST=LAPLAND, HTTP_USER_AGENT=BROWSER)
    flush()
    assert today_views(event) == 5
    assert DailyView.objects.count() == 1


def test_a_view_that_lands_in_a_closed_generation_counts_once_at_the_next_flush(lapland):
    content_type = ContentType.objects.get_for_model(Event)
    counting.record(content_type.pk, 7, lapland.site.pk)
    closing = cache.get(counting.GENERATION)
    assert counting.flush() == 1
    # A request that read the generation just before the flush closed it, and counts in it after.
    suffix = f"{timezone.localdate().isoformat()}:{lapland.site.pk}:{content_type.pk}:7"
    counting._add(suffix, 1)
    assert cache.get(counting.GENERATION) == closing + 1
    generation_key = counting._counter(closing, suffix)
    cache.incr(generation_key)
    assert counting.flush() == 2
    assert counting.flush() == 0
    assert queries.views_by_object(Event, [7], timezone.localdate(), timezone.localdate()) == {7: 3}
    # The closed generation is gone from the cache once read twice.
    assert cache.get(generation_key) is None


def test_views_are_kept_per_day_and_site(lapland, north_karelia):
    content_type = ContentType.objects.get_for_model(Event)
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    counting.record(content_type.pk, 1, lapland.site.pk, day=yesterday)
    counting.record(content_type.pk, 1, lapland.site.pk)
    counting.record(content_type.pk, 1, north_karelia.site.pk)
    counting.flush()
    rows = set(DailyView.objects.values_list("day", "site_id", "count"))
    assert rows == {
        (yesterday, lapland.site.pk, 1),
        (timezone.localdate(), lapland.site.pk, 1),
        (timezone.localdate(), north_karelia.site.pk, 1),
    }


def test_a_failed_database_write_keeps_the_views_for_the_next_flush(lapland, monkeypatch):
    content_type = ContentType.objects.get_for_model(Event)
    for _ in range(4):
        counting.record(content_type.pk, 3, lapland.site.pk)

    def broken(rows):
        raise RuntimeError("database unavailable")

    monkeypatch.setattr(counting, "_upsert", broken)
    with pytest.raises(RuntimeError):
        counting.flush()
    monkeypatch.undo()
    assert counting.flush() == 4
    assert DailyView.objects.get().count == 4


UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "core.cache.ResilientRedisCache",
        # Nothing listens on port 1.
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2, "RETRY_INTERVAL": 60},
    }
}


def test_with_the_cache_down_the_page_is_served_and_the_flush_moves_nothing(client, event):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response = client.get(event_path(event), HTTP_HOST=LAPLAND, HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 200
        assert counting.HEADER not in response
        assert counting.record(1, 1, 1) is False
        assert counting.flush() == 0
    assert DailyView.objects.count() == 0


REDIS = {
    "default": {
        "BACKEND": "core.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:6379/5",
        "KEY_PREFIX": "test-visits",
    }
}


def test_counting_and_flushing_through_redis(lapland):
    with override_settings(CACHES=REDIS):
        cache.clear()
        try:
            content_type = ContentType.objects.get_for_model(Event)
            for _ in range(25):
                assert counting.record(content_type.pk, 11, lapland.site.pk)
            counting.record(content_type.pk, 12, lapland.site.pk)
            assert counting.flush() == 26
            counting.record(content_type.pk, 11, lapland.site.pk)
            assert counting.flush() == 1
        finally:
            cache.clear()
    day = timezone.localdate()
    assert queries.views_by_object(Event, [11, 12], day, day) == {11: 26, 12: 1}


# -- the middleware -------------------------------------------------------------------------


def marked(status=200):
    def view(request):
        response = HttpResponse("page", status=status)
        response[counting.HEADER] = "5:6:7"
        return response

    return view


@pytest.mark.parametrize(
    ("method", "path", "status", "headers", "counted"),
    [
        ("get", "/fi/tapahtumat/6-x/", 200, {}, True),
        ("get", "/fi/tapahtumat/6-x/", 404, {}, False),
        ("head", "/fi/tapahtumat/6-x/", 200, {}, False),
        ("post", "/fi/tapahtumat/6-x/", 200, {}, False),
        ("get", "/admin/snippets/listings/event/preview/6/", 200, {}, False),
        ("get", "/fi/tapahtumat/6-x/", 200, {"HTTP_SEC_PURPOSE": "prefetch"}, False),
        ("get", "/fi/tapahtumat/6-x/", 200, {"HTTP_USER_AGENT": BOTS[0]}, False),
    ],
)
def test_what_the_middleware_counts(monkeypatch, method, path, status, headers, counted):
    recorded = []
    monkeypatch.setattr("visits.middleware.record", lambda *key: recorded.append(key))
    request = getattr(RequestFactory(), method)(path, **{"HTTP_USER_AGENT": BROWSER, **headers})
    response = ViewCountMiddleware(marked(status))(request)
    assert counting.HEADER not in response
    assert recorded == ([(5, 6, 7)] if counted else [])


def test_a_preview_is_not_counted(monkeypatch):
    recorded = []
    monkeypatch.setattr("visits.middleware.record", lambda *key: recorded.append(key))
    request = RequestFactory().get("/fi/ohjeet/x/", HTTP_USER_AGENT=BROWSER)
    request.is_preview = True
    ViewCountMiddleware(marked())(request)
    assert recorded == []


@pytest.mark.parametrize("value", ["", "1:2", "a:b:c", "1:2:3:4", "-1:2:3"])
def test_a_malformed_mark_is_dropped(value):
    assert counting.parse(value) is None


# -- the page cache in front of the view ----------------------------------------------------


class ReplayingCache:
    """A stand-in for the readers' page cache: below the view counter, it answers repeated anonymous GETs
    from a pickled copy of the first response (its headers too), without running the view."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.stored = {}
        self.views_run = 0

    def __call__(self, request):
        key = (request.get_host(), request.get_full_path())
        if request.method == "GET" and key in self.stored:
            return pickle.loads(self.stored[key])
        self.views_run += 1
        ReplayingCache.last = self
        response = self.get_response(request)
        if request.method == "GET" and response.status_code == 200:
            self.stored[key] = pickle.dumps(response)
        return response


def test_views_answered_by_the_page_cache_are_counted(client, event, settings):
    middleware = list(settings.MIDDLEWARE)
    assert middleware.index("visits.middleware.ViewCountMiddleware") < middleware.index(
        "django.middleware.common.CommonMiddleware"
    )
    # The page cache sits below the counter (the performance issue's cache goes there too).
    middleware.insert(middleware.index("visits.middleware.ViewCountMiddleware") + 1, f"{__name__}.ReplayingCache")
    settings.MIDDLEWARE = middleware
    path = event_path(event)
    for _ in range(10):
        response = client.get(path, HTTP_HOST=LAPLAND, HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 200
        assert counting.HEADER not in response
    assert ReplayingCache.last.views_run == 1
    flush()
    assert today_views(event) == 10


# -- guides ---------------------------------------------------------------------------------


def test_a_shared_guide_counts_for_the_original_per_site(client, national, lapland, north_karelia):
    national_guide = GuidePageFactory(parent=guide_index(national), title="Vuosikokous", slug="vuosikokous")
    call_command("share_guides", "--all", stdout=io.StringIO(), stderr=io.StringIO())
    client.get("/fi/ohjeet/vuosikokous/", HTTP_HOST="lappilaiset.localhost", HTTP_USER_AGENT=BROWSER)
    client.get("/fi/ohjeet/vuosikokous/", HTTP_HOST="lappilaiset.localhost", HTTP_USER_AGENT=BROWSER)
    client.get("/fi/ohjeet/vuosikokous/", HTTP_HOST="localhost", HTTP_USER_AGENT=BROWSER)
    flush()
    day = timezone.localdate()
    assert queries.views_by_object(type(national_guide), [national_guide.pk], day, day) == {national_guide.pk: 3}
    assert queries.views_by_site(day, day) == {lapland.site.pk: 2, national.site.pk: 1}

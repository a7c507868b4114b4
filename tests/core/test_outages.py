"""Degrade, do not fail: public pages without Redis, a 503 without the database, and recovery from both.

The outages are real ones: the settings point the cache (or a copy of the
database connection) at a port nobody listens on, and then back.
"""

import copy
import logging
import shutil
import socket
import subprocess
import time

import pytest
from django.db import connections
from django.test import Client, override_settings
from django.test.client import RequestFactory

from config.settings.base import redis_caches
from core import cache as resilient
from core.spam import is_rate_limited
from listings.factories import EventFactory
from regions import cache as site_cache

pytestmark = pytest.mark.django_db

LAPLAND = "lappilaiset.localhost"
ROVANIEMI = "698"


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def unreachable_redis(port=None, retry_interval=60):
    caches = redis_caches(f"redis://127.0.0.1:{port or closed_port()}/0")
    caches["default"]["OPTIONS"]["RETRY_INTERVAL"] = retry_interval
    return caches


@pytest.fixture(autouse=True)
def fresh_cache_health():
    # The outage state is per process and per address; each test starts with none known.
    resilient._health.clear()
    yield
    resilient._health.clear()


def outage_records(caplog):
    return [record for record in caplog.records if record.name == "core.cache" and "unreachable" in record.getMessage()]


def test_public_pages_are_served_from_the_database_while_redis_is_unreachable(client, lapland, caplog):
    event = EventFactory(municipality_codes=[ROVANIEMI], title="Revontulikävely katkon aikana")
    paths = ["/fi/", "/fi/tapahtumat/", f"/fi/tapahtumat/{event.pk}-{event.slug}/", "/fi/haku/?q=Revontulikävely"]
    caplog.set_level(logging.WARNING, logger="core.cache")
    with override_settings(CACHES=unreachable_redis()):
        for _ in range(2):
            for path in paths:
                response = client.get(path, HTTP_HOST=LAPLAND)
                assert response.status_code == 200, path
        assert event.title in client.get("/fi/tapahtumat/", HTTP_HOST=LAPLAND).content.decode()
        assert event.title in client.get("/fi/haku/?q=Revontulikävely", HTTP_HOST=LAPLAND).content.decode()
    # Eight pages, one log line: the outage is logged when it is noticed, not per request.
    assert len(outage_records(caplog)) == 1
    # Back on a working cache nothing needs restarting.
    for path in paths:
        assert client.get(path, HTTP_HOST=LAPLAND).status_code == 200, path


def test_an_unreachable_redis_is_not_asked_again_until_the_retry_interval(lapland):
    with override_settings(CACHES=unreachable_redis(retry_interval=60)):
        from django.core.cache import cache

        cache.get("warm-up")
        started = time.monotonic()
        for number in range(200):
            assert cache.get(f"key-{number}") is None
            cache.set(f"key-{number}", number)
        # 200 reads and writes against a known outage cost no connection attempts.
        assert time.monotonic() - started < 0.5
        assert not cache.available


def test_form_rate_limits_fail_closed_while_redis_is_unreachable(rf):
    request = rf.post("/fi/palaute/", REMOTE_ADDR="203.0.113.9")
    assert not is_rate_limited(request, "outage-test")
    with override_settings(CACHES=unreachable_redis()):
        assert is_rate_limited(request, "outage-test")


def test_the_login_form_is_limited_while_redis_is_unreachable(client, lapland):
    with override_settings(CACHES=unreachable_redis()):
        response = client.post(
            "/fi/tili/kirjaudu/", {"login": "someone@example.org", "password": "wrong"}, HTTP_HOST=LAPLAND
        )
    assert response.status_code == 429


@pytest.fixture
def redis_port():
    if not shutil.which("redis-server"):
        pytest.skip("redis-server not installed: apt-get install redis-server")
    return closed_port()


def test_the_cache_recovers_by_itself_and_site_data_starts_afresh(redis_port, lapland, caplog):
    caplog.set_level(logging.WARNING, logger="core.cache")
    with override_settings(CACHES=unreachable_redis(redis_port, retry_interval=0.2)):
        from django.core.cache import cache

        assert cache.get("key") is None
        assert not cache.available
        site_cache.remember("test-scope", "value", lambda: "built during the outage")
        assert site_cache._memo
        server = subprocess.Popen(
            ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 10
            while True:
                cache.set("key", "back")
                if cache.get("key") == "back":
                    break
                assert time.monotonic() < deadline, "the cache did not come back"
                time.sleep(0.1)
            assert cache.available
            # The invalidations dropped during the outage are made up for: every process starts afresh.
            assert site_cache._memo == {}
        finally:
            server.terminate()
            server.wait(10)
    messages = [record.getMessage() for record in caplog.records if record.name == "core.cache"]
    assert sum("unreachable" in message for message in messages) == 1
    assert sum("reachable again" in message for message in messages) == 1


def unreachable_database():
    """A copy of the default connection that points at nothing: a closed port, or for SQLite a missing folder."""
    original = connections["default"]
    settings_dict = copy.deepcopy(original.settings_dict)
    if original.vendor == "sqlite":
        settings_dict["NAME"] = "/nonexistent-folder/db.sqlite3"
    else:
        settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
    return original.__class__(settings_dict, alias="default")


class DatabaseDown:
    def __enter__(self):
        self.original = connections["default"]
        connections["default"] = unreachable_database()

    def __exit__(self, *exc):
        connections["default"].close()
        connections["default"] = self.original


@pytest.mark.parametrize(
    ("path", "headers", "text"),
    [
        ("/fi/", {}, "Palvelu on tilapäisesti poissa käytöstä"),
        ("/sv/", {}, "Tjänsten är tillfälligt otillgänglig"),
        ("/en/events/", {}, "The service is temporarily unavailable"),
        ("/en/events/", {"HTTP_ACCEPT_LANGUAGE": "sv"}, "The service is temporarily unavailable"),
    ],
)
def test_an_unreachable_database_answers_503_with_retry_after_in_the_readers_language(
    client, lapland, path, headers, text
):
    with DatabaseDown():
        response = client.get(path, HTTP_HOST=LAPLAND, **headers)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert text in response.content.decode()
    # Recovered without anything restarted.
    assert client.get(path.replace("/events/", "/"), HTTP_HOST=LAPLAND, follow=True).status_code == 200


def test_a_database_failure_inside_a_middleware_is_a_503_too(lapland, django_user_model):
    user = django_user_model.objects.create_user(email="reader@example.org", password="x" * 12)
    client = Client(raise_request_exception=False)
    client.force_login(user)
    with DatabaseDown():
        # The session and the user are read from the database by middleware, before any view.
        response = client.get("/sv/", HTTP_HOST=LAPLAND)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Tjänsten är tillfälligt otillgänglig" in response.content.decode()
    # Without a language in the address, the browser's language is the reader's.
    with DatabaseDown():
        response = Client(raise_request_exception=False).get("/", HTTP_HOST=LAPLAND, HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 503
    assert "Tjänsten är tillfälligt otillgänglig" in response.content.decode()


def test_other_errors_still_answer_500(lapland):
    request = RequestFactory().get("/fi/")
    from home.views import server_error

    try:
        raise RuntimeError("not a database error")
    except RuntimeError:
        response = server_error(request)
    assert response.status_code == 500


def test_the_redis_cache_makes_one_client_per_connection_pool():
    # Making a redis.Redis costs more than a cache read; Django would make one per call.
    with override_settings(CACHES=unreachable_redis()):
        from django.core.cache import cache

        assert cache._cache.get_client(write=False) is cache._cache.get_client(write=True)
        assert cache.get("key") is None  # still answers (a miss) through the reused client

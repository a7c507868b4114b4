"""Two app servers, one PostgreSQL and one Redis: a publish through one is read at once through the other.

Each server is a gunicorn of its own with the page cache on (bench.settings,
the production settings on plain HTTP). A reader's page is kept by server B,
the change is published through server A (a revision published, as the
admin's Publish does: bench/publish_urls.py), and B must show it on its very
next answer: no stale page from the shared page cache, no stale card.

It needs PostgreSQL and Redis on 127.0.0.1; CI sets REQUIRE_PRODUCTION_SMOKE,
which turns a missing service into a failure instead of a skip.
"""

import os
import urllib.parse
import urllib.request

import pytest
import redis
from django.conf import settings
from django.utils.html import escape

from bench.run import gunicorn, wait_for
from listings.factories import EventFactory, OrganisationFactory
from network.services import ensure_base_data
from tests.conftest import get_or_build_region
from tests.test_production_smoke import free_port, reachable

pytestmark = pytest.mark.production

HOST = "lappilaiset.localhost"
LIST = "/fi/tapahtumat/"
# The servers' own Redis database, emptied first: what the test process caches is not theirs.
SERVERS_REDIS = "redis://127.0.0.1:6379/7"


def fetch(url, data=None):
    request = urllib.request.Request(url, data=data, headers={"Host": HOST})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read().decode(), response.headers.get("X-Page-Cache", "-")


@pytest.fixture
def lapland_committed(transactional_db):
    """Lapland's site, committed for the servers to read; what migrations loaded is restored first (an earlier
    test of the same worker that committed its rows may have flushed the database, as browser tests do)."""
    ensure_base_data()
    return get_or_build_region("lappilaiset")


@pytest.fixture
def servers(lapland_committed):
    missing = [name for name, port in (("PostgreSQL", 5432), ("Redis", 6379)) if not reachable(port)]
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        missing.append("PostgreSQL as the test database")
    if missing:
        message = f"{' and '.join(missing)} not available"
        if os.environ.get("REQUIRE_PRODUCTION_SMOKE"):
            pytest.fail(message)
        pytest.skip(message)
    database = settings.DATABASES["default"]
    url = (
        f"postgres://{database['USER'] or 'postgres'}:{database['PASSWORD'] or ''}"
        f"@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{database['NAME']}"
    )
    redis.Redis.from_url(SERVERS_REDIS).flushdb()
    environ = {"DATABASE_URL": url, "REDIS_URL": SERVERS_REDIS, "PAGE_CACHE_SECONDS": "600"}
    a, b = free_port(), free_port()
    processes = [
        gunicorn("bench.wsgi:application", "bench.settings", a, 1, BENCH_PUBLISH_VIEW="1", **environ),
        gunicorn("bench.wsgi:application", "bench.settings", b, 2, **environ),
    ]
    try:
        wait_for(f"http://127.0.0.1:{a}/robots.txt", timeout=120)
        wait_for(f"http://127.0.0.1:{b}/robots.txt", timeout=120)
        yield f"http://127.0.0.1:{a}", f"http://127.0.0.1:{b}"
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        redis.Redis.from_url(SERVERS_REDIS).flushdb()


def test_a_publish_through_one_server_is_read_at_once_through_the_other(servers):
    a, b = servers
    organisation = OrganisationFactory(municipality_code="698")
    event = EventFactory(organisation=organisation, title="Kyläkirjaston satutunti")
    detail = f"{LIST}{event.pk}-{event.slug}/"
    for path in (LIST, detail):
        # B's two workers each answer once or more; the page is kept in the shared cache by the first.
        for _ in range(3):
            fetch(b + path)
        html, status = fetch(b + path)
        assert status == "hit", path
        assert "Kyläkirjaston satutunti" in html

    new_title = "Kyläkirjaston satutunti siirtyy pääkirjastoon"
    body = urllib.parse.urlencode({"title": new_title}).encode()
    published, _status = fetch(f"{a}/bench-publish/{event.pk}/", data=body)
    assert published == "published"

    for path in (LIST, detail):
        html, status = fetch(b + path)
        assert status == "miss", path  # computed again: the publish dropped B's kept copy
        assert escape(new_title) in html, path

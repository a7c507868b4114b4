"""A Redis cache that degrades instead of failing: with Redis down, pages come from the database.

Everything public pages keep in the cache (site versions, site data, rendered
cards, Wagtail's site root paths) can be rebuilt from the database, so an
unreachable Redis must not turn every page into a 500. This backend answers
a miss for every read and drops every write while Redis cannot be reached,
logs the outage once per process (not once per request) and the recovery
once, and after a failure leaves Redis alone for `RETRY_INTERVAL` seconds
so that each request does not pay for a failing connection attempt. It then
tries again by itself: no restart is needed.

Rate limits must not turn into "unlimited" during an outage: `incr` raises
ValueError, which django-ratelimit takes as a failed count and so as
"limited" (it fails closed), and `add` answers False, so allauth cannot take
its lock and refuses too. Only the forms behind those limits are refused;
reading pages is not limited.

On recovery the `cache_reconnected` signal is sent: writes that were dropped
during the outage included invalidations, so whoever keeps data under cached
versions (regions/cache.py) must start afresh.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.dispatch import Signal
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

#: Sent (by the backend, with `location`) when Redis answers again after an outage this process noticed.
cache_reconnected = Signal()

UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OSError)
RETRY_INTERVAL = 5.0


class _Health:
    """Whether Redis at one location answers, shared by every thread (Django makes a backend per thread)."""

    def __init__(self, location):
        self.location = location
        self.lock = threading.Lock()
        self.down = False
        self.retry_at = 0.0

    def skip(self):
        return self.down and time.monotonic() < self.retry_at

    def failed(self, error, interval):
        with self.lock:
            first = not self.down
            self.down = True
            self.retry_at = time.monotonic() + interval
        if first:
            logger.error(
                "Cache %s unreachable (%s): serving from the database, retrying every %s s",
                self.location,
                error,
                interval,
            )

    def succeeded(self):
        if not self.down:
            return
        with self.lock:
            recovered = self.down
            self.down = False
        if recovered:
            logger.warning("Cache %s reachable again", self.location)
            cache_reconnected.send(sender=_Health, location=self.location)


_health = {}
_health_lock = threading.Lock()


def health(location):
    with _health_lock:
        if location not in _health:
            _health[location] = _Health(location)
        return _health[location]


def _unavailable_incr():
    # django-ratelimit counts a ValueError from incr as a failed count, and refuses.
    raise ValueError("the cache is unavailable")


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's Redis client, with one `redis.Redis` per connection pool instead of one per cache call.

    Making a `redis.Redis` builds its table of some 170 response callbacks; Django makes one for every
    get, set and incr, several times a page. The object only holds its pool (which hands out the
    connections and is safe across threads and, after a fork, makes new ones), so one per pool serves.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None or client.connection_pool is not pool:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    """Django's RedisCache, answering misses while Redis is unreachable. OPTIONS may set RETRY_INTERVAL."""

    def __init__(self, server, params):
        params = dict(params)
        options = dict(params.get("OPTIONS") or {})
        self.retry_interval = float(options.pop("RETRY_INTERVAL", RETRY_INTERVAL))
        params["OPTIONS"] = options
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
        self._health = health(server if isinstance(server, str) else ",".join(server))

    @property
    def available(self):
        """False while an outage is known and the retry interval has not passed."""
        return not self._health.skip()

    def _guarded(self, fallback, operation, *args, **kwargs):
        if self._health.skip():
            return fallback()
        try:
            result = operation(*args, **kwargs)
        except UNAVAILABLE as error:
            self._health.failed(error, self.retry_interval)
            return fallback()
        self._health.succeeded()
        return result

    def get(self, key, default=None, version=None):
        return self._guarded(lambda: default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._guarded(dict, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._guarded(lambda: False, super().has_key, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(lambda: False, super().add, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(lambda: None, super().set, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(lambda: list(data), super().set_many, data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(lambda: False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._guarded(lambda: False, super().delete, key, version)

    def delete_many(self, keys, version=None):
        return self._guarded(lambda: None, super().delete_many, keys, version)

    def incr(self, key, delta=1, version=None):
        return self._guarded(_unavailable_incr, super().incr, key, delta, version)

    def clear(self):
        return self._guarded(lambda: False, super().clear)

"""The one owner of cached site data: a version per site, and each process's data under it.

Every public request reads things that change rarely: its site's region,
section pages, menu, footer, branding and filter choices. Each process keeps
them in memory, per site, under that site's version in the shared cache
(Redis in production, so every app server sees a change at once). A change
replaces the version of only the sites it can show on (regions/signals.py
and listings/invalidation.py decide which), and the next request on such a
site starts from an empty memo. Saving a draft changes nothing anyone sees,
so it replaces no version.

Whole pages kept for anonymous readers (regions/page_cache.py) carry a
further version per site (`page_version`, `bump_pages`): what a listing's
change shows on (listings/models/placements.py) replaces only that.

Besides one scope per site there is the `NETWORK` scope, for data that is
the same on every site (topics, audiences, view restrictions); a change to
every site (`bump_all`) replaces it too.

A version is a random token rather than a counter: after the shared cache is
cleared a counter would start again at a number some process may still hold
data for, and that data would pass for current.

While the shared cache is unreachable every read makes new versions, so
pages are built from the database; when it answers again every version is
replaced (`_start_afresh`), since the changes made meanwhile could not be
recorded.

Within a request each version is read once (`SiteCacheMiddleware` keeps
them for the request); outside one (tasks, commands) each read asks the
shared cache.
"""

import contextvars
import secrets
import time

from django.core.cache import cache
from django.db import transaction
from django.dispatch import receiver

from core.cache import cache_reconnected

#: The scope of data shared by every site.
NETWORK = "network"

_KEY = "site-cache:{}"
_ALL_KEY = "site-cache:all"

# {scope: (version, {key: value})}, this process's data.
_memo = {}
# The versions this request has read: {scope: version}; None outside a request.
_request_versions = contextvars.ContextVar("site_cache_versions", default=None)


def _token():
    return secrets.token_hex(8)


def _read(scopes):
    # A scope's version is its own token and the network-wide generation,
    # which `bump_all` replaces, so one write drops every site at once.
    keys = [_KEY.format(scope) for scope in scopes] + [_ALL_KEY]
    found = cache.get_many(keys)
    missing = {key: _token() for key in keys if key not in found}
    if missing:
        # Whoever adds first wins; re-read what the others may have added.
        for key, value in missing.items():
            cache.add(key, value, None)
        found.update(cache.get_many(list(missing)))
        # A cache that keeps nothing gets a new version every time.
        for key, value in missing.items():
            found.setdefault(key, value)
    generation = found[_ALL_KEY]
    return {scope: f"{found[_KEY.format(scope)]}.{generation}" for scope in scopes}


def version(scope):
    """The current version of a site's (by id) or the network's data."""
    versions = _request_versions.get()
    if versions is None:
        return _read([scope])[scope]
    if scope not in versions:
        # A page reads its site's data and the network's: both in one round trip.
        versions.update(_read([wanted for wanted in (scope, NETWORK) if wanted not in versions]))
    return versions[scope]


def _pages_scope(site_id):
    return f"pages-{site_id}"


#: The scope every site's page versions share: `bump_pages()` without sites replaces it.
_ALL_PAGES = "pages-all"


def page_version(site_id):
    """The version of a site's whole pages (the page cache, regions/page_cache.py), in one round trip.

    It changes with the site's data (`bump_sites`, `bump_all`), the
    network's, and on its own with `bump_pages`: a listing published,
    changed or withdrawn changes what the site's pages show, but not the
    data kept under the site's version (cards are keyed by the listing's own
    stamp), so only the pages' version is replaced.
    """
    scopes = (site_id, _pages_scope(site_id), _ALL_PAGES, NETWORK)
    versions = _request_versions.get()
    if versions is None:
        found = _read(scopes)
    else:
        wanted = [scope for scope in scopes if scope not in versions]
        if wanted:
            versions.update(_read(wanted))
        found = versions
    return ".".join(found[scope] for scope in scopes)


def bump_pages(site_ids=None):
    """Drop the cached pages of these sites (by id), everywhere; of every site when None."""
    if site_ids is None:
        _bump([_KEY.format(_ALL_PAGES)])
        return
    site_ids = {site_id for site_id in site_ids if site_id is not None}
    if site_ids:
        _bump(_KEY.format(_pages_scope(site_id)) for site_id in site_ids)


def _memoized(scope, current, key, build):
    """The value of `key` in this process's memo of `scope` while its version is `current`, else `build()`."""
    entry = _memo.get(scope)
    if entry is None or entry[0] != current:
        entry = _memo[scope] = (current, {})
    data = entry[1]
    if key not in data:
        data[key] = build()
    return data[key]


def remember(scope, key, build):
    """`build()`, computed once per process and version of the scope. Treat the value as read-only."""
    return _memoized(scope, version(scope), key, build)


def remember_shown(site_id, key, build, seconds=60):
    """`build()`, computed once per process, page version of the site (`page_version`) and `seconds`.

    For what a site's pages show of its listings (the home page's panels): a
    publish, change or withdrawal replaces the page version, so it is seen at
    once; what only the clock changes (an event ending, a listing's
    visibility period starting) is seen within `seconds`. Treat the value as read-only.
    """
    current = f"{page_version(site_id)}@{int(time.time() // seconds)}"
    return _memoized(_pages_scope(site_id), current, key, build)


def keep_shown(site_id, key, build, seconds=60):
    """`build()` kept in the shared cache under the site's page version for at most `seconds`.

    Like `remember_shown`, for data of which there is one value per listing
    (a listing's page): the shared cache holds it for every process and
    lets it expire, where a process's memo would only grow. A `build()` of
    None (nothing to show) is not kept.
    """
    period = int(time.time() // seconds)
    shared_key = f"shown:{page_version(site_id)}:{period}:{key}"
    value = cache.get(shared_key)
    if value is None:
        value = build()
        if value is not None:
            cache.set(shared_key, value, seconds)
    return value


def _replace(keys):
    cache.set_many({key: _token() for key in keys}, None)


def _bump(keys):
    keys = tuple(sorted(keys))
    _replace(keys)
    # Again once the change is committed: a process that read the new
    # version before the commit may have built its data from the old rows.
    transaction.on_commit(lambda: _replace(keys))
    versions = _request_versions.get()
    if versions is not None:
        versions.clear()


def bump_sites(site_ids):
    """Drop the cached data of these sites (by id), everywhere."""
    site_ids = {site_id for site_id in site_ids if site_id is not None}
    if site_ids:
        _bump(_KEY.format(site_id) for site_id in site_ids)


def bump_network():
    """Drop the network-wide data (not the sites' own)."""
    _bump([_KEY.format(NETWORK)])


def bump_all():
    """Drop the data of every site and the network's."""
    _bump([_ALL_KEY])


@receiver(cache_reconnected)
def _start_afresh(**kwargs):
    """After a cache outage: the invalidations of the outage were lost, so every site's data is rebuilt."""
    _memo.clear()
    _replace([_ALL_KEY])


class SiteCacheMiddleware:
    """Keeps the versions a request reads for the rest of that request (read on first use, not before)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_versions.set({})
        try:
            return self.get_response(request)
        finally:
            _request_versions.reset(token)

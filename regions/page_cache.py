"""Whole public pages kept in the shared cache for anonymous readers.

A regional site's peak (a newsletter, a link from the local paper) is
thousands of readers asking for the same few pages. A response that is the
same for every anonymous reader is kept in the shared cache (Redis in
production, so every app server serves and drops the same copy) under

    the site's page version (regions/cache.py) + host, path and normalised query string

and replayed, with its headers untouched, to the next reader who carries no
session. The version changes whenever something the site shows changes: a
page published, unpublished, moved or deleted, the region's coverage,
branding, menu or settings (the site's own version), a listing published,
changed, withdrawn or deleted on the sites that show it, and an
organisation's profile (`bump_pages`). A publish is seen at once, on every
app server. What only the clock changes (an event ending, a listing's
visibility period starting) is seen within `PAGE_CACHE_SECONDS`, the most a
page is kept.

Served from the cache only: GET and HEAD requests without a session cookie
or any cookie but the CSRF one (a logged-in user, a reader with messages or
with a password-protected page opened carries one).

Kept only: a 200 response to such a GET, for a reader who is not logged in,
that sets no cookie, used no CSRF token (so no page with a form: the
submission, sign-up, login, feedback and report pages and a
password-protected page's form), carries no messages, is no preview, says
nothing against it in its own Cache-Control (private, no-cache, no-store:
the admin, `never_cache` views) and asks no search words. Searches are never
kept: every query is a new key that is rarely asked again, so they would only
push the shared pages out of the cache.

The page's Content-Security-Policy nonce is per response: it is kept as a
placeholder and each replay writes its own reader's nonce into the body (the
CSP middleware, above this one, then sends it in the header).

Kept responses tell a CDN or Varnish in front that it may keep them too
(`Cache-Control: public, max-age=0, s-maxage=PAGE_CACHE_CDN_SECONDS`, unless
the view set its own); what is not kept is marked `private`. With
PAGE_CACHE_SECONDS=0 the middleware does nothing at all. Wagtail's front-end cache invalidation
purges a page's address from such a proxy on publish (settings
WAGTAILFRONTENDCACHE; listings/invalidation.py adds a listing's addresses).

This middleware sits below SiteCacheMiddleware (it reads the versions that
one keeps for the request) and below any middleware that must see every
response, cached or not (visits' view counter reads a header the detail
views set, which is kept and replayed with the page).
"""

import hashlib
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from wagtail.models import Site

from . import cache as site_cache

#: Marks a response's CSP nonce in a kept body; replaced by each replay's own nonce.
NONCE_PLACEHOLDER = "__page-cache-csp-nonce__"
#: Tells tests, the benchmark and an operator whether the page came from the cache.
STATUS_HEADER = "X-Page-Cache"

_NO_STORE = ("private", "no-cache", "no-store")
#: Query parameters that only track where a reader came from: the page is the same without them.
_TRACKING_PREFIXES = ("utm_",)
_TRACKING = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid"})


def _seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def normalised_query(query_string):
    """The query string with its parameters in one order, without the tracking ones."""
    pairs = [
        (name, value)
        for name, value in parse_qsl(query_string, keep_blank_values=True)
        if name not in _TRACKING and not name.startswith(_TRACKING_PREFIXES)
    ]
    return urlencode(sorted(pairs))


def _site_id(request):
    """The site the request's host names (from the network's cached data: no query on a warm process)."""
    host = request.get_host()

    def find():
        site = Site.find_for_request(request)
        return site.pk if site is not None else None

    return site_cache.remember(site_cache.NETWORK, ("page-cache-site", host), find)


def _has_search_words(request):
    return any(request.GET.get(name, "").strip() for name in getattr(settings, "PAGE_CACHE_SEARCH_PARAMETERS", ("q",)))


def may_serve(request):
    """Whether this request may get a kept page: an anonymous reader's GET with no session."""
    if request.method not in ("GET", "HEAD"):
        return False
    if any(name != settings.CSRF_COOKIE_NAME for name in request.COOKIES):
        return False
    return not _has_search_words(request)


def key_for(request):
    """The request's key in the shared cache, or None when its host is no site."""
    site_id = _site_id(request)
    if site_id is None:
        return None
    where = f"{request.get_host()}|{request.path}|{normalised_query(request.META.get('QUERY_STRING', ''))}"
    digest = hashlib.sha256(where.encode()).hexdigest()
    return f"page-cache:{site_cache.page_version(site_id)}:{digest}"


def _messages_shown(request):
    storage = getattr(request, "_messages", None)
    if storage is None:
        return False
    return bool(getattr(storage, "_queued_messages", None) or getattr(storage, "_loaded_data", None))


def storable(request, response):
    """Whether a response to a request that `may_serve` is the same for every anonymous reader."""
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if getattr(request, "is_preview", False) or _messages_shown(request):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in _NO_STORE)


def freeze(request, response):
    """What is kept of a response: its status, every header and the body with its nonce as a placeholder."""
    content = response.content
    nonce = getattr(request, "_csp_nonce", None)
    if isinstance(nonce, str) and nonce:
        content = content.replace(nonce.encode(), NONCE_PLACEHOLDER.encode())
    headers = [(name, value) for name, value in response.items() if name.lower() != "content-length"]
    return {"status": response.status_code, "headers": headers, "content": content}


def replay(request, kept):
    content = kept["content"]
    if NONCE_PLACEHOLDER.encode() in content:
        content = content.replace(NONCE_PLACEHOLDER.encode(), str(request.csp_nonce).encode())
    response = HttpResponse(content, status=kept["status"])
    for name, value in kept["headers"]:
        response[name] = value
    response["Content-Length"] = str(len(content))
    response[STATUS_HEADER] = "hit"
    return response


def _public(response):
    patch_cache_control(response, public=True, max_age=0, s_maxage=getattr(settings, "PAGE_CACHE_CDN_SECONDS", 60))


class PageCacheMiddleware:
    """Serves and keeps anonymous readers' pages (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = _seconds()
        if not seconds:
            return self.get_response(request)
        key = key_for(request) if may_serve(request) else None
        if key is not None:
            kept = cache.get(key)
            if kept is not None:
                response = replay(request, kept)
                if request.method == "HEAD":
                    response.content = b""
                return response
        response = self.get_response(request)
        if key is not None and storable(request, response):
            if not response.has_header("Cache-Control"):
                # A CDN may keep it too: what it may keep is what is kept here (a view's own policy stands).
                _public(response)
            cache.set(key, freeze(request, response), seconds)
            response[STATUS_HEADER] = "miss"
        elif not response.has_header("Cache-Control"):
            # Someone's own page (a session, a form's token, messages): no shared cache may keep it.
            patch_cache_control(response, private=True)
        return response

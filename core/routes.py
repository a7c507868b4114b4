"""URLconf routes in the reader's language: /fi/tili/kirjaudu/, /sv/konto/logga-in/, /en/account/login/.

The words come from one table (content/route_words.yaml, English route word
→ Finnish and Swedish). `localized_patterns()` rebuilds a list of patterns
(ours, or a library's such as allauth's) with lazy routes, which Django
compiles per active language exactly as it does translated URL patterns, so
the URL names and reverse() stay as they were. `old_address_patterns()` gives
the same routes with their English words, answering with a permanent redirect
to the page's address in the URL's language: links already sent in mails and
bookmarks keep working.
"""

import re

from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import NoReverseMatch, URLPattern, URLResolver, include, path, reverse
from django.urls.resolvers import RegexPattern, RoutePattern
from django.utils.functional import lazy

from .content import app_content
from .translation import active_language

#: {English word: {"fi": word, "sv": word}}
ROUTE_WORDS = app_content(__file__, "route_words.yaml")

_REGEX_START = re.compile(r"^\^?")


def route_word(word, language=None):
    """`word` (a whole path segment) in `language` (default: the active one); itself where the table has none."""
    return ROUTE_WORDS.get(word, {}).get(language or active_language(), word)


def translate_route(route, language=None):
    """A route string or regular expression with each whole segment that the table knows in `language`."""
    segments = route.split("/")
    for index, segment in enumerate(segments):
        start = _REGEX_START.match(segment).group() if index == 0 else ""
        bare = segment[len(start) :]
        if bare in ROUTE_WORDS:
            segments[index] = start + route_word(bare, language)
    return "/".join(segments)


def has_route_words(route):
    return translate_route(route, "fi") != route or translate_route(route, "sv") != route


def _localized(route):
    # A plain string where nothing changes: Django compiles those once instead of per language.
    if not has_route_words(route):
        return route
    return lazy(lambda: translate_route(route), str)()


def _raw_route(pattern):
    return str(pattern._route if isinstance(pattern, RoutePattern) else pattern._regex)


def _rebuild_pattern(pattern, route, is_endpoint, keep_name=True):
    name = pattern.name if keep_name else None
    if isinstance(pattern, RoutePattern):
        return RoutePattern(route, name=name, is_endpoint=is_endpoint)
    return RegexPattern(route, name=name, is_endpoint=is_endpoint)


def localized_patterns(patterns):
    """`patterns` (URLPattern and URLResolver, nested) with their route words in the URL's language."""
    rebuilt = []
    for entry in patterns:
        route = _localized(_raw_route(entry.pattern))
        if isinstance(entry, URLResolver):
            rebuilt.append(
                URLResolver(
                    _rebuild_pattern(entry.pattern, route, is_endpoint=False),
                    localized_patterns(entry.url_patterns),
                    entry.default_kwargs,
                    app_name=entry.app_name,
                    namespace=entry.namespace,
                )
            )
        else:
            rebuilt.append(
                URLPattern(
                    _rebuild_pattern(entry.pattern, route, is_endpoint=True),
                    entry.callback,
                    entry.default_args,
                    entry.name,
                )
            )
    return rebuilt


def language_prefix(prefixes):
    """A URL prefix from {language: prefix} in the URL's language, the English one for any other language.

    A lazy string, so Django builds the pattern per active language exactly
    as it does for translated URL patterns, without depending on a
    translation catalogue.
    """
    return lazy(lambda: prefixes.get(active_language(), prefixes["en"]), str)()


def section_patterns(prefix, *sections):
    """URL patterns under `prefix` for `sections`, each (patterns, namespace or None).

    Each section's routes answer with their words in the URL's language;
    after all of them come their English addresses, redirecting (see
    old_address_patterns() for why they go last).
    """
    localized = [
        path("", include((localized_patterns(patterns), namespace) if namespace else localized_patterns(patterns)))
        for patterns, namespace in sections
    ]
    redirects = [
        redirect for patterns, namespace in sections for redirect in old_address_patterns(patterns, namespace or "")
    ]
    return [path(prefix, include([*localized, *redirects]))]


def _redirect_view(url_name):
    def old_address(request, *args, **kwargs):
        try:
            target = reverse(url_name, args=args, kwargs=kwargs)
        except NoReverseMatch:
            raise Http404 from None
        if target == request.path:
            raise Http404
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(target + (f"?{query}" if query else ""))

    old_address.redirects_to = url_name
    return old_address


def is_old_address(callback):
    """Whether a URL pattern's view is one of `old_address_patterns`' redirects."""
    return hasattr(callback, "redirects_to")


def old_address_patterns(patterns, namespace="", translated=False):
    """The routes of `patterns` that have words in the table, with their English words, each a permanent
    redirect to its named route in the URL's language. Unnamed: reverse() never returns them.

    Put them after the localized patterns: in English those match first, so these answer only the
    Finnish and Swedish addresses that still carry English words.
    """
    redirects = []
    for entry in patterns:
        raw = _raw_route(entry.pattern)
        has_words = translated or has_route_words(raw)
        if isinstance(entry, URLResolver):
            inner_namespace = ":".join(part for part in (namespace, entry.namespace) if part)
            children = old_address_patterns(entry.url_patterns, inner_namespace, has_words)
            if children:
                redirects.append(URLResolver(_rebuild_pattern(entry.pattern, raw, is_endpoint=False), children))
        elif has_words and entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            redirects.append(
                URLPattern(
                    _rebuild_pattern(entry.pattern, raw, is_endpoint=True, keep_name=False),
                    _redirect_view(name),
                    {},
                    None,
                )
            )
    return redirects

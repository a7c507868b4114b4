"""The site search: one page per site, searching every registered source.

An app adds its content to the search with a `register_search_source` hook
in its wagtail_hooks.py (see regions.plugins). Each source decides what is
visible on the request's region and language, so the search never shows
what the site's own pages would not.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, PlainText

from core import search_terms
from core.translation import active_language
from regions import site_data
from regions.plugins import collect

MAX_QUERY_LENGTH = 200


def clean_query(text):
    """The words of a search, without the quotes and operators that search backends would parse.

    Every search box uses this, so that no input can make a backend's query
    parser fail.
    """
    return " ".join(re.sub(r"[^\w\s-]", " ", text or "").split())[:MAX_QUERY_LENGTH]


def search_query(query, language=None):
    """A search as the backend's query: every word, each in any of its forms (core.search_terms); None without words.

    Forms come from the reader's language (the pages searched are in it):
    "kuoroa" asks for "kuoroa" or "kuoro", and the index holds the base
    forms and compound parts of every indexed text.
    """
    groups = search_terms.query_words(clean_query(query), language or active_language())
    if not groups:
        return None
    parts = [PlainText(" ".join(forms), operator="or") for forms in groups]
    return parts[0] if len(parts) == 1 else And(parts)


def ranked(queryset, query, language=None):
    """The rows of a queryset matching a search, most relevant first (search results, sliceable)."""
    search = search_query(query, language)
    if search is None:
        return queryset.none()
    return queryset.search(search)


def matching(queryset, query, language=None):
    """The rows of a queryset matching a search, in the queryset's own order (a queryset).

    For lists read in their own order (events by date, organisations by
    name): the search is a filter. The database backends answer with a
    subquery, so the list is still counted and paged by the database.
    """
    search = search_query(query, language)
    if search is None:
        return queryset.none()
    results = get_search_backend().search(search, queryset.model.objects.all(), order_by_relevance=False)
    if hasattr(results, "get_queryset"):
        found = results.get_queryset().order_by().values("pk")
    else:
        found = [row.pk for row in results]
    return queryset.filter(pk__in=found)


@dataclass(frozen=True)
class SearchSource:
    """`search(request, region, query)` returns Wagtail search results (sliceable, with count())."""

    key: str
    label: str
    search: Callable
    result_template: str = "home/search_result.html"
    order: int = 100


def get_search_sources():
    return collect("register_search_source")


def site_pages(model, request, region):
    """Live, public pages of a type on the request's site in the reader's language (a queryset).

    The localized home page comes from the site's cached data, and the
    privacy check is skipped while no page anywhere has a view restriction:
    both would otherwise cost queries on every search.
    """
    if region is None:
        pages = model.objects.live().descendant_of(Page.get_first_root_node())
    else:
        home = site_data.localized_home(region.site)
        pages = model.objects.live().filter(path__startswith=home.path, depth__gt=home.depth)
    if site_data.restricted_paths():
        pages = pages.public()
    return pages

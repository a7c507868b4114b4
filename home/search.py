"""The site search: one page per site, searching every registered source.

An app adds its content to the search with a `register_search_source` hook
in its wagtail_hooks.py (see regions.plugins). Each source decides what is
visible on the request's region and language, so the search never shows
what the site's own pages would not.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from django.utils.functional import cached_property
from modelsearch.backends.database.postgres.weights import get_sql_weights
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
    """One kind of result on the search page, with its count and first few results.

    A source of pages names its page model (`pages`): the site's pages of
    every such source are searched together (`PageSearchBatch`). Any other
    source gives `search(request, region, query)`, which returns results that
    can be sliced and counted (Wagtail's search results, or `BatchResults`).
    """

    key: str
    label: str
    search: Callable | None = None
    pages: type | None = None
    result_template: str = "home/search_result.html"
    order: int = 100

    def __post_init__(self):
        if (self.search is None) == (self.pages is None):
            raise ValueError(f"Search source {self.key!r}: give either `search` or `pages`.")

    def results(self, request, region, query):
        if self.pages is not None:
            return batch_results(request, PageSearchBatch, region, query, self.pages)
        return self.search(request, region, query)


def get_search_sources():
    return collect("register_search_source")


def site_pages(model, region, language=None):
    """Live, public pages of a type on the region's site in the language (default: the reader's) (a queryset).

    The localized home page comes from the site's cached data, and the
    privacy check is skipped while no page anywhere has a view restriction:
    both would otherwise cost queries on every search.
    """
    home = site_home(region, language)
    pages = model.objects.live().filter(path__startswith=home.path, depth__gt=home.depth)
    if site_data.restricted_paths():
        pages = pages.public()
    return pages


def site_home(region, language=None):
    """The page whose descendants the region's site search reads: its home page in the language, or, with
    no region, the tree's root."""
    if region is None:
        return Page.get_first_root_node()
    return site_data.localized_home(region.site, language)


# -- one query for several sources ----------------------------------------------------


def postgres_config():
    """The text search configuration of the PostgreSQL search backend, or None on other backends."""
    backend = get_search_backend()
    if connection.vendor != "postgresql" or not hasattr(backend, "config"):
        return None
    return backend.config or "simple"


def tsquery_sql(words, config):
    """A search's words (core.search_terms.query_words) as PostgreSQL text queries: one per word, in any of its forms.

    Returns (SQL expressions, params) for `match_sql()` and `rank_sql()`,
    which join them into the whole search. The params are named
    `word_<n>_<m>`, `config` and `weights` (for `rank_sql()`).
    """
    params = {"config": config, "weights": get_sql_weights()}
    groups = []
    for number, forms in enumerate(words):
        alternatives = []
        for other, form in enumerate(forms):
            params[f"word_{number}_{other}"] = form
            alternatives.append(f"plainto_tsquery(%(config)s::regconfig, %(word_{number}_{other})s)")
        groups.append("(" + " || ".join(alternatives) + ")")
    return groups, params


def match_sql(alias, groups):
    """The condition that a search index row named `alias` (title and body vectors) holds every word of `groups`."""
    tsquery = " && ".join(groups)
    return f"({alias}.title @@ ({tsquery}) OR {alias}.body @@ ({tsquery}))"


def rank_sql(alias, groups):
    """The relevance of a search index row named `alias` for the word queries `groups`, as the search backend ranks it.

    The backend ranks the title (scaled by its `title_norm`) and the body
    apart, with the weights it gives its fields' boosts; a search of several
    words multiplies one plus each word's rank. The same order on every page
    of a result list depends on it.
    """

    def vector_rank(vector):
        ranks = [f"ts_rank(%(weights)s::real[], {alias}.{vector}, {group})" for group in groups]
        if len(ranks) == 1:
            return ranks[0]
        return "(" + " * ".join(f"(1 + {rank})" for rank in ranks) + " - 1)"

    return f"{vector_rank('title')} * {alias}.title_norm + {vector_rank('body')}"


class SearchBatch:
    """Counts and first few results of several models for one search on one site, fetched together.

    The search page asks each source for its count and first results. On
    PostgreSQL a batch answers all of its models with one query of raw SQL
    (`counts_sql()`: per content type, how many match and the first ids,
    most relevant first) and reads what the results show of those few rows
    (`previews()`); a page of one type's full list is the same query,
    ordered and cut (`page()`). A batch writes only `matches_sql()`, the
    matches shown now. Other databases search through the backend, model by
    model (`results()`).
    """

    preview_size = 5

    def __init__(self, region, language, query, models):
        self.region, self.language, self.query, self.models = region, language, query, list(models)
        # Each word in any of its forms in the reader's language (core.search_terms).
        self.words = search_terms.query_words(query, language)
        self.config = postgres_config()
        self._rows = None

    @property
    def usable(self):
        return self.config is not None

    def results(self, model):
        """The model's matches through the search backend (any database), most relevant first."""
        raise NotImplementedError

    def matches_sql(self, now, content_types):
        """(SQL, params) of a query whose rows (content_type_id, object_id, rank) are the matches shown now.

        `content_types` are ids of the batch's models' content types.
        """
        raise NotImplementedError

    def counts_sql(self, now, content_types):
        """(SQL, params) of the rows (content type id, how many match, the first ids, most relevant first)."""
        matches, params = self.matches_sql(now, content_types)
        sql = f"""
            SELECT content_type_id, COUNT(*),
                   (ARRAY_AGG(object_id ORDER BY rank DESC, object_id DESC))[1:{self.preview_size}]
            FROM ({matches}) AS shown
            GROUP BY content_type_id
        """
        return sql, params

    def ranked_ids(self, model, start, stop):
        """The ids of the model's matches from `start` to `stop` (a page of the full list), most relevant first."""
        content_type = ContentType.objects.get_for_model(model).pk
        matches, params = self.matches_sql(timezone.now(), [content_type])
        sql = f"""
            SELECT object_id FROM ({matches}) AS shown
            ORDER BY rank DESC, object_id DESC
            LIMIT %(page_size)s OFFSET %(page_start)s
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, {**params, "page_size": max(stop - start, 0), "page_start": start})
            return [row[0] for row in cursor.fetchall()]

    def page(self, model, start, stop):
        """The model's matches from `start` to `stop`, as a result shows them."""
        if not self.can_match():
            return []
        ids = self.ranked_ids(model, start, stop)
        shown = self.previews({model: ids})[model] if ids else {}
        return [shown[pk] for pk in ids if pk in shown]

    def previews(self, found):
        """{model: {pk: object}} of the rows with these ids ({model: ids}), as a result shows them."""
        raise NotImplementedError

    def can_match(self):
        return bool(self.words)

    def content_types(self):
        """{content type id: model} of the batch's models."""
        return {ContentType.objects.get_for_model(model).pk: model for model in self.models}

    def _fetch(self):
        if self._rows is None:
            self._rows = {model: {"total": 0, "items": []} for model in self.models}
            if not self.can_match():
                return self._rows
            models = self.content_types()
            sql, params = self.counts_sql(timezone.now(), list(models))
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                counted = cursor.fetchall()
            found = {models[content_type_id]: first for content_type_id, _total, first in counted}
            shown = self.previews(found) if found else {}
            for content_type_id, total, first in counted:
                model = models[content_type_id]
                items = shown.get(model, {})
                self._rows[model] = {"total": total, "items": [items[pk] for pk in first if pk in items]}
        return self._rows

    def count(self, model):
        return self._fetch()[model]["total"]

    def preview(self, model):
        return self._fetch()[model]["items"]


class BatchResults:
    """One model's search results: on PostgreSQL its count and first few come from the shared batch."""

    def __init__(self, batch, model):
        self.batch, self.model = batch, model

    @cached_property
    def results(self):
        # Most relevant first on every database; PostgreSQL's batch previews rank the same way.
        return self.batch.results(self.model)

    def count(self):
        return self.batch.count(self.model) if self.batch.usable else self.results.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if self.batch.usable and isinstance(key, slice) and key.step is None and key.stop is not None:
            start = key.start or 0
            if not start and key.stop <= self.batch.preview_size:
                return self.batch.preview(self.model)[: key.stop]
            # A page of the full list (the search page's list of one type): the same query, ordered and cut.
            return self.batch.page(self.model, start, key.stop)
        return self.results[key]

    def __iter__(self):
        return iter(self.results)


def batch_results(request, batch_class, region, query, model):
    """The model's results from the request's one batch of its class for this search (made on first use)."""
    language = active_language()
    if not hasattr(request, "search_batches"):
        request.search_batches = {}
    batches = request.search_batches
    key = (batch_class, region.pk if region else None, language, query)
    if key not in batches:
        batches[key] = batch_class(region, language, query)
    return BatchResults(batches[key], model)


class PageSearchBatch(SearchBatch):
    """The site's pages of every page source (guides, content pages...) in the reader's language, in one query.

    Read from the search backend's index and the page tree: the live pages
    below the site's home page in the language, without those under a view
    restriction; the backend's queryset search, source by source, cost
    more in Python than its SQL.
    """

    def __init__(self, region, language, query):
        super().__init__(region, language, query, [source.pages for source in get_search_sources() if source.pages])

    def results(self, model):
        return ranked(site_pages(model, self.region, self.language), self.query, self.language)

    def matches_sql(self, now, content_types):
        home = site_home(self.region, self.language)
        groups, params = tsquery_sql(self.words, self.config)
        restricted = ""
        for number, path in enumerate(site_data.restricted_paths()):
            restricted += f" AND page.path NOT LIKE %(restricted_{number})s"
            params[f"restricted_{number}"] = path + "%"
        sql = f"""
            SELECT entry.content_type_id, page.id AS object_id, {rank_sql("entry", groups)} AS rank
            FROM wagtailsearch_indexentry entry
            JOIN wagtailcore_page page ON entry.object_id = page.id::text
            WHERE entry.content_type_id = ANY(%(types)s)
              AND {match_sql("entry", groups)}
              AND page.live AND page.path LIKE %(home_path)s AND page.depth > %(home_depth)s{restricted}
        """
        return sql, {"types": content_types, "home_path": home.path + "%", "home_depth": home.depth, **params}

    def previews(self, found):
        return {model: model.objects.in_bulk(ids) for model, ids in found.items()}

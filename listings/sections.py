"""What the listings app adds to every site: its section pages, home panels and search sources.

All three are made from the listing-type registry (listings/registry.py)
and declared through Wagtail hooks in listings/wagtail_hooks.py."""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import DateTimeField, F, Value
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from core.search_terms import query_words
from core.translation import active_language
from home.panels import HomePanel
from home.search import SearchSource, ranked
from organisations.models import Organisation
from regions import cache as site_cache
from regions.sections import Section, section_page

from . import registry, search_rows, visibility
from .models.placements import ListingPlacement, PlacedListings

# -- home panels ----------------------------------------------------------------


def _panel_context(listing_type):
    def context(request, region, page):
        if region is None:
            return None
        index = section_page(region.site, listing_type.key)
        if index is None or not index.live:
            return None
        panel = listing_type.home_panel
        model = listing_type.model_class()

        def first_items():
            # The section page's own path: its stored placements, local first, and cached items
            # (only their stamps are read; a panel item not cached yet is read whole).
            placements = ListingPlacement.objects.shown(model, region, timezone.now(), locale=page.locale_id)
            return PlacedListings(placements, lambda ids: model.objects.filter(id__in=ids).stamps_only())[: panel.size]

        return {
            "key": listing_type.key,
            "heading": panel.heading,
            "all_label": panel.all_label,
            "index": index,
            # Kept while the site's pages show the same (regions/cache.py): a publish is seen at once.
            "listings": site_cache.remember_shown(
                region.site_id, ("home-panel", model._meta.label, page.pk), first_items
            ),
            "load": "for_panel",
        }

    return context


def home_panels():
    """A panel of the newest visible items of each type whose registry record asks for one."""
    return [
        HomePanel(
            key=f"listings-{listing_type.key}",
            template="listings/home_panel.html",
            context=_panel_context(listing_type),
            order=listing_type.home_panel.order,
            label=listing_type.home_panel.heading,
        )
        for listing_type in registry.TYPES
        if listing_type.home_panel is not None
    ]


# -- search ---------------------------------------------------------------------


PREVIEW_SIZE = 5


def _visible(model, region, language):
    return model.objects.visible_on(region, locale=language).select_related("locale", "organisation")


def _postgres_config():
    """The text search configuration of the PostgreSQL search backend, or None on other backends."""
    backend = get_search_backend()
    if connection.vendor != "postgresql" or not hasattr(backend, "config"):
        return None
    return backend.config or "simple"


def _tsquery_sql(words, config):
    """A search's words (core.search_terms.query_words) as a PostgreSQL text query: every word, in any of its forms.

    Returns (SQL expression, params); the params are named `word_<n>_<m>`.
    """
    params = {}
    groups = []
    for number, forms in enumerate(words):
        alternatives = []
        for other, form in enumerate(forms):
            params[f"word_{number}_{other}"] = form
            alternatives.append(f"plainto_tsquery(%(config)s::regconfig, %(word_{number}_{other})s)")
        groups.append("(" + " || ".join(alternatives) + ")")
    return " && ".join(groups), params


class ListingSearchBatch:
    """Counts and first results of every listing type for one search, fetched together.

    The search page asks each type for its count and first few results; on
    PostgreSQL two queries answer all of them instead of two queries per
    type. The first one reads, for every type at once, the site's placements
    (see models/placements.py) of rows whose GIN-indexed search entry
    matches: their number and the first few, most relevant first (ranked
    as the search backend ranks the full results). The second one reads what
    a result shows of those few rows. Other backends use `.search()` type by
    type.
    """

    def __init__(self, region, language, query):
        self.region, self.language, self.query = region, language, query
        # The locale's primary key rather than its code: with the code as a subquery PostgreSQL
        # cannot estimate how many placements match and plans every type's search badly.
        self.locale_id = Locale.objects.filter(language_code=language).values_list("pk", flat=True).first()
        self.models = [listing_type.model_class() for listing_type in registry.searchable_types()]
        # Each word in any of its forms in the reader's language (core.search_terms).
        self.words = query_words(query, language)
        self.config = _postgres_config()
        self._rows = None

    @property
    def usable(self):
        return self.config is not None

    def results(self, model):
        """The type's matches through the search backend (any database), most relevant first."""
        return ranked(_visible(model, self.region, self.locale_id), self.query, self.language)

    def counts_sql(self, now):
        """The SQL of `_counts()`, its parameters and {content type id: type number} (bench.explain shows its plan).

        Raw SQL for the one PostgreSQL-only query where the ORM cannot say
        what matters: the search's own index (listings/search_rows.py) gives,
        from its GIN indexes, the rows matching the words that the site shows
        in the language at some time; each is then checked against its
        placement's window (the clock), and they are grouped per type. Read
        from the backend's index, the entries matching anywhere in the
        network were read and ranked before the region's were picked.
        """
        types = {ContentType.objects.get_for_model(model).pk: number for number, model in enumerate(self.models)}
        shown, shown_params = visibility.shown_sql("placement", self.region.pk, self.locale_id, now)
        tsquery, tsquery_params = _tsquery_sql(self.words, self.config)
        sql = f"""
            WITH matches AS MATERIALIZED (
                SELECT content_type_id, object_id,
                       ts_rank(title, {tsquery}) * title_norm + ts_rank(body, {tsquery}) AS rank
                FROM {search_rows.TABLE}
                WHERE shown_in @> ARRAY[%(pair)s]::integer[] AND content_type_id = ANY(%(types)s)
                  AND (title @@ ({tsquery}) OR body @@ ({tsquery}))
            )
            SELECT matches.content_type_id, COUNT(*),
                   (ARRAY_AGG(matches.object_id ORDER BY matches.rank DESC, matches.object_id DESC))[1:{PREVIEW_SIZE}]
            FROM matches
            WHERE EXISTS (
                SELECT 1 FROM listings_listingplacement placement
                WHERE placement.content_type_id = matches.content_type_id
                  AND placement.object_id = matches.object_id AND {shown}
            )
            GROUP BY matches.content_type_id
        """
        params = {
            "types": list(types),
            "pair": search_rows.pair(self.region.pk, self.locale_id),
            "config": self.config,
            **tsquery_params,
            **shown_params,
        }
        return sql, params, types

    def _counts(self, now):
        """{type number: (how many match, the first few ids, most relevant first)}, for every type at once."""
        sql, params, types = self.counts_sql(now)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return {types[content_type_id]: (total, first) for content_type_id, total, first in cursor.fetchall()}

    def _shown_part(self, number, model, ids):
        starts_at = F("starts_at") if model._meta.model_name == "event" else Value(None, output_field=DateTimeField())
        return (
            model.objects.filter(id__in=ids)
            .annotate(
                _type=Value(number),
                _language=F("locale__language_code"),
                _organisation=F("organisation__name"),
                _starts_at=starts_at,
            )
            .values_list("_type", "pk", "title", "slug", "summary", "_language", "_organisation", "_starts_at")
            .order_by()
        )

    def _fetch(self):
        if self._rows is None:
            self._rows = {model: {"total": 0, "items": []} for model in self.models}
            if self.region is None or self.locale_id is None or not self.words:
                return self._rows
            now = timezone.now()
            found = {}
            for kind, (total, first) in self._counts(now).items():
                self._rows[self.models[kind]]["total"] = total
                found[kind] = first
            if not found:
                return self._rows
            shown = [self._shown_part(kind, self.models[kind], ids) for kind, ids in found.items()]
            items = {}
            query = shown[0].union(*shown[1:], all=True) if len(shown) > 1 else shown[0]
            for kind, pk, title, slug, summary, language, organisation, starts_at in query:
                model = self.models[kind]
                item = model(id=pk, title=title, slug=slug, summary=summary)
                item.locale = Locale(language_code=language)
                item.organisation = Organisation(name=organisation) if organisation else None
                if starts_at is not None:
                    item.starts_at = starts_at
                items[kind, pk] = item
            for kind, ids in found.items():
                self._rows[self.models[kind]]["items"] = [items[kind, pk] for pk in ids if (kind, pk) in items]
        return self._rows

    def count(self, model):
        return self._fetch()[model]["total"]

    def preview(self, model):
        return self._fetch()[model]["items"]


class ListingSearchResults:
    """One type's search results; on PostgreSQL counts and previews come from the shared batch."""

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
        if (
            self.batch.usable
            and isinstance(key, slice)
            and not key.start
            and key.stop is not None
            and key.stop <= PREVIEW_SIZE
        ):
            return self.batch.preview(self.model)[: key.stop]
        return self.results[key]

    def __iter__(self):
        return iter(self.results)


def listing_search(model, request, region, query):
    """A type's listings visible on the region, in the reader's language, matching the query."""
    language = active_language()
    batches = getattr(request, "_listing_search_batches", None)
    if batches is None:
        batches = request._listing_search_batches = {}
    key = (region.pk if region else None, language, query)
    if key not in batches:
        batches[key] = ListingSearchBatch(region, language, query)
    return ListingSearchResults(batches[key], model)


def _search(model):
    def search(request, region, query):
        return listing_search(model, request, region, query)

    return search


def search_sources():
    """A search source for each type whose registry record has a search label."""
    return [
        SearchSource(
            key=listing_type.key,
            label=listing_type.search_label,
            search=_search(listing_type.model_class()),
            result_template="listings/search_result.html",
            order=listing_type.search_order,
        )
        for listing_type in registry.searchable_types()
    ]


def _fields(listing_type):
    def fields(region, language):
        return {"introduction": listing_type.introductions[language]}

    return fields


def site_sections():
    """The section page of each type with one, on every site."""
    return [
        Section(
            key=listing_type.key,
            model=listing_type.index_page,
            titles=listing_type.titles,
            slugs=listing_type.slugs,
            order=listing_type.section_order,
            show_in_menus=True,
            fields=_fields(listing_type),
        )
        for listing_type in registry.section_types()
    ]

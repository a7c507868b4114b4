"""What the listings app adds to every site: its section pages, home panels and search sources.

All three are made from the listing-type registry (listings/registry.py)
and declared through Wagtail hooks in listings/wagtail_hooks.py."""

from django.db.models import DateTimeField, F, Value
from django.utils import timezone
from wagtail.models import Locale

from home.panels import HomePanel
from home.search import SearchBatch, SearchSource, batch_results, match_sql, rank_sql, ranked, tsquery_sql
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


class ListingSearchBatch(SearchBatch):
    """Counts and first results of every listing type for one search, fetched together.

    On PostgreSQL two queries answer every type: the first reads, from the
    search's own index (listings/search_rows.py), the site's matching rows
    of every type, their number and the first few, most relevant first; the
    second reads what a result shows of those few rows.
    """

    def __init__(self, region, language, query):
        super().__init__(
            region,
            language,
            query,
            [listing_type.model_class() for listing_type in registry.searchable_types()],
        )
        # The locale's primary key rather than its code: with the code as a subquery PostgreSQL
        # cannot estimate how many placements match and plans every type's search badly.
        self.locale_id = Locale.objects.filter(language_code=language).values_list("pk", flat=True).first()

    def can_match(self):
        return self.region is not None and self.locale_id is not None and bool(self.words)

    def results(self, model):
        visible = model.objects.visible_on(self.region, locale=self.locale_id)
        return ranked(visible.select_related("locale", "organisation"), self.query, self.language)

    def matches_sql(self, now, content_types):
        """Raw SQL for the one query where the ORM cannot say what matters (bench.explain shows its plan).

        The search's own index gives, from its GIN indexes, the rows matching
        the words that the site shows in the language at some time, without
        those no placement shows now. A row that every placement shows now is
        in; any other has its window checked on its placements (the clock).
        Read from the backend's index, the entries matching anywhere in the
        network were read and ranked before the region's were picked.
        """
        shown, shown_params = visibility.shown_sql("placement", self.region.pk, self.locale_id, now)
        groups, tsquery_params = tsquery_sql(self.words, self.config)
        sql = f"""
            WITH matches AS MATERIALIZED (
                SELECT content_type_id, object_id, {rank_sql(search_rows.TABLE, groups)} AS rank,
                       all_from <= %(shown_now)s AND all_until > %(shown_now)s AS shown_everywhere
                FROM {search_rows.TABLE}
                WHERE shown_in @> ARRAY[%(pair)s]::integer[] AND content_type_id = ANY(%(types)s)
                  AND {match_sql(search_rows.TABLE, groups)}
                  AND any_from <= %(shown_now)s AND any_until > %(shown_now)s
            )
            SELECT matches.content_type_id, matches.object_id, matches.rank
            FROM matches
            WHERE matches.shown_everywhere OR EXISTS (
                SELECT 1 FROM listings_listingplacement placement
                WHERE placement.content_type_id = matches.content_type_id
                  AND placement.object_id = matches.object_id AND {shown}
            )
        """
        params = {
            "types": content_types,
            "pair": search_rows.pair(self.region.pk, self.locale_id),
            **tsquery_params,
            **shown_params,
        }
        return sql, params

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

    def previews(self, found):
        """What a result shows of each type's first rows, every type in one query."""
        models = list(found)
        shown = [self._shown_part(number, model, ids) for number, (model, ids) in enumerate(found.items())]
        query = shown[0].union(*shown[1:], all=True) if len(shown) > 1 else shown[0]
        items = {model: {} for model in models}
        for number, pk, title, slug, summary, language, organisation, starts_at in query:
            model = models[number]
            item = model(id=pk, title=title, slug=slug, summary=summary)
            item.locale = Locale(language_code=language)
            item.organisation = Organisation(name=organisation) if organisation else None
            if starts_at is not None:
                item.starts_at = starts_at
            items[model][pk] = item
        return items


def _search(model):
    def search(request, region, query):
        """The type's listings visible on the region, in the reader's language, matching the query."""
        return batch_results(request, ListingSearchBatch, region, query, model)

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

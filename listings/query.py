"""The one filter function: what a filtered list of a listing type holds, in its order.

The public section pages, the JSON API, the feeds and the embeds all list
through `filter_listings()`, so that the same query string gives the same
items in the same order everywhere. The parameters are validated by the
type's filter form (`listings.filters`, named by its registry record); what
is shown comes from the visibility module and its stored placements, and so
does the order (the placements' `PlacedListings`): this module defines neither.

Like the registry, it names models and forms instead of importing them, so
that the section pages (listings.models) can call it.
"""

from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.core.paginator import Paginator
from django.http import QueryDict
from django.utils import timezone
from django.utils.module_loading import import_string
from wagtail.models import Site

from regions.models import Region

from . import registry, visibility

#: The archive lists the newest past listings first ("-id", not "-pk": the search sorts by indexed fields only).
ARCHIVE_ORDER = ("-starts_at", "-id")


@dataclass
class FilteredListings:
    """The answer of `filter_listings()`.

    `results` is in the list's order, countable (`count()`, `len()`) and
    sliceable, so a Paginator takes it; a slice is a list of model instances.
    """

    #: The bound filter form (labels and choices for a page's form).
    form: Any
    #: The valid filter values ({field: value}); invalid ones are left out.
    values: dict
    #: One message per ignored parameter, in the active language.
    messages: list
    results: Any

    @property
    def is_filtered(self):
        return bool(self.values)

    def paginator(self, per_page, number=None):
        """A Paginator over the results, told which page (`number`) will be read.

        A filtered current list then counts itself and reads that page's rows
        in one query (`PlacedListings.expect`): each would otherwise evaluate
        the filters again. An unfiltered list counts from its index alone,
        which costs less than a window count over all its rows.
        """
        if self.is_filtered and hasattr(self.results, "expect"):
            try:
                asked = int(number or 1)
            except (TypeError, ValueError):
                asked = 1  # what Paginator.get_page shows for a page that is not a number
            if asked >= 1:
                self.results.expect((asked - 1) * per_page, asked * per_page)
        return Paginator(self.results, per_page)

    def page(self, number, per_page):
        """Page `number` of the results, as Django's `Paginator.get_page` gives it (a bad number: the first or last)."""
        return self.paginator(per_page, number).get_page(number)


def resolve_type(listing_type):
    """A registry record from a record or a type key ("events")."""
    if isinstance(listing_type, registry.ListingType):
        return listing_type
    record = next((record for record in registry.TYPES if record.key == listing_type), None)
    if record is None:
        raise LookupError(f"No listing type {listing_type!r}")
    return record


def resolve_region(region):
    """A Region from a Region, a Site or None."""
    if region is None or isinstance(region, Region):
        return region
    if isinstance(region, Site):
        return Region.for_site(region)
    raise TypeError(f"Expected a Region or a Site, got {type(region).__name__}")


def filter_listings(
    listing_type, region, language, params, *, archive=False, now=None, prepare=None, prepare_placed=None
):
    """The listings of a type that `region`'s site shows in `language`, narrowed by the GET parameters `params`.

    - `listing_type`: a registry record or its key; `region`: a Region or a
      Site (None shows nothing); `language`: a language code, a Locale or its
      pk (each listing once: its translation or its original, as pages show).
    - `params`: a QueryDict or a plain dict (list values for multiple choices).
    - `archive`: the type's archive (ended listings) instead of its current list.
    - `prepare(queryset)` adds what the caller reads of each row
      (select_related...); `prepare_placed(queryset)` does it for rows fetched
      by id from the placements (default: `prepare`).

    The current list is counted and paged on the placements' index and in
    their order; search words narrow it through the search index and keep
    that order.
    """
    record = resolve_type(listing_type)
    region = resolve_region(region)
    model = record.model_class()
    prepare = prepare or (lambda queryset: queryset)
    prepare_placed = prepare_placed or prepare
    now = now or timezone.now()

    form = import_string(record.filter_form)(_query_dict(params), region=region)
    values = form.values()
    messages = [str(message) for message in form.ignored()]

    if not record.is_listing:
        results = form.apply(prepare(visibility.visible_organisations(model.objects.all(), region)))
    elif archive:
        archived = model.objects.archived_on(region, locale=language, now=now).order_by(*ARCHIVE_ORDER)
        results = form.apply(prepare(archived))
    else:
        placements = apps.get_model("listings", "ListingPlacement").objects.all()
        placements = placements.none() if region is None else placements.shown(model, region, now, locale=language)
        if values:
            # Search words filter too (home.search.matching): the list keeps its own order (events by date).
            placements = placements.filter(object_id__in=form.apply(model.objects.all()).values("id"))
        results = placements.listings(lambda ids: prepare_placed(model.objects.filter(id__in=ids)))
    return FilteredListings(form=form, values=values, messages=messages, results=results)


def _query_dict(params):
    if isinstance(params, QueryDict):
        return params
    data = QueryDict(mutable=True)
    for key, value in (params or {}).items():
        if isinstance(value, list | tuple):
            data.setlist(key, [str(item) for item in value])
        elif value is not None:
            data[key] = str(value)
    return data


def find_listing(listing_type, region, language, pk, *, archive=True, prepare=None, now=None):
    """The listing behind `pk` as `region`'s site shows it in `language`, or None: what a detail page shows.

    The pk may be another language's row of the same listing (a link shared
    from a Finnish page); the answer is then the row shown in `language`.
    With `archive`, an ended listing that the archive shows is found too.
    """
    record = resolve_type(listing_type)
    region = resolve_region(region)
    model = record.model_class()
    prepare = prepare or (lambda queryset: queryset)
    if not record.is_listing:
        return prepare(visibility.visible_organisations(model.objects.filter(pk=pk), region)).first()
    now = now or timezone.now()
    same_listing = model.objects.filter(pk=pk).values("translation_key")
    # The archive's queryset is built only when the listing is not shown now: building its conditions
    # costs more than the query that usually finds the listing first.
    querysets = [lambda: model.objects.visible_on(region, locale=language, now=now)]
    if archive and visibility.ended_q(model, now) is not None:
        querysets.append(lambda: model.objects.archived_on(region, locale=language, now=now))
    for queryset in querysets:
        # Which row first (at most one per translation group and language, so unordered), then its
        # joins by primary key: PostgreSQL spends far longer planning the joins together with the
        # visibility subqueries than running either query.
        found = queryset().filter(translation_key__in=same_listing).order_by().values_list("pk", flat=True)[:1]
        if found:
            return next(iter(prepare(model.objects.filter(pk=found[0]).order_by())), None)
    return None

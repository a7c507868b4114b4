"""Where each listing is shown: one row per listing, region and page language, with its visibility window.

The stored form of the visibility rule (`listings.visibility`, which decides
what is shown; this module only keeps its answers). Deciding from the
listing tables alone what a regional site shows in Finnish right now means
evaluating the region's coverage, the nationwide and online flags and the
translation fallback over every row of a type: tens of milliseconds per
list at 100,000 listings, and again for its count. The answer changes only
when a listing, its translations or a region's coverage change, so it is
stored here when they do (a listing's `save()` and `delete()`, coverage and
region signals) and a list asks one index for the (type, region, language)
rows whose window contains the current moment.

The only part that depends on the clock, the window, stays a condition of
the query (`visibility.shown_q()`). The listing tables remain the truth;
`rebuild()` recomputes everything from them (after bulk imports and in the
migration that created the table).
"""

import datetime
import threading
from contextlib import contextmanager
from itertools import islice

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, Window
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from regions import cache as site_cache
from regions.models import Region

from .. import registry, visibility

BATCH_SIZE = 5000
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


def microseconds(moment):
    """A datetime as an integer that sorts like it (for the sort key)."""
    return (moment - EPOCH) // datetime.timedelta(microseconds=1)


#: The listing fields every placement is computed from (besides the municipalities).
BASE_FIELDS = (
    "id",
    "translation_key",
    "locale_id",
    "original_locale_id",
    "live",
    "visible_from",
    "visible_until",
    "is_nationwide",
    "is_online",
)


def fields_read(model):
    """The fields of `model` its placements are computed from: the common ones, its end and its list order."""
    return {*BASE_FIELDS, *model.end_fields, *model.placement_fields}


def inputs(model):
    """Names that, in a save's `update_fields`, can change where a listing of `model` is shown."""
    fields = fields_read(model)
    return frozenset({*fields, *(name.removesuffix("_id") for name in fields), "municipalities"})


class ListingPlacementQuerySet(models.QuerySet):
    def shown(self, model, region, now, locale=None):
        """Placements of `model` rows that the region's site shows at `now` (in `locale`'s pages, if given)."""
        return self.filter(visibility.shown_q(model, region, now, locale))

    def listings(self, fetch):
        """These placements' listings in the list order, countable and sliceable: see `PlacedListings`."""
        return PlacedListings(self, fetch)

    def in_list_order(self):
        """The order of a site's lists (`visibility.LIST_ORDER`): local first, then the type's own order."""
        return self.order_by(*visibility.LIST_ORDER)


class PlacedListings:
    """The listings of a placement queryset in its order, countable and sliceable for a Paginator.

    Counting and slicing read only the placements' indexes; a slice then
    fetches its own rows by primary key through `fetch(ids)` (which adds
    select_related and prefetches) and puts them in the placements' order.

    After `expect(start, stop)`, the count and the ids of that slice come
    from one query (a window count): for a filtered list, where counting and
    finding the first rows each evaluate the filters, that halves the work.
    """

    def __init__(self, placements, fetch):
        self.placements = placements.in_list_order()
        self.fetch = fetch
        self._expected = None
        self._total = None
        # (start, ids) of the slice read together with the count.
        self._read = None

    def expect(self, start, stop):
        """Say which slice will be asked for next, so that counting reads it too."""
        self._expected = (start, stop)

    def count(self):
        if self._total is None:
            self._total = self._count_with_expected_ids()
        return self._total

    def _count_with_expected_ids(self):
        if self._expected is not None:
            start, stop = self._expected
            rows = list(
                self.placements.annotate(_total=Window(Count("*"))).values_list("object_id", "_total")[start:stop]
            )
            if rows or start == 0:
                self._read = (start, [object_id for object_id, _ in rows])
                return rows[0][1] if rows else 0
        return self.placements.count()

    def __len__(self):
        return self.count()

    def _ids(self, key):
        if self._read is not None and key.step is None:
            start, ids = self._read
            stop = len(self) if key.stop is None else key.stop
            # Within what was read, or up to the end of the list when what was read reaches it.
            if (key.start or 0) >= start and (stop <= start + len(ids) or start + len(ids) == self._total):
                return ids[(key.start or 0) - start : stop - start]
        return list(self.placements.values_list("object_id", flat=True)[key])

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        ids = self._ids(key)
        # Read even when nothing is shown (0 is no row's key), so that an empty list or panel makes as
        # many queries as a full one.
        rows = {row.pk: row for row in self.fetch(ids or [0])}
        return [rows[pk] for pk in ids if pk in rows]


class ListingPlacement(models.Model):
    """One listing row shown on one region's site, on its pages in one language, during one window."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+", db_index=False)
    object_id = models.BigIntegerField()
    region = models.ForeignKey("regions.Region", on_delete=models.CASCADE, related_name="+", db_index=False)
    # The language of the pages the row is shown on: its own, or another one that it stands in for
    # while no translation into that language is published.
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", db_index=False)
    shown_from = models.DateTimeField()
    shown_until = models.DateTimeField()
    # The type's own list order (events by start, news newest first...) as two integers, so that a
    # list page reads its rows in order from the index: see Listing.placement_order().
    sort_key = models.BigIntegerField(default=0)
    sort_tie = models.BigIntegerField(default=0)
    # visibility.LOCAL when the row is placed in one of the region's own municipalities (always on the
    # national site), visibility.ELSEWHERE when the site shows it only as nationwide or online.
    locality = models.PositiveSmallIntegerField(default=visibility.LOCAL)

    objects = ListingPlacementQuerySet.as_manager()

    class Meta:
        verbose_name = _("listing placement")
        verbose_name_plural = _("listing placements")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "region", "locale"], name="listings_placement_unique"
            )
        ]
        indexes = [
            # Answers a list from the index alone: its count (the window is filtered in the index),
            # a page of it in order, and the rows a search matches.
            models.Index(
                fields=[
                    "content_type",
                    "region",
                    "locale",
                    "locality",
                    "sort_key",
                    "sort_tie",
                    "object_id",
                    "shown_from",
                    "shown_until",
                ],
                name="listings_placement_local_order",
            ),
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} @ {self.region_id}/{self.locale_id}"


# -- computing ------------------------------------------------------------------


def _municipalities_of(model, ids):
    field = model._meta.get_field("municipalities")
    through = field.remote_field.through
    column = f"{field.m2m_field_name()}_id"
    links = through.objects.all()
    if ids is not None:
        links = links.filter(**{f"{column}__in": ids})
    places = {}
    for listing_id, municipality_id in links.values_list(column, "municipality_id").iterator(chunk_size=BATCH_SIZE):
        places.setdefault(listing_id, set()).add(municipality_id)
    return places


def _placements(model, rows, places, coverage, locale_ids, region_ids):
    """The placements of listing rows, grouped by translation key; only for `region_ids` when given."""
    content_type_id = ContentType.objects.get_for_model(model).pk
    groups = {}
    for row in rows:
        groups.setdefault(row["translation_key"], []).append(row)
    for group in groups.values():
        for locale_id in locale_ids:
            for row, (shown_from, shown_until) in visibility.shown_rows(model, group, locale_id):
                regions = coverage.placing(row, places.get(row["id"], ()))
                sort_key, sort_tie = model.placement_order(row)
                for region_id, locality in regions.items():
                    if region_ids is not None and region_id not in region_ids:
                        continue
                    yield ListingPlacement(
                        content_type_id=content_type_id,
                        object_id=row["id"],
                        region_id=region_id,
                        locale_id=locale_id,
                        shown_from=shown_from,
                        shown_until=shown_until,
                        sort_key=sort_key,
                        sort_tie=sort_tie,
                        locality=locality,
                    )


def _write(placements):
    placements = iter(placements)
    while batch := list(islice(placements, BATCH_SIZE)):
        ListingPlacement.objects.bulk_create(batch)


def refresh(model, translation_keys=None, region_ids=None):
    """Recompute the placements of a listing type: of some translation groups, or of all rows.

    With `region_ids`, only those regions' placements are replaced (after a
    change of their coverage).
    """
    rows = model.objects.all()
    if translation_keys is not None:
        rows = rows.filter(translation_key__in=list(translation_keys))
    elif region_ids is not None:
        rows = visibility.groups_that_may_show_in(model, rows, region_ids)
    restricted = rows.query.has_filters()
    rows = list(rows.values(*fields_read(model)))
    ids = [row["id"] for row in rows]
    stale = ListingPlacement.objects.filter(content_type_id=ContentType.objects.get_for_model(model).pk)
    if translation_keys is not None:
        stale = stale.filter(object_id__in=ids)
    if region_ids is not None:
        region_ids = set(region_ids)
        stale = stale.filter(region_id__in=region_ids)
    shown_before = set(stale.values_list("region_id", flat=True).distinct()) if translation_keys is not None else None
    stale.delete()
    shown_now = set()
    if rows:
        places = _municipalities_of(model, ids if restricted else None)
        locale_ids = list(Locale.objects.values_list("pk", flat=True))
        written = _placements(model, rows, places, visibility.Coverage(), locale_ids, region_ids)
        _write(placement for placement in written if not shown_now.add(placement.region_id))
    if shown_before is None:
        # A whole type or region recomputed (a coverage change, a rebuild): their sites' pages go.
        site_cache.bump_pages(None if region_ids is None else _site_ids(region_ids))
    elif shown_before or shown_now:
        # A listing published, changed, withdrawn or deleted: the pages of the sites that showed it or show it now.
        site_cache.bump_pages(_site_ids(shown_before | shown_now))


def _site_ids(region_ids):
    return Region.objects.filter(pk__in=region_ids).values_list("site_id", flat=True)


_suspended = threading.local()


@contextmanager
def suspended():
    """Skip keeping placements current inside the block (bulk work); call rebuild() after it."""
    _suspended.active = True
    try:
        yield
    finally:
        _suspended.active = False


def _is_suspended():
    return getattr(_suspended, "active", False)


def refresh_listing(listing):
    """After a listing row is saved: its translation group may now show differently."""
    if not _is_suspended():
        refresh(type(listing), [listing.translation_key])


def forget_listing(model, pk, translation_key):
    """After a listing row is deleted: drop its placements; an original may now stand in for it."""
    gone = ListingPlacement.objects.filter(content_type_id=ContentType.objects.get_for_model(model).pk, object_id=pk)
    site_cache.bump_pages(_site_ids(set(gone.values_list("region_id", flat=True).distinct())))
    gone.delete()
    refresh(model, [translation_key])


def rebuild(region_ids=None):
    """Recompute every listing type's placements (of some regions only, with `region_ids`)."""
    for model in registry.listing_models():
        refresh(model, region_ids=region_ids)


# -- keeping placements current -----------------------------------------------------


def _region_saved(sender, instance, created, **kwargs):
    previous = getattr(instance, "_placement_was_national", None)
    if created or (previous is not None and previous != instance.is_national):
        rebuild(region_ids=[instance.pk])


def _region_saving(sender, instance, **kwargs):
    if instance.pk:
        instance._placement_was_national = (
            type(instance).objects.filter(pk=instance.pk).values_list("is_national", flat=True).first()
        )


def _coverage_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        rebuild(region_ids=[instance.pk])
    elif pk_set:
        rebuild(region_ids=pk_set)
    else:
        rebuild()


def _locale_created(sender, instance, created, **kwargs):
    if created:
        rebuild()


def _listing_deleted(sender, instance, **kwargs):
    # A signal rather than Listing.delete(), so that deleting a queryset (bulk actions) is covered too.
    if not _is_suspended():
        forget_listing(sender, instance.pk, instance.translation_key)


def connect_signals():
    for model in registry.listing_models():
        post_delete.connect(_listing_deleted, sender=model, dispatch_uid=f"placements-deleted-{model.__name__}")
    pre_save.connect(_region_saving, sender=Region, dispatch_uid="placements-region-saving")
    post_save.connect(_region_saved, sender=Region, dispatch_uid="placements-region-saved")
    m2m_changed.connect(_coverage_changed, sender=Region.coverage.through, dispatch_uid="placements-coverage")
    post_save.connect(_locale_created, sender=Locale, dispatch_uid="placements-locale")

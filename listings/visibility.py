"""What a site shows: the one home of the visibility rule (DESIGN.md section 5).

A listing is shown on a region's site when it is

- **live** (published),
- inside its **window**: after `visible_from`, before `visible_until`, and,
  for types that end (events), not yet over: over ones go to the archive;
- **covered**: on the national site always, on a regional one when one of
  its municipalities is in the region's coverage, or it is nationwide, or
  online;
- in the page's **language**: its translation into that language while one
  is shown, else its original (the translation fallback).

The rule is evaluated in two forms, both written here: as querysets over
the listing rows (the archive, which placements do not hold, and anything
that must see the rows themselves), and as rows computed in Python that
`listings.models.placements` stores, one per listing, region and page
language with its window, so that a list, its count and the search ask one
index (`shown_q()`, `shown_sql()`). Lists, details, the archive,
organisation pages, home panels, search and the sitemap all come here
through `Listing.objects.visible_on()` / `archived_on()` / `localized()`,
`ListingPlacement.objects.shown()` and `visible_organisations()`.

Nothing here imports the listing models: the models import this module.
"""

import datetime
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F, Q
from django.utils import timezone
from wagtail.models import Locale

from regions.models import Region

#: Stand-ins for "no start" and "no end" in a stored window, so that it is two plain range conditions.
FAR_PAST = datetime.datetime(1900, 1, 1, tzinfo=datetime.UTC)
FAR_FUTURE = datetime.datetime(9999, 12, 31, tzinfo=datetime.UTC)

#: A placement's locality (`ListingPlacement.locality`), the first part of every list's order: a region's
#: own municipalities first, then what it shows only because it is nationwide or online.
LOCAL = 0
ELSEWHERE = 1

#: The order of a site's lists, as placement fields: local first, then the type's own order.
LIST_ORDER = ("locality", "sort_key", "sort_tie")

#: A listing stays shown while its end is not before now: until just after the end.
END_MARGIN = datetime.timedelta(microseconds=1)


def locale_filter(locale):
    """A `locale_id__in` value for a Locale, a language code or a Locale pk.

    A language code becomes a subquery, so resolving it costs no extra query.
    """
    if isinstance(locale, Locale):
        return [locale.pk]
    if isinstance(locale, int):
        return [locale]
    return Locale.objects.filter(language_code=str(locale)).values("pk")


# -- coverage -------------------------------------------------------------------


def covered_municipalities(region_ids):
    """The municipalities these regions cover (a subquery of their pks)."""
    return Region.coverage.through.objects.filter(region_id__in=region_ids).values("municipality_id")


def coverage_q(model, region_ids):
    """Listings of `model` that these regional sites show by their place: nationwide, online or in their coverage."""
    field = model._meta.get_field("municipalities")
    through = field.remote_field.through
    placed = through.objects.filter(municipality_id__in=covered_municipalities(region_ids))
    return Q(is_nationwide=True) | Q(is_online=True) | Q(id__in=placed.values(f"{field.m2m_field_name()}_id"))


class Coverage:
    """Every region's coverage read at once, to tell which sites show a listing row without a query per row."""

    def __init__(self):
        self.covering = defaultdict(set)
        for region_id, municipality_id in Region.coverage.through.objects.values_list("region_id", "municipality_id"):
            self.covering[municipality_id].add(region_id)
        regions = list(Region.objects.values_list("pk", "is_national"))
        self.everywhere = {pk for pk, _national in regions}
        self.national = {pk for pk, is_national in regions if is_national}

    def regions_showing(self, row, municipality_ids):
        """The pks of the regions whose sites show `row` (a dict of its fields) placed in these municipalities."""
        return set(self.placing(row, municipality_ids))

    def placing(self, row, municipality_ids):
        """{region pk: LOCAL or ELSEWHERE} for each region whose site shows `row` placed in these municipalities.

        Local first: a regional site lists what happens in its own
        municipalities before what it shows only because it is nationwide
        or online. The national site covers everything, so all it shows is local.
        """
        local = set(self.national)
        for municipality_id in municipality_ids:
            local |= self.covering.get(municipality_id, set())
        if row["is_nationwide"] or row["is_online"]:
            return {region: LOCAL if region in local else ELSEWHERE for region in self.everywhere}
        return dict.fromkeys(local, LOCAL)


def groups_that_may_show_in(model, rows, region_ids):
    """The translation groups in `rows` with a row that these sites could show by its place.

    A coverage change then reads the regions' own listings instead of the
    whole table; the national site shows everything, so for it nothing is left out.
    """
    if Region.objects.filter(pk__in=region_ids, is_national=True).exists():
        return rows
    candidates = model.objects.filter(coverage_q(model, region_ids))
    return rows.filter(translation_key__in=candidates.values("translation_key"))


def visible_organisations(organisations, region):
    """Published organisations whose home municipality the region covers; the national site shows all."""
    if region is None:
        return organisations.none()
    organisations = organisations.filter(live=True)
    if not region.is_national:
        organisations = organisations.filter(home_municipality_id__in=covered_municipalities([region.pk]))
    return organisations


# -- the window -----------------------------------------------------------------


def public_q(now):
    """Listing rows that are live and inside their visibility period at `now`."""
    return Q(
        Q(visible_from__isnull=True) | Q(visible_from__lte=now),
        Q(visible_until__isnull=True) | Q(visible_until__gt=now),
        live=True,
    )


def window_ended_q(before):
    """Listings whose visibility period ended before `before` (retention periods count from then)."""
    return Q(visible_until__lt=before)


def ends_within_q(now, horizon):
    """Live-window listings whose visibility ends after `now` and by `horizon`: their end date or scheduled expiry."""
    return Q(visible_until__gt=now, visible_until__lte=horizon) | Q(expire_at__gt=now, expire_at__lte=horizon)


def visibility_ends(listing, now):
    """When a listing stops being shown after `now` (its end date or scheduled expiry, the earlier), or None."""
    ends = [moment for moment in (listing.visible_until, listing.expire_at) if moment and moment > now]
    return min(ends, default=None)


def ended_q(model, now):
    """Rows of `model` that are over at `now` (the archive), or None for types that do not end.

    A type names its end in `end_fields`: the first of them that is set (an
    event ends at its end time, else at its start).
    """
    conditions = Q()
    unset = {}
    for name in model.end_fields:
        conditions |= Q(**unset, **{f"{name}__lt": now})
        unset[f"{name}__isnull"] = True
    return conditions or None


def end_of(model, row):
    """When `row` (a dict of its fields) is over by its nature, or None; the same end as `ended_q()`."""
    for name in model.end_fields:
        if row[name] is not None:
            return row[name]
    return None


def window(model, row):
    """[shown_from, shown_until) of a row by itself: its visibility period, cut where the row is over."""
    end = end_of(model, row)
    shown_from = row["visible_from"] or FAR_PAST
    shown_until = min(row["visible_until"] or FAR_FUTURE, end + END_MARGIN if end is not None else FAR_FUTURE)
    return shown_from, shown_until


def _outside(span, cover):
    """The part of `span` that `cover` leaves uncovered, as one interval (None when nothing is left).

    When `cover` lies strictly inside `span`, the earlier of the two parts is kept: a placement holds one
    window, and a translation shown from later on is the common case.
    """
    start, end = span
    cover_start, cover_end = cover
    if cover_end <= start or cover_start >= end:
        return span
    if cover_start > start:
        return start, cover_start
    if cover_end < end:
        return cover_end, end
    return None


# -- the language -----------------------------------------------------------------


def localized(listings, locale):
    """One row per listing: its translation in `locale` if `listings` holds one, else its original.

    Apply it last, after the other filters, so that a draft or hidden
    translation falls back to the original. One SQL query, no per-row work.
    """
    locale_ids = locale_filter(locale)
    translated_keys = listings.filter(locale_id__in=locale_ids, is_translation_row=True).values("translation_key")
    return listings.filter(
        Q(locale_id__in=locale_ids) | (Q(locale_id=F("original_locale_id")) & ~Q(translation_key__in=translated_keys))
    )


def shown_rows(model, group, locale_id):
    """(row, window) pairs a page in `locale_id` shows of one translation group (dicts of their fields).

    The page's own language while that translation is published and inside
    its window; the original while it is not (also before or after the
    translation's window, as `localized()` decides at each moment).
    """
    live_by_locale = {row["locale_id"]: row for row in group if row["live"]}
    original = next((row for row in group if row["locale_id"] == row["original_locale_id"] and row["live"]), None)
    translation = live_by_locale.get(locale_id)
    shown = []
    if translation is not None:
        shown.append((translation, window(model, translation)))
    if original is not None and original is not translation:
        span = window(model, original)
        if translation is not None:
            span = _outside(span, shown[0][1])
        if span is not None:
            shown.append((original, span))
    return [(row, span) for row, span in shown if span[0] < span[1]]


# -- what a site shows ------------------------------------------------------------


def shown_window_q(region, now, locale=None):
    """Placements of any type that the region's site shows at `now` (in `locale`'s pages, if given)."""
    condition = Q(region_id=region.pk, shown_from__lte=now, shown_until__gt=now)
    if locale is not None:
        condition &= Q(locale_id__in=locale_filter(locale))
    return condition


def shown_q(model, region, now, locale=None):
    """Placements of `model` rows that the region's site shows at `now` (in `locale`'s pages, if given)."""
    return Q(content_type_id=ContentType.objects.get_for_model(model).pk) & shown_window_q(region, now, locale)


def shown_sql(alias, region_id, locale_id, now):
    """`shown_q()` for raw SQL over placement rows named `alias`, in one region and locale: (condition, params).

    The named parameters start with `shown_`, so they mix with the query's
    own; `now` is given as the database stores datetimes.
    """
    return (
        f"{alias}.region_id = %(shown_region)s AND {alias}.locale_id = %(shown_locale)s"
        f" AND {alias}.shown_from <= %(shown_now)s AND {alias}.shown_until > %(shown_now)s",
        {
            "shown_region": region_id,
            "shown_locale": locale_id,
            "shown_now": connection.ops.adapt_datetimefield_value(now),
        },
    )


def visible(listings, placements, region, locale=None, now=None):
    """The rows of `listings` that the region's site shows now, read from its stored `placements`.

    `region=None` shows nothing. With `locale`, each listing appears once,
    in that language where a shown translation exists, else in its original.
    """
    if region is None:
        return listings.none()
    shown = placements.filter(shown_q(listings.model, region, now or timezone.now(), locale))
    return listings.filter(id__in=shown.values("object_id"))


def archived(listings, region, locale=None, now=None):
    """Rows of `listings` that the region's archive shows: live, inside their visibility period, covered, and over.

    Types that do not end have no archive. The archive is not stored, so it
    asks the listing rows themselves.
    """
    now = now or timezone.now()
    ended = ended_q(listings.model, now)
    if region is None or ended is None:
        return listings.none()
    listings = listings.filter(public_q(now), ended)
    if not region.is_national:
        listings = listings.filter(coverage_q(listings.model, [region.pk]))
    if locale is not None:
        listings = localized(listings, locale)
    return listings

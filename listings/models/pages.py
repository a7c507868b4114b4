"""The public section pages: one index page per listing type on every site.

Every type shares one routable base, `ListingIndexPage`: the list with its
filters, the detail route `<pk>-<slug>/` and, for events, the archive. Which
type a page lists, its filter form, card and texts come from its record in
`listings.registry`. What a page shows always comes from the visibility
module (`Model.objects.visible_on(region, locale)` and the placements), so
the right listing appears on the right site in the reader's language.
"""

import operator
from functools import reduce

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F, Q, Value, Window
from django.db.models.functions import RowNumber
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page, Site
from wagtail.search import index

from core.ordering import newest_first
from organisations.models import Organisation
from regions import cache as site_cache
from regions.models import Region
from regions.site_data import CachedViewRestrictionsMixin
from visits.counting import mark as mark_view

from .. import query, registry, visibility
from ..addresses import listing_url
from ..cards import stamped_rows
from ..extras import render_extras
from ..feeds import CALENDAR_LIMIT, FEED_LIMIT, AtomListingFeed, FeedSource, ListingFeed
from ..ical import calendar_links, event_calendar, events_calendar
from .placements import ListingPlacement
from .types import Event, Space, StaffMember

#: How many listings a section page keeps in its sitemap: the newest ones.
SITEMAP_LIMIT = 1000

#: The address words of a list's (or an organisation's) feeds in each language, after the page's own
#: address: RSS at `syote/`, Atom at `syote/atom/`, iCalendar (events) at `kalenteri/`.
FEED_SLUGS = {"fi": "syote", "sv": "flode", "en": "feed"}
CALENDAR_SLUGS = {"fi": "kalenteri", "sv": "kalender", "en": "calendar"}
FEED_WORDS = "|".join(FEED_SLUGS.values())
CALENDAR_WORDS = "|".join(CALENDAR_SLUGS.values())
#: Query parameters that page a list rather than filter it: feeds and embeds leave them out.
PAGING_PARAMETERS = ("page",)


def filter_query(request):
    """The request's query string without its paging, for a feed's or an embed's address."""
    params = request.GET.copy()
    for name in PAGING_PARAMETERS:
        params.pop(name, None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else ""


def calendar_rows(queryset):
    """What an event's calendar entries read: its place and every date."""
    return queryset.select_related("space", "locale").prefetch_related("extra_dates")


def calendar_response(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response


class ListingIndexPage(CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    """A section of a site listing one type: a filtered, paginated list and each listing's page.

    A subclass is the page type of one record of `listings.registry`, which
    names the model it lists, its filter form, card and texts; everything
    else is shared.
    """

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    per_page = 20
    #: Every section shares one list template (Wagtail would otherwise look for one per page type).
    list_template = "listings/listing_index_page.html"
    has_archive = False

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        return self.list_template

    @property
    def listing_type(self):
        """This page type's record in the listing-type registry."""
        return registry.for_index_page(type(self))

    @property
    def listing_model(self):
        return self.listing_type.model_class()

    @property
    def card_template(self):
        """The type's own card template; it gets `listing` and `listing_url`."""
        return self.listing_type.card_template

    @property
    def empty_text(self):
        """Empty-state text, with the type's name in it."""
        return self.listing_type.empty_text

    # -- data -------------------------------------------------------------

    def get_filter_form_class(self):
        return import_string(self.listing_type.filter_form)

    def visible(self, request):
        """What this site shows of the type now, one row per listing in the page's language."""
        region = Region.for_request(request)
        return self.listing_model.objects.visible_on(region, locale=self.locale_id)

    def archived(self, request):
        region = Region.for_request(request)
        return self.listing_model.objects.archived_on(region, locale=self.locale_id).order_by(*query.ARCHIVE_ORDER)

    def for_cards(self, queryset):
        # A card shows places but not topics or audiences: two prefetches fewer than with_card_data().
        return queryset.select_related("organisation", "image", "locale").prefetch_related("municipalities")

    def card_stamps(self, queryset):
        """Only what a cached card's key needs (listings/cards.py).

        `for_cards` loads the rows whose card is not cached yet.
        """
        if not any(field.name == "organisation" for field in queryset.model._meta.get_fields()):
            return queryset.only("updated_at")
        return queryset.stamps_only()

    def for_detail(self, queryset):
        return queryset.with_detail_rows()

    def detail_url(self, listing, request=None):
        """The path of a listing's page under this section page."""
        base = self.get_url(request)
        if base is None:
            return ""
        return base + self.reverse_subpage("detail", kwargs={"pk": listing.pk, "slug": listing.slug or "-"}).lstrip("/")

    def detail_full_url(self, listing, request=None):
        base = self.get_full_url(request)
        if base is None:
            return ""
        return base + self.reverse_subpage("detail", kwargs={"pk": listing.pk, "slug": listing.slug or "-"}).lstrip("/")

    # -- views ------------------------------------------------------------

    def filtered_page(self, request, archive=False):
        """The list (or the archive) filtered by the query string and paginated; returns context values.

        What the list holds and its order come from the one filter function
        (listings/query.py), which the API, feeds and embeds also use. Most
        cards of a page are cached: rows read from the placements carry only
        their cache keys' stamps.
        """
        filtered = query.filter_listings(
            self.listing_type,
            Region.for_request(request),
            self.locale_id,
            request.GET,
            archive=archive,
            prepare=self.for_cards,
            prepare_placed=self.card_stamps,
        )
        page_obj = filtered.page(request.GET.get("page"), self.per_page)
        return {
            "filter_form": filtered.form,
            "page_obj": page_obj,
            "listings": page_obj.object_list,
            "is_filtered": filtered.is_filtered,
        }

    @path("")
    def list_view(self, request):
        context = self.filtered_page(request)
        return self.render(request, context_overrides={**context, "is_archive": False})

    def detail_data(self, request, pk):
        """(the listing shown at `pk`, its language versions), or None when the site does not show it.

        Kept in the shared cache under the site's page version
        (regions/cache.py), which every publish, change or withdrawal of a
        listing the site shows replaces, for at most a minute (the clock's
        part: an event ending, a visibility period starting). The rest of
        the page is the reader's own (the sign-up form, the view count).
        """

        def build():
            listing = self.find_listing(request, pk)
            return None if listing is None else (listing, self.language_versions(request, listing))

        site = Site.find_for_request(request)
        if site is None:
            return build()
        return site_cache.keep_shown(site.pk, f"detail:{self.pk}:{pk}", build)

    @path("<int:pk>-<str:slug>/", name="detail")
    def detail_view(self, request, pk, slug):
        found = self.detail_data(request, pk)
        if found is None:
            raise Http404
        listing, language_versions = found
        if listing.pk != pk or listing.slug != slug:
            return redirect(self.detail_url(listing, request), permanent=True)
        response = self.render(
            request,
            template=f"listings/{self.listing_model._meta.model_name}_detail.html",
            context_overrides={
                "listing": listing,
                "canonical_url": self.detail_full_url(listing, request),
                **language_versions,
                "detail_extras": render_extras(request, listing),
                **self.extra_detail_context(request, listing),
            },
        )
        # Counted on the way out (visits/middleware.py), also when the page cache replays this response.
        return mark_view(response, listing, request)

    def language_versions(self, request, listing):
        """The listing's address in every language, for the language switch and `hreflang` alternates.

        `language_versions` ({code: path}) gives every language: its own
        translation where there is one, else the listing in its original
        language under that language's section page (shown with a note).
        `alternate_languages` are the codes that have a translation of their own.
        """
        site = Site.find_for_request(request)
        rows = type(listing).objects.filter(translation_key=listing.translation_key, live=True)
        translated = {code: (pk, slug) for pk, slug, code in rows.values_list("pk", "slug", "locale__language_code")}
        versions = {}
        for code, _name in settings.LANGUAGES:
            pk, slug = translated.get(code, (listing.pk, listing.slug))
            versions[code] = listing_url(type(listing)(pk=pk, slug=slug), site, code)
        return {
            "language_versions": {code: url for code, url in versions.items() if url},
            "alternate_languages": [code for code in translated if versions.get(code)],
        }

    def extra_detail_context(self, request, listing):
        """What a type's detail page adds to the shared context."""
        return {}

    @path("<int:pk>/", name="detail_without_slug")
    def detail_without_slug(self, request, pk):
        listing = self.find_listing(request, pk)
        if listing is None:
            raise Http404
        return redirect(self.detail_url(listing, request), permanent=True)

    def find_listing(self, request, pk):
        """The listing behind `pk` as this site shows it in the page's language (listings/query.py), or None."""
        return query.find_listing(
            self.listing_type,
            Region.for_request(request),
            self.locale_id,
            pk,
            archive=self.has_archive,
            prepare=self.for_detail,
        )

    # -- feeds ------------------------------------------------------------

    def route_word(self, words):
        """A route's word in the page's language ({language: word}), English where it has none."""
        return words.get(self.locale.language_code, words["en"])

    def wrong_word_redirect(self, request, route, words, **kwargs):
        """A permanent redirect to the route with the page's own word (a link shared from another language)."""
        path = self.reverse_subpage(route, kwargs={**kwargs, "word": self.route_word(words)})
        query = request.META.get("QUERY_STRING", "")
        return redirect(self.get_url(request) + path.lstrip("/") + (f"?{query}" if query else ""), permanent=True)

    def filtered_items(self, request, limit, prepare=None):
        """The first `limit` items of the list for the request's filters, as the list page orders them."""
        filtered = query.filter_listings(
            self.listing_type, Region.for_request(request), self.locale_id, request.GET, prepare=prepare
        )
        return list(filtered.results[:limit])

    def feed_links(self, request):
        """The list's feeds for the request's filters: [{"type", "title", "url"}] (events add a calendar)."""
        if not self.listing_type.is_listing:
            return []
        base = self.get_url(request)
        if base is None:
            return []
        params = filter_query(request)
        word = self.route_word(FEED_SLUGS)
        links = [
            {"type": "application/rss+xml", "title": _("RSS feed"), "url": f"{base}{word}/{params}"},
            {"type": "application/atom+xml", "title": _("Atom feed"), "url": f"{base}{word}/atom/{params}"},
        ]
        if self.listing_type.key == "events":
            word = self.route_word(CALENDAR_SLUGS)
            links.append({"type": "text/calendar", "title": _("Calendar (iCal)"), "url": f"{base}{word}/{params}"})
        return links

    def feed_source(self, request, items):
        region = Region.for_request(request)
        return FeedSource(
            title=f"{self.title} – {region.name}" if region else self.title,
            link=self.get_full_url(request) + filter_query(request),
            description=self.introduction or self.title,
            feed_url=request.build_absolute_uri(),
            language=self.locale.language_code,
            items=items,
            item_link=lambda item: self.detail_full_url(item, request),
        )

    def feed_response(self, request, word, feed_class, route):
        if not self.listing_type.is_listing:
            raise Http404
        if word != self.route_word(FEED_SLUGS):
            return self.wrong_word_redirect(request, route, FEED_SLUGS)
        items = self.filtered_items(request, FEED_LIMIT, prepare=lambda queryset: queryset.select_related("locale"))
        return feed_class(self.feed_source(request, items))(request)

    @re_path(rf"^(?P<word>{FEED_WORDS})/$", name="rss")
    def rss_view(self, request, word):
        """The list for the query string's filters as an RSS feed."""
        return self.feed_response(request, word, ListingFeed, "rss")

    @re_path(rf"^(?P<word>{FEED_WORDS})/atom/$", name="atom")
    def atom_view(self, request, word):
        """The list for the query string's filters as an Atom feed."""
        return self.feed_response(request, word, AtomListingFeed, "atom")

    # -- sitemap ----------------------------------------------------------

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        site = self.get_site()
        region = Region.for_site(site) if site else None
        if region is None:
            return urls
        base = self.get_full_url(request)
        if not base:
            return urls
        listings = (
            self.listing_model.objects.visible_on(region, locale=self.locale_id)
            .order_by(*newest_first("updated_at"))
            .only("pk", "slug", "updated_at")[:SITEMAP_LIMIT]
        )
        for listing in listings:
            path = self.reverse_subpage("detail", kwargs={"pk": listing.pk, "slug": listing.slug or "-"})
            urls.append({"location": base + path.lstrip("/"), "lastmod": listing.updated_at})
        return urls


class EventIndexPage(ListingIndexPage):
    """The events of a site: upcoming ones with date filters, and an archive of past ones."""

    has_archive = True

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    def for_detail(self, queryset):
        # The dates too: the page offers the next one to calendars.
        return queryset.with_detail_rows().select_related("space").prefetch_related("extra_dates")

    def extra_detail_context(self, request, listing):
        return {
            "calendar_url": self.calendar_url(listing, request),
            "calendar_links": calendar_links(listing, self.detail_full_url(listing, request)),
        }

    def calendar_url(self, listing, request=None):
        base = self.get_url(request)
        if base is None:
            return ""
        word = self.route_word(CALENDAR_SLUGS)
        route = self.reverse_subpage("ical", kwargs={"pk": listing.pk, "slug": listing.slug or "-", "word": word})
        return base + route.lstrip("/")

    @re_path(rf"^(?P<pk>\d+)-(?P<slug>[^/]+)/(?P<word>{CALENDAR_WORDS})/$", name="ical")
    def ical_view(self, request, pk, slug, word):
        """The event's dates as an iCalendar file, one entry per date."""
        pk = int(pk)
        event = self.find_listing(request, pk)
        if event is None:
            raise Http404
        return calendar_response(event_calendar(event, self.detail_full_url(event, request)), event.slug or "event")

    @re_path(rf"^(?P<word>{CALENDAR_WORDS})/$", name="ical_list")
    def ical_list_view(self, request, word):
        """The list for the query string's filters as an iCalendar file: every date of each event."""
        if word != self.route_word(CALENDAR_SLUGS):
            return self.wrong_word_redirect(request, "ical_list", CALENDAR_SLUGS)
        events = self.filtered_items(request, CALENDAR_LIMIT, prepare=calendar_rows)
        source = self.feed_source(request, events)
        content = events_calendar(events, name=source.title, url_for=source.item_link)
        return calendar_response(content, self.slug)

    #: The archive's address word in each language; the others redirect to the page's own.
    ARCHIVE_SLUGS = {"fi": "arkisto", "sv": "arkiv", "en": "archive"}

    def archive_path(self):
        return self.reverse_subpage("archive", kwargs={"word": self.route_word(self.ARCHIVE_SLUGS)})

    @re_path(rf"^(?P<word>{'|'.join(ARCHIVE_SLUGS.values())})/$", name="archive")
    def archive_view(self, request, word):
        if word != self.route_word(self.ARCHIVE_SLUGS):
            # /fi/tapahtumat/archive/ was the first address; a query string (filters) goes along.
            query = request.META.get("QUERY_STRING", "")
            target = self.get_url(request) + self.archive_path().lstrip("/") + (f"?{query}" if query else "")
            return redirect(target, permanent=True)
        context = self.filtered_page(request, archive=True)
        return self.render(request, context_overrides={**context, "is_archive": True})


class ActivityIndexPage(ListingIndexPage):
    """The recurring activities of a site: clubs, choirs, groups."""

    class Meta:
        verbose_name = _("activity index page")
        verbose_name_plural = _("activity index pages")


class VolunteerTaskIndexPage(ListingIndexPage):
    """The volunteer tasks of a site."""

    class Meta:
        verbose_name = _("volunteer task index page")
        verbose_name_plural = _("volunteer task index pages")


class JobIndexPage(ListingIndexPage):
    """The jobs, internships and thesis positions of a site."""

    class Meta:
        verbose_name = _("job index page")
        verbose_name_plural = _("job index pages")


class ProjectIndexPage(ListingIndexPage):
    """The projects run by organisations of a site's area."""

    class Meta:
        verbose_name = _("project index page")
        verbose_name_plural = _("project index pages")


class NewsIndexPage(ListingIndexPage):
    """The news of a site's organisations."""

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")


class SpaceIndexPage(ListingIndexPage):
    """The spaces (venues) organisations of a site's area lend or rent out."""

    class Meta:
        verbose_name = _("space index page")
        verbose_name_plural = _("space index pages")

    def for_detail(self, queryset):
        return queryset.with_detail_rows()


class StoryIndexPage(ListingIndexPage):
    """Citizens' stories of taking part."""

    class Meta:
        verbose_name = _("story index page")
        verbose_name_plural = _("story index pages")


#: How many items of each type an organisation page lists.
ORGANISATION_PAGE_LIMIT = 10
#: How many staff members and spaces it lists at most.
ORGANISATION_PAGE_MOST = 100


def organisation_placements(organisation, region, locale_id, models, now=None):
    """{model: [ids]} of what the region's site shows now of the organisation's listings of these types.

    Two queries for every type at once: the organisation's own rows (a few
    dozen at most), then their stored placements on the site, each type's
    rows in the lists' order (local first) and at most
    ORGANISATION_PAGE_MOST of each; the rows themselves are read by the caller.
    """
    if region is None or not models:
        return {}
    now = now or timezone.now()
    types = {ContentType.objects.get_for_model(model).pk: model for model in models}
    owned_rows = [
        model.objects.for_organisation(organisation).order_by().values_list(Value(content_type_id), "id")
        for content_type_id, model in types.items()
    ]
    owned = {}
    for content_type_id, object_id in owned_rows[0].union(*owned_rows[1:], all=True):
        owned.setdefault(content_type_id, []).append(object_id)
    if not owned:
        return {}
    # The ids as values, not as subqueries: PostgreSQL then reads each row's placement from the unique
    # index (type, row, region, language) instead of scanning every placement of the site's types.
    placements = (
        ListingPlacement.objects.filter(
            reduce(operator.or_, (Q(content_type_id=pk, object_id__in=ids) for pk, ids in owned.items())),
            visibility.shown_window_q(region, now, locale_id),
        )
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("content_type_id")],
                order_by=[F(name).asc() for name in visibility.LIST_ORDER],
            )
        )
        .filter(rank__lte=ORGANISATION_PAGE_MOST)
        .order_by("content_type_id", "rank")
        .values_list("content_type_id", "object_id")
    )
    shown = {}
    for content_type_id, object_id in placements:
        shown.setdefault(types[content_type_id], []).append(object_id)
    return shown


def _in_order(queryset, ids):
    """The rows of `ids` read through `queryset`, in the order of `ids`.

    Read even when there are none (0 is no row's key), so that the page makes as many queries for an
    organisation with few types of listings as for one with every type.
    """
    rows = {row.pk: row for row in queryset.filter(pk__in=ids or [0])}
    return [rows[pk] for pk in ids if pk in rows]


class OrganisationIndexPage(ListingIndexPage):
    """The organisations of a site's area, each with a page of its current listings, staff and spaces."""

    class Meta:
        verbose_name = _("organisation index page")
        verbose_name_plural = _("organisation index pages")

    def visible(self, request):
        return visibility.visible_organisations(Organisation.objects.all(), Region.for_request(request))

    def for_cards(self, queryset):
        return queryset.select_related("home_municipality", "logo")

    def for_detail(self, queryset):
        return queryset.select_related("home_municipality", "logo")

    def find_listing(self, request, pk):
        return self.for_detail(self.visible(request).filter(pk=pk)).first()

    def get_sitemap_urls(self, request=None):
        urls = Page.get_sitemap_urls(self, request)
        site = self.get_site()
        region = Region.for_site(site) if site else None
        base = self.get_full_url(request)
        if region is None or not base:
            return urls
        organisations = (
            visibility.visible_organisations(Organisation.objects.all(), region)
            .order_by("-updated_at")
            .only("pk", "slug", "updated_at")
        )
        for organisation in organisations[:SITEMAP_LIMIT]:
            path = self.reverse_subpage("detail", kwargs={"pk": organisation.pk, "slug": organisation.slug or "-"})
            urls.append({"location": base + path.lstrip("/"), "lastmod": organisation.updated_at})
        return urls

    # -- an organisation's feeds -------------------------------------------

    def organisation_items(self, request, organisation, records, limit, prepare):
        """The organisation's current items of these types, as each type's list orders them, types in turn."""
        items = []
        for record in records:
            filtered = query.filter_listings(
                record, Region.for_request(request), self.locale_id, {"organisation": organisation.pk}, prepare=prepare
            )
            items.extend(filtered.results[:limit])
        return items

    def organisation_feed_links(self, request, organisation):
        base = self.detail_url(organisation, request)
        if not base:
            return []
        feed, calendar = self.route_word(FEED_SLUGS), self.route_word(CALENDAR_SLUGS)
        return [
            {"type": "application/rss+xml", "title": _("RSS feed"), "url": f"{base}{feed}/"},
            {"type": "application/atom+xml", "title": _("Atom feed"), "url": f"{base}{feed}/atom/"},
            {"type": "text/calendar", "title": _("Calendar (iCal)"), "url": f"{base}{calendar}/"},
        ]

    def organisation_for_route(self, request, pk, slug, word, words, route):
        """The organisation behind a feed route, or a redirect to the route's right address; 404 when unknown."""
        organisation = self.find_listing(request, int(pk))
        if organisation is None:
            raise Http404
        if organisation.slug != slug or word != self.route_word(words):
            return None, self.wrong_word_redirect(request, route, words, pk=organisation.pk, slug=organisation.slug)
        return organisation, None

    def organisation_feed(self, request, pk, slug, word, feed_class, route):
        organisation, redirection = self.organisation_for_route(request, pk, slug, word, FEED_SLUGS, route)
        if redirection:
            return redirection
        items = self.organisation_items(
            request,
            organisation,
            registry.organisation_page_types(),
            FEED_LIMIT,
            prepare=lambda queryset: queryset.select_related("locale"),
        )
        # Newest first across the types, as a reader expects of a feed.
        items.sort(key=lambda item: (item.created_at, item.pk), reverse=True)
        site = Site.find_for_request(request)
        language = self.locale.language_code
        source = FeedSource(
            title=organisation.name,
            link=self.detail_full_url(organisation, request),
            description=organisation.name,
            feed_url=request.build_absolute_uri(),
            language=language,
            items=items[:FEED_LIMIT],
            item_link=lambda item: listing_url(item, site, language, absolute=True),
        )
        return feed_class(source)(request)

    @re_path(rf"^(?P<pk>\d+)-(?P<slug>[^/]+)/(?P<word>{FEED_WORDS})/$", name="organisation_rss")
    def organisation_rss_view(self, request, pk, slug, word):
        """The organisation's current listings as an RSS feed."""
        return self.organisation_feed(request, pk, slug, word, ListingFeed, "organisation_rss")

    @re_path(rf"^(?P<pk>\d+)-(?P<slug>[^/]+)/(?P<word>{FEED_WORDS})/atom/$", name="organisation_atom")
    def organisation_atom_view(self, request, pk, slug, word):
        """The organisation's current listings as an Atom feed."""
        return self.organisation_feed(request, pk, slug, word, AtomListingFeed, "organisation_atom")

    @re_path(rf"^(?P<pk>\d+)-(?P<slug>[^/]+)/(?P<word>{CALENDAR_WORDS})/$", name="organisation_ical")
    def organisation_ical_view(self, request, pk, slug, word):
        """The organisation's upcoming events as an iCalendar file."""
        organisation, redirection = self.organisation_for_route(
            request, pk, slug, word, CALENDAR_SLUGS, "organisation_ical"
        )
        if redirection:
            return redirection
        events = self.organisation_items(
            request, organisation, [registry.for_model(Event)], CALENDAR_LIMIT, prepare=calendar_rows
        )
        site = Site.find_for_request(request)
        content = events_calendar(
            events,
            name=organisation.name,
            url_for=lambda event: listing_url(event, site, self.locale.language_code, absolute=True),
        )
        return calendar_response(content, organisation.slug or "calendar")

    def organisation_data(self, request, pk):
        """What an organisation's page shows ({"organisation", "listing_groups", "staff", "spaces"}), or None.

        Kept in the shared cache under the site's page version for at most a
        minute, like a listing's page (`ListingIndexPage.detail_data`): an
        organisation's or a listing's save replaces the version.
        """

        def build():
            organisation = self.find_listing(request, pk)
            if organisation is None:
                return None
            records = registry.organisation_page_types()
            shown = organisation_placements(
                organisation,
                Region.for_request(request),
                self.locale_id,
                [record.model_class() for record in records] + [Space, StaffMember],
            )
            # Only the cards' stamps, of every type in one query: the items are kept rendered
            # (listings/cards.py), like a list's cards.
            stamped = stamped_rows(
                {
                    **{
                        record.model_class(): shown.get(record.model_class(), [])[:ORGANISATION_PAGE_LIMIT]
                        for record in records
                    },
                    Space: shown.get(Space, []),
                }
            )
            return {
                "organisation": organisation,
                "listing_groups": [
                    {"model": model, "label": model._meta.verbose_name_plural, "items": items}
                    for model, items in stamped.items()
                    if items and model is not Space
                ],
                "staff": _in_order(StaffMember.objects.select_related("locale", "image"), shown.get(StaffMember, [])),
                "spaces": stamped[Space],
            }

        site = Site.find_for_request(request)
        if site is None:
            return build()
        return site_cache.keep_shown(site.pk, f"organisation:{self.pk}:{pk}", build)

    @path("<int:pk>-<str:slug>/", name="detail")
    def detail_view(self, request, pk, slug):
        found = self.organisation_data(request, pk)
        if found is None:
            raise Http404
        organisation = found["organisation"]
        if organisation.slug != slug:
            return redirect(self.detail_url(organisation, request), permanent=True)
        return self.render(
            request,
            template="listings/organisation_detail.html",
            context_overrides={**found, "canonical_url": self.detail_full_url(organisation, request)},
        )

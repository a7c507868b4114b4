"""The public section pages: one index page per listing type on every site.

Every type shares one routable base, `ListingIndexPage`: the list with its
filters, the detail route `<pk>-<slug>/` and, for events, the archive. Which
type a page lists, its filter form, card and texts come from its record in
`listings.registry`. What a page shows always comes from the visibility
module (`Model.objects.visible_on(region, locale)` and the placements), so
the right listing appears on the right site in the reader's language.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import models
from django.db.models import F, Q, Window
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

from organisations.models import Organisation
from regions.models import Region
from regions.site_data import CachedViewRestrictionsMixin

from .. import registry, visibility
from ..addresses import listing_url
from ..extras import render_extras
from ..ical import event_calendar
from .placements import ListingPlacement, PlacedListings
from .types import Space, StaffMember

#: How many listings a section page keeps in its sitemap: the newest ones.
SITEMAP_LIMIT = 1000


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

    def placements(self, request):
        """The stored placements of what this site shows now in the page's language (None: not a listing type)."""
        region = Region.for_request(request)
        if region is None:
            return ListingPlacement.objects.none()
        return ListingPlacement.objects.shown(self.listing_model, region, timezone.now(), locale=self.locale_id)

    def archived(self, request):
        region = Region.for_request(request)
        # "-id", not "-pk": the archive's search sorts by indexed fields only (FilterField("id")).
        return self.listing_model.objects.archived_on(region, locale=self.locale_id).order_by("-starts_at", "-id")

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

    def filtered_page(self, request, queryset, placements=None):
        """Apply the filters from the query string and paginate; returns context values.

        With `placements` (what the site shows now), a list without search
        words is counted and paged on the placements' indexes, and only the
        page's own rows are read; search words need the search backend, which
        works on the listing queryset.
        """
        form = self.get_filter_form_class()(request.GET, region=Region.for_request(request))
        values = form.values()
        if placements is not None and not values.get("q"):
            model = self.listing_model
            if values:
                placements = placements.filter(
                    object_id__in=form.filter_queryset(model.objects.all(), values).values("id")
                )
            # Most cards of a page are cached: read only their keys' stamps here.
            results = PlacedListings(placements, lambda ids: self.card_stamps(model.objects.filter(id__in=ids)))
        else:
            results = form.apply(self.for_cards(queryset))
        page_obj = Paginator(results, self.per_page).get_page(request.GET.get("page"))
        return {
            "filter_form": form,
            "page_obj": page_obj,
            "listings": page_obj.object_list,
            "is_filtered": form.is_filtered(),
        }

    @path("")
    def list_view(self, request):
        context = self.filtered_page(request, self.visible(request), placements=self.placements(request))
        return self.render(request, context_overrides={**context, "is_archive": False})

    @path("<int:pk>-<str:slug>/", name="detail")
    def detail_view(self, request, pk, slug):
        listing = self.find_listing(request, pk)
        if listing is None:
            raise Http404
        if listing.pk != pk or listing.slug != slug:
            return redirect(self.detail_url(listing, request), permanent=True)
        return self.render(
            request,
            template=f"listings/{self.listing_model._meta.model_name}_detail.html",
            context_overrides={
                "listing": listing,
                "canonical_url": self.detail_full_url(listing, request),
                **self.language_versions(request, listing),
                "detail_extras": render_extras(request, listing),
                **self.extra_detail_context(request, listing),
            },
        )

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
        """The listing behind `pk` as this site shows it in the page's language, or None.

        The pk may be another language's row of the same listing (a link
        shared from a Finnish page); the reader then gets this language's row.
        """
        same_listing = self.listing_model.objects.filter(pk=pk).values("translation_key")
        for queryset in self.detail_querysets(request):
            # Which row first (at most one per translation group and language, so unordered), then its
            # joins by primary key: PostgreSQL spends far longer planning the joins together with the
            # visibility subqueries than running either query.
            found = queryset.filter(translation_key__in=same_listing).order_by().values_list("pk", flat=True)[:1]
            if found:
                return next(iter(self.for_detail(self.listing_model.objects.filter(pk=found[0]).order_by())), None)
        return None

    def detail_querysets(self, request):
        yield self.visible(request)
        if self.has_archive:
            yield self.archived(request)

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
            .order_by("-updated_at", "-pk")
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
        return queryset.with_detail_rows().select_related("space")

    def extra_detail_context(self, request, listing):
        return {"calendar_url": self.calendar_url(listing, request)}

    def route_word(self, words):
        """A route's word in the page's language ({language: word}), English where it has none."""
        return words.get(self.locale.language_code, words["en"])

    #: The calendar file's address word in each language (after the event's own address).
    CALENDAR_SLUGS = {"fi": "kalenteri", "sv": "kalender", "en": "calendar"}

    def calendar_url(self, listing, request=None):
        base = self.get_url(request)
        if base is None:
            return ""
        word = self.route_word(self.CALENDAR_SLUGS)
        route = self.reverse_subpage("ical", kwargs={"pk": listing.pk, "slug": listing.slug or "-", "word": word})
        return base + route.lstrip("/")

    @re_path(rf"^(?P<pk>\d+)-(?P<slug>[^/]+)/(?P<word>{'|'.join(CALENDAR_SLUGS.values())})/$", name="ical")
    def ical_view(self, request, pk, slug, word):
        """The event's dates as an iCalendar file, one entry per date."""
        pk = int(pk)
        event = self.find_listing(request, pk)
        if event is None:
            raise Http404
        response = HttpResponse(
            event_calendar(event, self.detail_full_url(event, request)), content_type="text/calendar; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{event.slug or "event"}.ics"'
        return response

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
        context = self.filtered_page(request, self.archived(request))
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

    One query over the stored placements for every type at once, each
    type's rows in the lists' order (local first) and at most
    ORGANISATION_PAGE_MOST of each; the rows themselves are read by the caller.
    """
    if region is None or not models:
        return {}
    now = now or timezone.now()
    types = {ContentType.objects.get_for_model(model).pk: model for model in models}
    owned = Q()
    for content_type_id, model in types.items():
        rows = model.objects.for_organisation(organisation).values("id")
        owned |= Q(content_type_id=content_type_id, object_id__in=rows)
    placements = (
        ListingPlacement.objects.filter(owned, visibility.shown_window_q(region, now, locale_id))
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

    def placements(self, request):
        return None

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

    @path("<int:pk>-<str:slug>/", name="detail")
    def detail_view(self, request, pk, slug):
        organisation = self.find_listing(request, pk)
        if organisation is None:
            raise Http404
        if organisation.slug != slug:
            return redirect(self.detail_url(organisation, request), permanent=True)
        region = Region.for_request(request)
        records = registry.organisation_page_types()
        shown = organisation_placements(
            organisation, region, self.locale_id, [record.model_class() for record in records] + [Space, StaffMember]
        )
        groups = []
        for record in records:
            model = record.model_class()
            # Only the cards' stamps: the items are kept rendered (listings/cards.py), like a list's cards.
            items = _in_order(model.objects.stamps_only(), shown.get(model, [])[:ORGANISATION_PAGE_LIMIT])
            if items:
                groups.append({"model": model, "label": model._meta.verbose_name_plural, "items": items})
        staff = _in_order(StaffMember.objects.select_related("locale", "image"), shown.get(StaffMember, []))
        spaces = _in_order(Space.objects.stamps_only(), shown.get(Space, []))
        return self.render(
            request,
            template="listings/organisation_detail.html",
            context_overrides={
                "organisation": organisation,
                "listing_groups": groups,
                "staff": staff,
                "spaces": spaces,
                "canonical_url": self.detail_full_url(organisation, request),
            },
        )

"""The public section pages: one index page per listing type on every site.

Every type shares one routable base, `ListingIndexPage`: the list with its
filters, the detail route `<pk>-<slug>/` and, for events, the archive. What a
page shows always comes from `Model.objects.visible_on(region, locale)`, so
the right listing appears on the right site in the reader's language.
"""

from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from organisations.models import Organisation
from regions.models import Region

from ..templatetags.site_chrome import CachedViewRestrictionsMixin
from .placements import ListingPlacement, PlacedListings
from .types import Activity, Event, Job, NewsItem, Project, Space, StaffMember, Story, VolunteerTask

#: How many listings a section page keeps in its sitemap: the newest ones.
SITEMAP_LIMIT = 1000


class ListingIndexPage(CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    """A section of a site listing one type: a filtered, paginated list and each listing's page.

    Subclasses name their `listing_model` and filter form; everything else is
    shared.
    """

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    listing_model = None
    per_page = 20
    #: Every section shares one list template (Wagtail would otherwise look for one per page type).
    list_template = "listings/listing_index_page.html"
    #: The type's own card template; it gets `listing` and `listing_url`.
    card_template = "listings/components/listing_card.html"
    #: Empty-state text, with the type's name in it.
    empty_text = _("Nothing matches these filters.")
    has_archive = False

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        return self.list_template

    # -- data -------------------------------------------------------------

    def get_filter_form_class(self):
        from ..filters import ListingFilterForm

        return ListingFilterForm

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
        return self.listing_model.objects.archived_on(region, locale=self.locale_id).order_by("-starts_at", "-pk")

    def for_cards(self, queryset):
        # A card shows places but not topics or audiences: two prefetches fewer than with_card_data().
        return queryset.select_related("organisation", "image", "locale").prefetch_related("municipalities")

    def for_detail(self, queryset):
        return queryset.with_card_data()

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
            results = PlacedListings(placements, lambda ids: self.for_cards(model.objects.filter(id__in=ids)))
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
            context_overrides={"listing": listing, "canonical_url": self.detail_full_url(listing, request)},
        )

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
        if region is None or self.listing_model is None:
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

    listing_model = Event
    has_archive = True
    empty_text = _("No events match these filters.")

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    def get_filter_form_class(self):
        from ..filters import EventFilterForm

        return EventFilterForm

    def for_detail(self, queryset):
        return queryset.with_card_data().select_related("space")

    @path("archive/", name="archive")
    def archive_view(self, request):
        context = self.filtered_page(request, self.archived(request))
        return self.render(request, context_overrides={**context, "is_archive": True})


class ActivityIndexPage(ListingIndexPage):
    """The recurring activities of a site: clubs, choirs, groups."""

    listing_model = Activity
    empty_text = _("No activities match these filters.")

    class Meta:
        verbose_name = _("activity index page")
        verbose_name_plural = _("activity index pages")


class VolunteerTaskIndexPage(ListingIndexPage):
    """The volunteer tasks of a site."""

    listing_model = VolunteerTask
    empty_text = _("No volunteer tasks match these filters.")

    class Meta:
        verbose_name = _("volunteer task index page")
        verbose_name_plural = _("volunteer task index pages")


class JobIndexPage(ListingIndexPage):
    """The jobs, internships and thesis positions of a site."""

    listing_model = Job
    empty_text = _("No jobs match these filters.")

    class Meta:
        verbose_name = _("job index page")
        verbose_name_plural = _("job index pages")

    def get_filter_form_class(self):
        from ..filters import JobFilterForm

        return JobFilterForm


class ProjectIndexPage(ListingIndexPage):
    """The projects run by organisations of a site's area."""

    listing_model = Project
    empty_text = _("No projects match these filters.")

    class Meta:
        verbose_name = _("project index page")
        verbose_name_plural = _("project index pages")


class NewsIndexPage(ListingIndexPage):
    """The news of a site's organisations."""

    listing_model = NewsItem
    empty_text = _("No news match these filters.")

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")


class SpaceIndexPage(ListingIndexPage):
    """The spaces (venues) organisations of a site's area lend or rent out."""

    listing_model = Space
    empty_text = _("No spaces match these filters.")

    class Meta:
        verbose_name = _("space index page")
        verbose_name_plural = _("space index pages")

    def for_detail(self, queryset):
        return queryset.with_card_data().prefetch_related("accessibility_features")


class StoryIndexPage(ListingIndexPage):
    """Citizens' stories of taking part."""

    listing_model = Story
    empty_text = _("No stories match these filters.")

    class Meta:
        verbose_name = _("story index page")
        verbose_name_plural = _("story index pages")


def organisations_visible_on(region):
    """Published organisations whose home municipality the region covers; the national site shows all."""
    if region is None:
        return Organisation.objects.none()
    organisations = Organisation.objects.filter(live=True)
    if not region.is_national:
        covered = Region.coverage.through.objects.filter(region_id=region.pk).values("municipality_id")
        organisations = organisations.filter(home_municipality_id__in=covered)
    return organisations


#: Listing types an organisation page shows under their own headings, in this order.
ORGANISATION_PAGE_TYPES = (Event, Activity, VolunteerTask, Job, Project, NewsItem, Story)
ORGANISATION_PAGE_LIMIT = 10


class OrganisationIndexPage(ListingIndexPage):
    """The organisations of a site's area, each with a page of its current listings, staff and spaces."""

    listing_model = Organisation
    card_template = "listings/components/organisation_card.html"
    empty_text = _("No organisations match these filters.")

    class Meta:
        verbose_name = _("organisation index page")
        verbose_name_plural = _("organisation index pages")

    def get_filter_form_class(self):
        from ..filters import OrganisationFilterForm

        return OrganisationFilterForm

    def visible(self, request):
        return organisations_visible_on(Region.for_request(request))

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
        organisations = organisations_visible_on(region).order_by("-updated_at").only("pk", "slug")
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
        now = timezone.now()
        groups = []
        for model in ORGANISATION_PAGE_TYPES:
            items = list(
                model.objects.visible_on(region, locale=self.locale_id, now=now)
                .for_organisation(organisation)
                .select_related("locale")[:ORGANISATION_PAGE_LIMIT]
            )
            if items:
                groups.append({"model": model, "label": model._meta.verbose_name_plural, "items": items})
        staff = list(
            StaffMember.objects.visible_on(region, locale=self.locale_id, now=now)
            .for_organisation(organisation)
            .select_related("locale", "image")
        )
        spaces = list(
            Space.objects.visible_on(region, locale=self.locale_id, now=now)
            .for_organisation(organisation)
            .select_related("locale")
        )
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


#: Each section page type with the listing model it lists.
INDEX_PAGE_MODELS = (
    EventIndexPage,
    ActivityIndexPage,
    VolunteerTaskIndexPage,
    JobIndexPage,
    ProjectIndexPage,
    NewsIndexPage,
    SpaceIndexPage,
    StoryIndexPage,
    OrganisationIndexPage,
)

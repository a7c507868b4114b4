from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.search_terms import IndexedTerms
from regions.models import Region
from regions.site_data import CachedRoutingMixin, CachedViewRestrictionsMixin

from .blocks import HomePanelsBlock
from .panels import render_context
from .search import MAX_QUERY_LENGTH, clean_query, get_search_sources

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HomePage(CachedRoutingMixin, CachedViewRestrictionsMixin, Page):
    """The root of a site (national or regional), one per language.

    The region's name, producer and branding come from its Region; the page
    holds what its coordinators write.
    """

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    layout = StreamField(
        HomePanelsBlock(),
        blank=True,
        verbose_name=_("front page panels"),
        help_text=_("The panels in the order they are shown; remove a panel to hide it."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("layout")]

    parent_page_types = ["wagtailcore.Page"]
    # No subpage_types: each page type's parent_page_types says whether it lives under a home page
    # (the sections of regions.sections, which create_region builds, all do).

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["home_panels"] = render_context(request, Region.for_request(request), self)
        return context


class StandardPage(IndexedTerms, CachedViewRestrictionsMixin, Page):
    """A content page: about the service, terms of use, privacy, accessibility..."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    body = RichTextField(_("body"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        # Base forms and compound parts of the words (core.search_terms).
        index.SearchField("indexed_terms"),
    ]
    indexed_term_fields = ("title", "introduction", "body")

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class SearchPage(CachedViewRestrictionsMixin, Page):
    """The site search: results from every registered source, with counts per source."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    results_per_page = 20
    preview_per_source = 5

    class Meta:
        verbose_name = _("search page")
        verbose_name_plural = _("search pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        raw_query = " ".join(request.GET.get("q", "").split())
        too_long = len(raw_query) > MAX_QUERY_LENGTH
        query = clean_query(raw_query)
        sources = get_search_sources()
        selected = request.GET.get("type", "")
        if selected not in {source.key for source in sources}:
            selected = ""
        context.update(query=query, query_too_long=too_long, selected_type=selected)
        if not query:
            return context

        region = Region.for_request(request)
        facets = []
        for source in sources:
            results = source.results(request, region, query)
            facet = {"source": source, "results": results}
            if selected:
                facet["count"] = results.count()
            else:
                # A preview shorter than its limit is the whole result: its
                # length is the count, and the count query is not needed.
                preview = list(results[: self.preview_per_source])
                facet["preview"] = preview
                facet["count"] = len(preview) if len(preview) < self.preview_per_source else results.count()
            facets.append(facet)
        context["facets"] = facets
        context["total"] = sum(facet["count"] for facet in facets)
        if selected:
            facet = next(f for f in facets if f["source"].key == selected)
            paginator = Paginator(facet["results"], self.results_per_page)
            context["selected_facet"] = facet
            context["results_page"] = paginator.get_page(request.GET.get("page"))
        return context

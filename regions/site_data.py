"""What public pages read of their site, cached per site and language under regions/cache.py.

Wagtail finds the site and routes the request itself; this module keeps
what it and our pages read again and again: the site's region and
branding, its home page and section pages in each language, the slugs of
a page's children (for routing), and whether any page is restricted.

Pages are handed out as `PageLink`s (plain values: title, address, type),
never as shared model instances, so nothing a request sets on an object
leaks into another request. Code that needs the page itself asks
`link.get_page()`.
"""

import copy
import pickle
from dataclasses import dataclass

from django.apps import apps
from django.http import Http404
from wagtail.models import Page, PageViewRestriction, Site

from core.translation import active_language

from . import cache


def site_id(site):
    return site if isinstance(site, int) else site.pk


@dataclass(frozen=True)
class PageLink:
    """A page as a link: enough to show it in a menu or build addresses under it."""

    pk: int
    title: str
    #: The address on the page's own site (a path there, a full address elsewhere).
    url: str
    full_url: str
    live: bool
    #: The page type, "app_label.ModelName".
    model: str
    path: str
    depth: int
    language: str

    def model_class(self):
        return apps.get_model(self.model)

    def get_page(self):
        """The page itself, in its own type (one query)."""
        return self.model_class()._default_manager.get(pk=self.pk)


def page_link(page, site):
    """A `PageLink` of `page` as seen from `site`; the page should carry its locale (select_related)."""
    parts = page.get_url_parts()
    if parts is None:
        url = full_url = ""
    else:
        page_site_id, root_url, page_path = parts
        full_url = root_url + page_path
        url = page_path if page_site_id == site_id(site) else full_url
    return PageLink(
        pk=page.pk,
        title=page.title,
        url=url,
        full_url=full_url,
        live=page.live,
        model=page.specific_class._meta.label if page.specific_class else "wagtailcore.Page",
        path=page.path,
        depth=page.depth,
        language=page.locale.language_code,
    )


def localize(pages, language):
    """Each page's live translation in `language`, or the page itself (as Wagtail's `.localized`)."""
    pages = list(pages)
    translations = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(translation_key__in=[page.translation_key for page in pages], locale__language_code=language)
        .select_related("locale")
    }
    return [translations.get(page.translation_key, page) for page in pages]


# -- the site's region and branding -------------------------------------------------------


def region(site):
    """The site's Region, or None: a copy of the cached one, its `site` set to `site` when given as a Site."""
    Region = apps.get_model("regions", "Region")
    if site is None:
        return None
    cached = cache.remember(site_id(site), "region", lambda: Region.objects.filter(site_id=site_id(site)).first())
    if cached is None:
        return None
    found = copy.copy(cached)
    if isinstance(site, Site):
        found.site = site
    return found


def branding(site):
    """A copy of the site's BrandingSettings (created, as Wagtail does, when missing)."""
    BrandingSettings = apps.get_model("regions", "BrandingSettings")
    return copy.copy(cache.remember(site_id(site), "branding", lambda: BrandingSettings.for_site(site)))


def front_page_settings(site):
    """A copy of the site's FrontPageSettings; an unsaved one with the defaults when the site has none."""
    FrontPageSettings = apps.get_model("regions", "FrontPageSettings")

    def build():
        return FrontPageSettings.objects.filter(site_id=site_id(site)).first() or FrontPageSettings(
            site_id=site_id(site)
        )

    return copy.copy(cache.remember(site_id(site), "front-page-settings", build))


def footer_contacts(site):
    """A copy of the site's FooterSettings; an unsaved empty one when the site has none."""
    FooterSettings = apps.get_model("regions", "FooterSettings")

    def build():
        return FooterSettings.objects.filter(site_id=site_id(site)).first() or FooterSettings(site_id=site_id(site))

    return copy.copy(cache.remember(site_id(site), "footer-contacts", build))


# -- pages ------------------------------------------------------------------------------


def localized_home(site, language=None):
    """The site's home page in the language (its live translation, else the original), as a link."""
    language = language or active_language()

    def build():
        root = Page.objects.select_related("locale").get(pk=site.root_page_id)
        return page_link(localize([root], language)[0], site)

    return cache.remember(site_id(site), ("home", language), build)


def section_links(site, language=None):
    """{section key: PageLink} of the site's region's sections, localized as Wagtail's `.localized` does."""
    language = language or active_language()

    def build():
        RegionSection = apps.get_model("regions", "RegionSection")
        rows = list(RegionSection.objects.filter(region__site_id=site_id(site)).select_related("page", "page__locale"))
        pages = localize([row.page for row in rows], language)
        return {row.key: page_link(page, site) for row, page in zip(rows, pages, strict=True)}

    return cache.remember(site_id(site), ("sections", language), build)


def menu(site, language=None):
    """The live children of the site's home page (in the language) that are shown in menus."""
    language = language or active_language()

    def build():
        home = localized_home(site, language)
        children = (
            Page.objects.live()
            .in_menu()
            .filter(path__startswith=home.path, depth=home.depth + 1)
            .select_related("locale")
            .order_by("path")
        )
        return [page_link(page, site) for page in children]

    return cache.remember(site_id(site), ("menu", language), build)


def translation_urls(site, page):
    """{language code: address} of a page's live translations (the page itself included)."""

    def build():
        rows = page.get_translations(inclusive=True).live().select_related("locale")
        return {row.locale.language_code: page_link(row, site).url for row in rows}

    return cache.remember(site_id(site), ("translations", page.translation_key), build)


def _children(site, parent):
    """{slug: (page id, content type id)} of a page's children.

    Wagtail's forms keep sibling slugs unique; should data from elsewhere
    repeat one, the first child in the tree's order answers (Wagtail's own
    lookup would fail with an error).
    """

    def build():
        children = {}
        rows = Page.objects.child_of(parent).order_by("path").values_list("slug", "id", "content_type_id")
        for slug, pk, content_type_id in rows:
            children.setdefault(slug, (pk, content_type_id))
        return children

    return cache.remember(site_id(site), ("children", parent.pk), build)


def _page_model(content_type_id):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_for_id(content_type_id).model_class() or Page


def _frozen_page(site, pk, content_type_id):
    """A page as pickled bytes, kept under the site's version; None for one that is gone, False for one
    that cannot be pickled."""

    def build():
        # With its locale: routes name their words in the page's language (an archive, a calendar file).
        page = _page_model(content_type_id)._default_manager.select_related("locale").filter(pk=pk).first()
        if page is None:
            return None
        try:
            return pickle.dumps(page, pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            return False

    return cache.remember(site_id(site), ("page", pk), build)


class CachedRoutingMixin:
    """For a page type with children: finds the child a path names from the site's cached data.

    Wagtail's `Page.route` reads the child by slug and then its specific row,
    two queries at every level. This reads the slug from the site's cached
    children, and the child itself from a pickled copy kept under the site's
    version (each request unpickles its own instance, so nothing one request
    sets on it reaches another). A request with no site goes to Wagtail's own
    `route`.
    """

    def route(self, request, path_components):
        site = Site.find_for_request(request) if path_components else None
        if site is None:
            return super().route(request, path_components)
        children = _children(site, self)
        if path_components[0] not in children:
            raise Http404
        pk, content_type_id = children[path_components[0]]
        frozen = _frozen_page(site, pk, content_type_id)
        if frozen is None:
            raise Http404
        child = _page_model(content_type_id)._default_manager.get(pk=pk) if frozen is False else pickle.loads(frozen)
        return child.route(request, path_components[1:])


# -- view restrictions ----------------------------------------------------------------------


def restricted_paths():
    """Tree paths of the pages that carry a view restriction (a privacy setting), network-wide."""
    return cache.remember(
        cache.NETWORK,
        "restricted-paths",
        lambda: tuple(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


class CachedViewRestrictionsMixin:
    """Page mixin: skips Wagtail's two per-request privacy queries while no page anywhere is restricted.

    Wagtail checks a served page's view restrictions on every request (one
    query for the ancestors, one for their restrictions). While no
    restriction exists the answer is always "none"; with any restriction in
    the tree, Wagtail's own lookup runs unchanged.
    """

    def get_view_restrictions(self):
        if not restricted_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

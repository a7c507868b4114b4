"""The site structure every public page needs, kept in each process under the site chrome's version.

Every public request finds its Site from the host name, the site's Region,
the page its address routes to, a few section pages, the footer's pages and
the site's branding. All of these change only when pages, sites, regions,
branding, locales or view restrictions do, and every such change bumps the
site chrome version in the shared cache
(`listings.templatetags.site_chrome`). So each process (each gunicorn
worker) keeps one `SiteStructure` for the current version, fills it lazily,
and drops it whole as soon as a request reads another version: on a warm
worker all of the above costs no query, only the one read of the version
per request.

Model instances never leave the structure themselves: it keeps frozen
snapshots taken right after loading and hands out a fresh copy each time,
so whatever a request sets on its page, site or region (Wagtail caches a
parent page, a page URL cache, routing state...) no other request sees.
"""

import contextvars
import copy
import datetime
import decimal
import uuid

from django.db.models.base import ModelState
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamValue
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

# -- frozen instances ---------------------------------------------------------------

_IMMUTABLE = (
    str,
    int,
    float,
    bool,
    bytes,
    type(None),
    datetime.date,
    datetime.time,
    datetime.timedelta,
    decimal.Decimal,
    uuid.UUID,
    frozenset,
)

# Per-instance caches that must start empty in each copy.
_DERIVED = frozenset(
    {
        "_state",
        "specific",
        "specific_deferred",
        "_cached_parent_obj",
        "_wagtail_cached_site_root_paths",
        "_region_cache",
        "_request",
        "page_url",
        "_prefetched_objects_cache",
    }
)


def _copy_stream(value):
    block, raw = value
    return StreamValue(block, copy.deepcopy(raw), is_lazy=True)


class Frozen:
    """A snapshot of a model instance (and of the related instances it carries) that thaws into fresh copies."""

    __slots__ = ("model", "db", "shared", "copied", "related")

    def __init__(self, instance):
        self.model = type(instance)
        self.db = instance._state.db
        self.shared = {}
        self.copied = []
        for name, value in instance.__dict__.items():
            if name in _DERIVED:
                continue
            if isinstance(value, _IMMUTABLE):
                self.shared[name] = value
            elif isinstance(value, StreamValue):
                self.copied.append((name, (value.stream_block, value.get_prep_value()), _copy_stream))
            else:
                self.copied.append((name, copy.deepcopy(value), copy.deepcopy))
        self.related = {
            name: Frozen(value) if value is not None else None for name, value in instance._state.fields_cache.items()
        }

    @property
    def pk(self):
        return self.shared.get(self.model._meta.pk.attname)

    def thaw(self):
        instance = self.model.__new__(self.model)
        instance.__dict__.update(self.shared)
        for name, value, copier in self.copied:
            instance.__dict__[name] = copier(value)
        state = ModelState()
        state.adding = False
        state.db = self.db
        state.fields_cache = {name: value.thaw() if value is not None else None for name, value in self.related.items()}
        instance._state = state
        return instance


# -- Wagtail's site matching ------------------------------------------------------------

MATCH_HOSTNAME_PORT = 0
MATCH_HOSTNAME_DEFAULT = 1
MATCH_DEFAULT = 2
MATCH_HOSTNAME = 3


def match_site(sites, hostname, port):
    """The id of the site Wagtail's `get_site_for_hostname(hostname, port)` picks, or None.

    `sites` are (id, hostname, port, is_default_site) of every Site. The same
    ranking as Wagtail's query (wagtail/models/sites.py): hostname and port,
    then hostname on the default site, then the default site, then hostname
    alone; the default site gives way to a single site of that hostname.
    """
    ranked = []
    for site_id, site_hostname, site_port, is_default in sites:
        if site_hostname == hostname:
            if site_port == port:
                rank = MATCH_HOSTNAME_PORT
            elif is_default:
                rank = MATCH_HOSTNAME_DEFAULT
            else:
                rank = MATCH_HOSTNAME
        elif is_default:
            rank = MATCH_DEFAULT
        else:
            continue
        ranked.append((rank, site_id))
    if not ranked:
        return None
    ranked.sort(key=lambda item: item[0])
    if len(ranked) == 1 or ranked[0][0] in (MATCH_HOSTNAME_PORT, MATCH_HOSTNAME_DEFAULT):
        return ranked[0][1]
    if ranked[0][0] == MATCH_DEFAULT:
        return ranked[len(ranked) == 2][1]
    return None


# -- the structure ------------------------------------------------------------------------

_MISSING = object()
_AMBIGUOUS = object()


class SiteStructure:
    """Sites, regions, routable pages and site-wide lookups for one version of the site chrome."""

    def __init__(self, version):
        self.version = version
        self._sites = None
        self._site_by_host = {}
        self._regions = None
        self._pages = {}
        self._children = {}
        self._memo = {}

    # Anything else that is pure site structure (section addresses, footer
    # pages...) is remembered by key; the builder runs once per version.
    def remember(self, key, build):
        value = self._memo.get(key, _MISSING)
        if value is _MISSING:
            value = self._memo[key] = build()
        return value

    # -- sites and regions

    def _load_sites(self):
        if self._sites is None:
            sites = {site.pk: site for site in Site.objects.select_related("root_page")}
            self._sites = (
                {pk: Frozen(site) for pk, site in sites.items()},
                [(site.pk, site.hostname, site.port, site.is_default_site) for site in sites.values()],
                frozenset(site.hostname for site in sites.values()),
            )
        return self._sites

    def site_id_for(self, hostname, port):
        frozen, rows, hostnames = self._load_sites()
        key = (hostname, port)
        site_id = self._site_by_host.get(key, _MISSING)
        if site_id is _MISSING:
            site_id = match_site(rows, hostname, port)
            # Any host name may arrive; only the sites' own are worth remembering.
            if hostname in hostnames:
                self._site_by_host[key] = site_id
        return site_id

    def site(self, site_id):
        frozen = self._load_sites()[0].get(site_id)
        return frozen.thaw() if frozen is not None else None

    def site_for_request(self, request):
        """Wagtail's `Site.find_for_request`, without a query; sets `request._wagtail_site` as Wagtail does."""
        if hasattr(request, "_wagtail_site"):
            return request._wagtail_site
        hostname = split_domain_port(request._get_raw_host())[0]
        try:
            port = int(request.get_port())
        except (TypeError, ValueError):
            # Wagtail lets the database compare the port; leave odd ones to it.
            return Site.find_for_request(request)
        site_id = self.site_id_for(hostname, port)
        site = self.site(site_id) if site_id is not None else None
        request._wagtail_site = site
        if not hasattr(request, "_wagtail_cached_site_root_paths"):
            request._wagtail_cached_site_root_paths = self.site_root_paths()
        return site

    def site_root_paths(self):
        # Wagtail keeps these in the shared cache and drops them on the same
        # changes that bump the version; a copy here saves a cache read per request.
        return self.remember("site-root-paths", Site.get_site_root_paths)

    def region_for_site(self, site):
        """The site's Region (with `region.site` being this very `site`), or None."""
        from .models import Region

        if site is None:
            return None
        if self._regions is None:
            self._regions = {region.site_id: Frozen(region) for region in Region.objects.all()}
        frozen = self._regions.get(site.pk)
        region = frozen.thaw() if frozen is not None else None
        if region is not None:
            region.site = site
        site._region_cache = region
        return region

    # -- pages

    def page(self, page_id, content_type_id):
        """A fresh copy of a page in its specific class, with its locale."""
        frozen = self._pages.get(page_id)
        if frozen is None:
            from django.contrib.contenttypes.models import ContentType

            model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
            try:
                instance = model._default_manager.select_related("locale").get(pk=page_id)
            except model.DoesNotExist as error:
                raise Http404 from error
            frozen = self._pages[page_id] = Frozen(instance)
        return frozen.thaw()

    def localized_root(self, site):
        """`site.root_page.localized.specific`, as Wagtail starts routing, in the active language."""
        key = ("localized-root", site.pk, translation.get_language())
        ref = self._memo.get(key)
        if ref is None:
            root = site.root_page.localized
            ref = self._memo[key] = (root.pk, root.content_type_id)
        return self.page(*ref)

    def _child(self, parent, slug):
        children = self._children.get(parent.pk)
        if children is None:
            children = {}
            for child_slug, pk, content_type_id in Page.objects.child_of(parent).values_list(
                "slug", "id", "content_type_id"
            ):
                children[child_slug] = _AMBIGUOUS if child_slug in children else (pk, content_type_id)
            self._children[parent.pk] = children
        return children.get(slug)

    def route(self, request, site, path):
        """Wagtail's `Page.route_for_request` for a request on `site` (raises Http404 like `route()`)."""
        components = [component for component in path.split("/") if component]
        return self._route(request, self.localized_root(site), components)

    def _route(self, request, page, components):
        # Page.route and RoutablePageMixin.route replayed over the cached
        # tree; a page that routes in its own way is asked itself.
        route = type(page).route
        if route is RoutablePageMixin.route:
            if page.live:
                path = "/" + "".join(f"{component}/" for component in components)
                try:
                    resolver_match = page.resolve_subpage(path)
                except Http404:
                    pass
                else:
                    request.routable_resolver_match = resolver_match
                    view, args, kwargs = resolver_match
                    return RouteResult(page, args=(view, args, kwargs))
        elif route is not Page.route:
            return page.route(request, components)
        if not components:
            if page.live:
                return RouteResult(page)
            raise Http404
        child = self._child(page, components[0])
        if child is None:
            raise Http404
        if child is _AMBIGUOUS:
            # Two children share the slug: Wagtail's own lookup fails as it always has.
            return Page.route(page, request, components)
        subpage = self.page(*child)
        subpage._cached_parent_obj = page
        return self._route(request, subpage, components[1:])

    def section_page(self, region, key, language):
        """A copy of `region.section_page(key).localized` while `language` is active, or None."""

        def sections():
            from .models import RegionSection

            rows = RegionSection.objects.filter(region_id=region.pk).select_related("page")
            return {section.key: Frozen(section.page) for section in rows}

        def build():
            original = self.remember(("sections", region.pk), sections).get(key)
            if original is None:
                return None
            localized = original.thaw().localized
            return (localized.pk, localized.content_type_id)

        ref = self.remember(("section", region.pk, key, language), build)
        return self.page(*ref) if ref is not None else None

    def restricted_paths(self):
        """Tree paths of the pages that carry a view restriction (privacy setting)."""
        from wagtail.models import PageViewRestriction

        return self.remember(
            "restricted-paths", lambda: tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
        )

    def branding(self, site):
        """A fresh copy of the site's BrandingSettings (created, as Wagtail does, when missing)."""
        from .models import BrandingSettings

        # The logo stays unloaded: an image's own edits do not bump the version.
        return self.remember(("branding", site.pk), lambda: Frozen(BrandingSettings.for_site(site))).thaw()


_structure = None
# The structure of the request being served, for code that has no request at hand.
_active = contextvars.ContextVar("site_structure", default=None)


def for_version(version):
    global _structure
    structure = _structure
    if structure is None or structure.version != version:
        structure = _structure = SiteStructure(version)
    return structure


def for_request(request):
    """The structure for this request: the version is read once per request, from the shared cache."""
    structure = request.__dict__.get("_site_structure")
    if structure is None:
        from listings.templatetags.site_chrome import site_chrome_version

        structure = request._site_structure = for_version(site_chrome_version(request))
    return structure


def current(request=None):
    if request is not None:
        return for_request(request)
    structure = _active.get()
    if structure is None:
        from listings.templatetags.site_chrome import site_chrome_version

        structure = for_version(site_chrome_version())
    return structure


def region_for_request(request):
    structure = for_request(request)
    return structure.region_for_site(structure.site_for_request(request))


def prime_branding(request):
    """Puts the site's branding where Wagtail's `BrandingSettings.for_request` (and so templates) find it."""
    from .models import BrandingSettings

    attr = BrandingSettings.get_cache_attr_name()
    if request is None or hasattr(request, attr):
        return
    structure = for_request(request)
    site = structure.site_for_request(request)
    if site is None:
        return
    settings = structure.branding(site)
    settings._request = request
    setattr(request, attr, settings)


def _no_view_restrictions():
    from wagtail.models import PageViewRestriction

    return PageViewRestriction.objects.none()


def serve(request, path):
    """Wagtail's `serve` view, with the site and the page found in the cached structure.

    Sets what Wagtail memoises on the request (`_wagtail_site`,
    `_wagtail_route_for_request`) and hands over to Wagtail, which then
    runs its hooks (privacy, ...) and serves the page as always.
    """
    structure = for_request(request)
    site = structure.site_for_request(request)
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        try:
            result = structure.route(request, site, path)
        except Http404:
            result = None
        if result is not None and not structure.restricted_paths():
            # Wagtail's privacy hook asks every served page for its ancestors'
            # restrictions (two queries); while no page anywhere has one, the
            # answer is known. This page is this request's own copy.
            result.page.get_view_restrictions = _no_view_restrictions
        request._wagtail_route_for_request = result
    token = _active.set(structure)
    try:
        return wagtail_views.serve(request, path)
    finally:
        _active.reset(token)

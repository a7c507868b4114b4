"""A version number for cached site chrome (the header), bumped whenever pages or sites change.

The header shows the site's menu, search page and language versions: it
changes only when pages, sites or their branding do, so it is cached per
site, language, address and login state, and every cached copy is dropped at
once by bumping this version in the shared cache (Redis in production, so
every app server sees it) when any of them is saved, published or deleted.
"""

from django import template
from django.core.cache import cache

register = template.Library()

VERSION_KEY = "site-chrome:version"


def bump_chrome_version(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


def _chrome_models():
    from wagtail.models import Page, PageViewRestriction, Site

    from regions.models import BrandingSettings, Region, RegionSection

    return (Page, Site, Region, RegionSection, BrandingSettings, PageViewRestriction)


def _bump_for_instance(sender, instance, **kwargs):
    if isinstance(instance, _chrome_models()):
        bump_chrome_version()


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal, name in ((page_published, "published"), (page_unpublished, "unpublished"), (post_page_move, "moved")):
        signal.connect(bump_chrome_version, dispatch_uid=f"site-chrome-{name}")
    post_save.connect(_bump_for_instance, dispatch_uid="site-chrome-saved")
    post_delete.connect(_bump_for_instance, dispatch_uid="site-chrome-deleted")


@register.simple_tag
def site_chrome_version():
    return cache.get_or_set(VERSION_KEY, 1, None)


def restricted_page_paths():
    """Tree paths of the pages that carry a view restriction (privacy setting), from the shared cache.

    Saving or deleting a restriction, and moving a page, bump the chrome
    version, so the list is never older than the restrictions themselves.
    """
    from wagtail.models import PageViewRestriction

    key = f"site-chrome:restricted-paths:{site_chrome_version()}"
    paths = cache.get(key)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(key, paths, 60 * 60)
    return paths


class CachedViewRestrictionsMixin:
    """Page mixin: skips the two per-request privacy queries while no page anywhere is restricted.

    Wagtail checks a served page's view restrictions on every request (one
    query for the ancestors, one for their restrictions). While no
    restriction exists the answer is always "none"; with any restriction in
    the tree, Wagtail's own lookup runs unchanged.
    """

    def get_view_restrictions(self):
        if not restricted_page_paths():
            from wagtail.models import PageViewRestriction

            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

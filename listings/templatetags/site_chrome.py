"""A version for cached site chrome (the header) and site structure, changed whenever pages or sites change.

The header shows the site's menu, search page and language versions: it
changes only when pages, sites or their branding do, so it is cached per
site, language, address and login state, and every cached copy is dropped at
once by changing this version in the shared cache (Redis in production, so
every app server sees it) when any of them is saved, published or deleted.
Each process's site structure (`regions.structure`) lives under it too.

The version is a random token rather than a counter: after the shared cache
is cleared a counter would start again at a number some process may still
hold a structure for, and that structure would pass for current.
"""

import secrets

from django import template
from django.core.cache import cache
from django.db import transaction

register = template.Library()

VERSION_KEY = "site-chrome:version"


def _new_version():
    return secrets.token_hex(8)


def _set_new_version():
    cache.set(VERSION_KEY, _new_version(), None)


def bump_chrome_version(**kwargs):
    _set_new_version()
    # Again once the change is committed: a process that read the new
    # version before the commit may have built its structure from the old
    # rows. Once per transaction, however many rows it changes.
    connection = transaction.get_connection()
    if not any(entry[1] is _set_new_version for entry in connection.run_on_commit):
        transaction.on_commit(_set_new_version)


def _chrome_models():
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction, Site

    from regions.models import BrandingSettings, Municipality, Region, RegionSection
    from topics.models import Audience, Topic

    return (
        # The header, routing and section pages.
        Page,
        Site,
        Region,
        RegionSection,
        BrandingSettings,
        PageViewRestriction,
        Locale,
        # The filter forms' choices (topics, audiences, a region's municipalities) and what a cached
        # listing card shows of places and images (listings/cards.py).
        Topic,
        Audience,
        Municipality,
        get_image_model(),
    )


def _bump_for_instance(sender, instance, **kwargs):
    if isinstance(instance, _chrome_models()):
        bump_chrome_version()


def _bump_for_coverage(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        bump_chrome_version()


def connect_signals():
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from regions.models import Region

    # A region's coverage decides its municipality filter.
    m2m_changed.connect(_bump_for_coverage, sender=Region.coverage.through, dispatch_uid="site-chrome-coverage")

    for signal, name in ((page_published, "published"), (page_unpublished, "unpublished"), (post_page_move, "moved")):
        signal.connect(bump_chrome_version, dispatch_uid=f"site-chrome-{name}")
    post_save.connect(_bump_for_instance, dispatch_uid="site-chrome-saved")
    post_delete.connect(_bump_for_instance, dispatch_uid="site-chrome-deleted")


def site_chrome_version(request=None):
    """The current version; read once per request when given the request."""
    if request is not None:
        version = request.__dict__.get("_site_chrome_version")
        if version is None:
            version = request._site_chrome_version = _read_version()
        return version
    return _read_version()


def _read_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _new_version(), None)
        # Whoever added first wins; a cache that keeps nothing gets a new version every time.
        version = cache.get(VERSION_KEY) or _new_version()
    return version


@register.simple_tag(takes_context=True, name="site_chrome_version")
def site_chrome_version_tag(context):
    return site_chrome_version(context.get("request"))


def restricted_page_paths():
    """Tree paths of the pages that carry a view restriction (privacy setting), kept in the site structure.

    Saving or deleting a restriction, and moving a page, change the chrome
    version, so the list is never older than the restrictions themselves.
    """
    from regions.structure import current

    return current().restricted_paths()


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

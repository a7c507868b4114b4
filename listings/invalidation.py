"""Which changes outside pages drop cached site data that listings show (regions/cache.py).

A listing's own edits drop nothing: its cached cards are keyed by its and
its organisation's `updated_at` (listings/cards.py), so a Lapland listing
published leaves every site's cache in place, Lapland's included, and its
new card is rendered on first view. What cards and filter forms show of
topics, audiences, municipalities, accessibility features and images is cached under the site
versions, so editing one of those (rare, and shown on any site) drops
every site's data.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.images import get_image_model
from wagtail.models import Site
from wagtail.signals import published, unpublished

from organisations.models import Organisation
from regions import cache
from regions.models import Municipality
from regions.sections import section_page
from topics.models import Audience, Topic

from . import registry
from .addresses import listing_url
from .models import AccessibilityFeature


def _shown_everywhere(sender, **kwargs):
    cache.bump_all()


def _organisation_changed(sender, **kwargs):
    # An organisation's name and page show on its listings' cards and pages on any site; its cards are
    # keyed by its stamp, but the whole pages kept for readers (regions/page_cache.py) must go.
    cache.bump_pages()


def proxy_addresses(listing):
    """The full addresses a CDN in front may hold that show `listing`: its page, its section's list and the
    home page, on every site, in the listing's language."""
    language = listing.locale.language_code
    section = registry.section_for_model(type(listing))
    urls = set()
    for site in Site.objects.all():
        page = listing_url(listing, site, language, absolute=True)
        if page:
            urls.add(page)
        link = section_page(site, section.key, language) if section else None
        if link is not None and link.full_url:
            urls.add(link.full_url)
            urls.add(link.full_url.rsplit("/", 2)[0] + "/")
    return sorted(urls)


def _purge_listing(sender, instance, **kwargs):
    # The page cache of our own app servers is dropped by the placements (a page version per site);
    # a CDN or Varnish in front is told through Wagtail's front-end cache backends, when there is one.
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        purge_urls_from_cache(proxy_addresses(instance))


def connect():
    """Called once, from ListingsConfig.ready()."""
    post_save.connect(_organisation_changed, sender=Organisation, dispatch_uid="listings-pages-organisation-saved")
    post_delete.connect(_organisation_changed, sender=Organisation, dispatch_uid="listings-pages-organisation-gone")
    for model in registry.listing_models():
        for signal in (published, unpublished, post_delete):
            signal.connect(_purge_listing, sender=model, dispatch_uid=f"listings-purge-{model.__name__}-{id(signal)}")
    for model in (Topic, Audience, Municipality, AccessibilityFeature, get_image_model()):
        post_save.connect(_shown_everywhere, sender=model, dispatch_uid=f"listings-cache-{model.__name__}-saved")
        post_delete.connect(_shown_everywhere, sender=model, dispatch_uid=f"listings-cache-{model.__name__}-deleted")

"""Rendered listing cards, kept in the shared cache.

A section page shows twenty cards; rendering them through the template
engine was about half of a list page's time (each card formats dates, builds
its address and walks its places). A card's HTML depends only on the
listing row, its organisation, its places' names, its image, the page it
links from and the reader's language, so it is rendered once and kept under
a key made of exactly those: the listing's and its organisation's
`updated_at` change whenever they are saved (the listing's also when its
places change), the page's key covers its address, and the site's cache
version (regions/cache.py) changes whenever the site's pages do, or any
municipality, topic or image (rare, and what a card shows of them; see
listings/invalidation.py).
The page itself, its counts and the choice of rows are never cached.
"""

from django.core.cache import cache
from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Site

from regions import cache as site_cache

CARD_TIMEOUT = 60 * 60 * 24


def cache_version(request):
    site = Site.find_for_request(request)
    return site_cache.version(site.pk if site is not None else site_cache.NETWORK)


def _stamp(obj):
    updated = getattr(obj, "updated_at", None)
    return updated.timestamp() if updated else ""


def _key(prefix, listing):
    organisation = getattr(listing, "organisation", None)
    organisation_part = f"{organisation.pk}@{_stamp(organisation)}" if organisation is not None else "-"
    return f"{prefix}:{listing._meta.label_lower}:{listing.pk}@{_stamp(listing)}:{organisation_part}"


def render_cards(context, listings, template_name):
    """Each listing's card inside `<li>`, from the shared cache where it is already rendered."""
    listings = list(listings)
    if not listings:
        return ""
    page = context.get("page")
    prefix = ":".join(
        str(part)
        for part in (
            "listings:card",
            cache_version(context.get("request")),
            template_name,
            getattr(page, "pk", ""),
            get_language() or "",
        )
    )
    keys = [_key(prefix, listing) for listing in listings]
    found = cache.get_many(keys)
    missing = {}
    template = None
    parts = []
    for key, listing in zip(keys, listings, strict=True):
        html = found.get(key)
        if html is None:
            template = template or get_template(template_name)
            with context.push(listing=listing):
                html = template.template.render(context)
            missing[key] = html
        parts.append(f"<li>{html}</li>")
    if missing:
        cache.set_many(missing, CARD_TIMEOUT)
    return mark_safe("".join(parts))

"""The one way to build a listing's (or an organisation's) public address.

A listing has an address on every site whose region has a section page of
its type: the section page's address in the language, plus the page type's
detail route. Section pages come from the site's cached data
(regions/site_data.py), so building an address costs no query when warm.
"""

from regions.sections import section_page

from .registry import section_for_model


def listing_url(listing, site, language=None, absolute=False):
    """The listing's address on `site` in `language` (default: the active one), or "" where it has none.

    A path on its own site unless `absolute` asks for the full address
    (for mail, feeds and other sites).
    """
    if listing is None or listing.pk is None or site is None:
        return ""
    section = section_for_model(type(listing))
    link = section_page(site, section.key, language) if section else None
    if link is None or not link.live:
        return ""
    base = link.full_url if absolute else link.url
    if not base:
        return ""
    route = link.model_class().get_resolver().reverse("detail", pk=listing.pk, slug=listing.slug or "-")
    return base + route.lstrip("/")

"""What other apps add to a listing's page, declared through the `register_listing_detail_extra` hook.

An app above listings (registrations: the sign-up form) returns from its
hook function a list of `DetailExtra`s; the detail page renders each one's
`render(request, listing)` (HTML, or "" for nothing) below the listing's
text. Listings itself imports none of those apps (regions.plugins).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.safestring import mark_safe

from regions.plugins import collect

HOOK = "register_listing_detail_extra"


@dataclass(frozen=True)
class DetailExtra:
    key: str
    #: `render(request, listing)` -> HTML; it decides itself which listings it applies to.
    render: Callable
    order: int = 100


def render_extras(request, listing):
    """The HTML of every extra for this listing's page, in order, without the empty ones."""
    parts = (extra.render(request, listing) for extra in collect(HOOK))
    return [mark_safe(html) for html in parts if html]

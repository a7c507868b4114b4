"""RSS and Atom feeds (Django's syndication framework) of a section's filtered list and of an organisation.

A section's feed holds what its list page shows for the same query string,
in the same order (both come from `listings.query.filter_listings`); the
routes live on the section and organisation pages (listings/models/pages.py).
An item's id is its translation key, the same whatever site or language
the feed is read on, so a reader does not show a listing twice after its
address changes.
"""

from dataclasses import dataclass, field
from typing import Any

from django.contrib.syndication.views import Feed
from django.utils import formats, timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

#: How many items a feed carries: the first ones of the list.
FEED_LIMIT = 50
#: How many events a calendar feed carries (each with all its dates).
CALENDAR_LIMIT = 200


@dataclass
class FeedSource:
    """What a feed shows: its texts and addresses, its items in order, and each item's address."""

    title: str
    link: str
    description: str
    feed_url: str
    language: str
    items: list
    item_link: Any = field(repr=False)


def item_date_text(item):
    """An event's (next) date as a reader's line, else ""."""
    starts_at = getattr(item, "next_starts_at", None) or getattr(item, "starts_at", None)
    if starts_at is None:
        return ""
    return formats.date_format(timezone.localtime(starts_at), "SHORT_DATETIME_FORMAT")


class ListingFeed(Feed):
    """An RSS 2.0 feed of a FeedSource."""

    feed_type = Rss201rev2Feed

    def __init__(self, source):
        super().__init__()
        self.source = source
        # The syndication framework takes a plain attribute where it finds no method: the feed's own
        # values are the source's fields of the same names (an Atom subtitle is the description).
        for name in ("title", "link", "description", "feed_url", "items"):
            setattr(self, name, getattr(source, name))
        self.subtitle = source.description

    def get_object(self, request, *args, **kwargs):
        return self.source

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return " – ".join(part for part in (item_date_text(item), item.summary) if part)

    def item_link(self, item):
        return self.source.item_link(item)

    def item_guid(self, item):
        return f"urn:uuid:{item.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = obj.language
        return feed


class AtomListingFeed(ListingFeed):
    """The same as an Atom 1.0 feed."""

    feed_type = Atom1Feed

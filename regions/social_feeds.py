"""Importing the producers' social-media posts from their channels' RSS and Atom feeds.

A feed is someone else's server: it may be down, slow, enormous or hostile,
or point at our own network. Each fetch therefore goes through
core.safe_fetch (public addresses only, at every redirect; a timeout on every
network wait, a deadline for the whole download and a cap on the bytes
read); a feed that declares a DOCTYPE is refused and every bit of HTML is
sanitised before it is stored.
A failing feed is logged and recorded on the feed, and the import goes on
with the next one.
"""

import calendar
import datetime
import html
import logging
from functools import partial
from urllib.parse import urlsplit

import feedparser
import nh3
from django.db import transaction
from django.utils import timezone

from core import safe_fetch
from core.importing import SourceResult

from . import cache as site_cache
from . import site_data
from .social_feed_models import LiftedPost, SocialFeed, SocialPost

logger = logging.getLogger(__name__)

TIMEOUT = safe_fetch.TIMEOUT  # seconds for connecting and for each read
DEADLINE = safe_fetch.DEADLINE  # seconds for the whole download of one feed
MAX_BYTES = safe_fetch.MAX_BYTES
MAX_ENTRIES = 50

SUMMARY_TAGS = {"p", "br", "a", "strong", "em", "b", "i", "ul", "ol", "li"}
SUMMARY_MAX_LENGTH = 2000


class FeedError(Exception):
    """A feed could not be fetched or read; the message says why, for the log and the admin."""


class FeedResult(SourceResult):
    def report(self):
        return f"{self.created} new post(s)"


#: fetch(url, timeout=…, deadline=…, max_bytes=…): the feed's bytes, or FeedError when it is unreachable,
#: not public, too slow or too large.
fetch = partial(
    safe_fetch.fetch_body,
    error=FeedError,
    accept="application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1",
)


def parse(data):
    """The feed's entries as dicts of clean values, or FeedError for what is not a usable feed."""
    # A DOCTYPE has no place in a feed and is how XML bombs and external entities work;
    # the whole document is searched, so padding cannot push one out of sight.
    try:
        safe_fetch.refuse_doctype(data)
    except safe_fetch.FetchError as error:
        raise FeedError(str(error)) from error
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.get("version") or (parsed.bozo and not parsed.entries):
        raise FeedError("the address does not return a valid RSS or Atom feed")
    entries = []
    for entry in parsed.entries[:MAX_ENTRIES]:
        post = clean_entry(entry)
        if post is not None:
            entries.append(post)
    return parsed.feed.get("title", ""), entries


def _http_url(value):
    value = (value or "").strip()
    return value if urlsplit(value).scheme in {"http", "https"} and len(value) <= 1000 else ""


def plain_text(value):
    return " ".join(html.unescape(nh3.clean(value or "", tags=set())).split())


def clean_summary(value):
    cleaned = nh3.clean(
        value or "",
        tags=SUMMARY_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener noreferrer",
    ).strip()
    if len(cleaned) > SUMMARY_MAX_LENGTH:
        # Cutting HTML could leave a tag open; fall back to escaped plain text.
        text = plain_text(value)
        cleaned = html.escape(text[: SUMMARY_MAX_LENGTH - 1].rsplit(" ", 1)[0] + "…")
    return cleaned


def _image_url(entry):
    for item in entry.get("media_thumbnail", []) + entry.get("media_content", []):
        if item.get("medium", "image") == "image" or item.get("type", "").startswith("image/"):
            url = _http_url(item.get("url"))
            if url:
                return url
    for link in entry.get("links", []):
        if link.get("rel") == "enclosure" and link.get("type", "").startswith("image/"):
            url = _http_url(link.get("href"))
            if url:
                return url
    return ""


def clean_entry(entry):
    """One entry's values ready to store, or None for an entry without a usable link."""
    link = _http_url(entry.get("link"))
    if not link:
        return None
    raw_summary = entry.get("summary") or (entry.get("content") or [{}])[0].get("value", "")
    title = plain_text(entry.get("title"))
    if not title:
        words = plain_text(raw_summary)
        title = words[:120].rsplit(" ", 1)[0] + "…" if len(words) > 120 else words
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    published_at = (
        datetime.datetime.fromtimestamp(calendar.timegm(published), tz=datetime.UTC) if published else timezone.now()
    )
    return {
        "guid": (entry.get("id") or link)[:500],
        "title": title[:300] or link[:300],
        "summary": clean_summary(raw_summary),
        "link": link,
        "image_url": _image_url(entry),
        "published_at": published_at,
    }


def store(feed, entries):
    """Save the entries the feed does not have yet; return how many were new."""
    known = set(feed.posts.filter(guid__in=[e["guid"] for e in entries]).values_list("guid", flat=True))
    new, seen = [], set()
    for entry in entries:
        if entry["guid"] in known or entry["guid"] in seen:
            continue
        seen.add(entry["guid"])
        new.append(SocialPost(feed=feed, **entry))
    # ignore_conflicts: two overlapping runs must not fail on the unique constraint.
    SocialPost.objects.bulk_create(new, ignore_conflicts=True)
    if new:
        # bulk_create sends no signal: the site's home page shows the new posts at once (regions/signals.py).
        site_cache.bump_pages([feed.settings.site_id])
    return len(new)


def import_feed(feed, *, data=None, timeout=TIMEOUT, deadline=DEADLINE, max_bytes=MAX_BYTES):
    """Fetch (unless `data` is given), parse and store one feed; never raises for the feed's faults."""
    result = FeedResult(feed=feed)
    now = timezone.now()
    try:
        if data is None:
            data = fetch(feed.url, timeout=timeout, deadline=deadline, max_bytes=max_bytes)
        _title, entries = parse(data)
        with transaction.atomic():
            result.created = store(feed, entries)
    except FeedError as error:
        result.error = str(error)
        logger.warning("Social feed %s (%s) skipped: %s", feed.pk, feed.url, error)
    except Exception as error:  # one broken feed must never stop the others
        result.error = f"unexpected error: {error.__class__.__name__}"
        logger.exception("Social feed %s (%s) failed", feed.pk, feed.url)
    feed.last_checked_at = now
    feed.last_error = result.error[:500]
    if result.ok:
        feed.last_success_at = now
    SocialFeed.objects.filter(pk=feed.pk).update(
        last_checked_at=feed.last_checked_at, last_error=feed.last_error, last_success_at=feed.last_success_at
    )
    return result


def import_all(*, region=None, **limits):
    """Import every active feed (only one region's, given its slug), one after another; a FeedResult for each."""
    feeds = SocialFeed.objects.filter(active=True).select_related("settings__site").order_by("pk")
    if region:
        feeds = feeds.filter(settings__site__region__slug=region)
    return [import_feed(feed, **limits) for feed in feeds]


def latest_posts(region, count=6, now=None):
    """The region's newest shown posts, imported and lifted together, for its home page.

    Hidden posts and posts older than the site's limit (its FrontPageSettings)
    are left out: a months-old post under "latest" tells readers the site is
    abandoned.
    """
    if region is None:
        return []
    max_age = site_data.front_page_settings(region.site_id).social_post_max_age
    since = (now or timezone.now()) - datetime.timedelta(days=max_age)
    imported = (
        SocialPost.objects.filter(
            feed__settings__site_id=region.site_id, feed__active=True, hidden=False, published_at__gte=since
        )
        .select_related("feed")
        .order_by("-published_at")[:count]
    )
    lifted = (
        LiftedPost.objects.filter(region_id=region.pk, hidden=False, published_at__gte=since)
        .select_related("image")
        .order_by("-published_at")[:count]
    )
    posts = sorted([*imported, *lifted], key=lambda post: post.published_at, reverse=True)
    return posts[:count]


def social_posts_panel(request, region, page):
    """The home page panel of the producer's latest posts, or None when there are none."""
    # Kept while the site's pages stay the same (an import, a hidden or lifted post replaces their version),
    # and read again each minute, as posts age past the site's limit.
    posts = site_cache.remember_shown(region.site_id, "social-posts", lambda: latest_posts(region)) if region else []
    if not posts:
        return None
    return {"posts": posts, "producer": region.producer_name}

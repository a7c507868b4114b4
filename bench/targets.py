"""The pages the benchmark measures on one regional site, found in the data, and their query counts.

Imported by `bench.run` only after `django.setup()`, so that its model
imports can stay at the top.
"""

import datetime

from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone
from wagtail.models import Site

from guides.models import GuidePage
from listings.filters import EventFilterForm
from listings.models import Event
from organisations.models import Organisation
from regions.models import Region
from topics.models import Topic


def targets(hostname):
    """(label, path) of the regional events list, an event's page, a filtered list and a search."""
    site = Site.objects.filter(hostname=hostname).first()
    region = Region.for_site(site)
    if region is None:
        raise SystemExit(f"No region answers on {hostname}; run load_demo and bench.generate first.")
    events_page = region.section_page("events")
    search_page = region.section_page("search")
    if events_page is None or search_page is None:
        raise SystemExit(f"{hostname} lacks its events or search page; run `manage.py sync_regions`.")
    events_path = events_page.relative_url(site)
    search_path = search_page.relative_url(site)

    now = timezone.now()
    visible = Event.objects.visible_on(region, locale="fi", now=now)
    # An event a week or more ahead, so that it is still upcoming when the run ends.
    event = visible.filter(starts_at__gte=now + datetime.timedelta(days=7)).order_by("starts_at", "pk").first()
    if event is None:
        raise SystemExit("No upcoming event on the site; generate the data first.")
    busiest = (
        region.coverage.annotate(events=Count("event")).order_by("-events", "code").values_list("code", flat=True)
    ).first()
    # "This month" only while the month still has matching events (at its very end it may have none,
    # and an empty list would measure nothing but the filter form).
    filtered = f"{events_path}?municipality={busiest}&topic=kulttuuri"
    first, last = EventFilterForm.quick_range("month", timezone.localdate())
    this_month = (
        visible.in_municipalities(region.coverage.filter(code=busiest))
        .with_topics(Topic.objects.filter(slug="kulttuuri"))
        .overlapping(now, timezone.make_aware(datetime.datetime.combine(last, datetime.time.max)))
    )
    if this_month.exists():
        filtered += "&when=month"
    home_path = site.root_page.localized.relative_url(site) if site.root_page else "/fi/"
    organisations_page = region.section_page("organisations")
    # The organisation of the region with the most listings: its page lists the most.
    organisation = (
        Organisation.objects.filter(live=True, home_municipality__in=region.coverage.all())
        .annotate(events=Count("event"))
        .order_by("-events", "pk")
        .first()
    )
    guide = GuidePage.objects.live().descendant_of(site.root_page).filter(locale__language_code="fi").first()
    pages = [
        ("regional home", home_path),
        ("events list", events_path),
        ("event detail", f"{events_path}{event.pk}-{event.slug}/"),
        ("filtered events list", filtered),
        ("search", f"{search_path}?q=konsertti"),
    ]
    if organisations_page is not None and organisation is not None:
        base = organisations_page.relative_url(site)
        pages.append(("organisation page", f"{base}{organisation.pk}-{organisation.slug}/"))
    if guide is not None:
        pages.append(("guide page", guide.relative_url(site)))
    return pages


#: The row of the events' pages asked in turn (bench.run).
MANY_EVENTS = "event detail ({count} events)"


def event_paths(hostname, count=3000):
    """The pages of up to `count` upcoming events of the site, for asking each of them in turn."""
    site = Site.objects.filter(hostname=hostname).first()
    region = Region.for_site(site)
    events_path = region.section_page("events").relative_url(site)
    now = timezone.now()
    events = (
        Event.objects.visible_on(region, locale="fi", now=now)
        .filter(starts_at__gte=now + datetime.timedelta(days=1))
        .order_by("starts_at", "pk")
        .values_list("pk", "slug")[:count]
    )
    return [f"{events_path}{pk}-{slug}/" for pk, slug in events]


#: The pages measured again with the page cache on (anonymous readers, warm).
CACHED = ("regional home", "events list", "event detail")


def count_queries(hostname, path, warm_path=None):
    """(status code, SQL query count) of one page, measured after a first request has warmed the caches.

    With `warm_path`, that page warms them instead (the site's data, not this page's own).
    """
    client = Client(HTTP_HOST=hostname)
    with override_settings(PAGE_CACHE_SECONDS=0):  # what computing the page costs
        client.get(warm_path or path)  # warm caches the way a running server has them
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
    return response.status_code, len(queries)

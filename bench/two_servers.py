"""Two app servers, one PostgreSQL and one Redis: a change published through one is read at once through the other.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/toimeksi_bench REDIS_URL=redis://127.0.0.1:6379/2 \\
        .venv/bin/python -m bench.two_servers

Starts two gunicorn servers of the app (bench.settings, the page cache on),
A and B, on the same database and Redis. Reads an event's page and the
events list through B until both come from B's page cache, publishes a new
title through A (bench/publish_urls.py: a revision published, as the
admin's Publish does), then reads both through B at once: they must show
the new title (no stale page, no stale card). The title is put back the same
way at the end. Exits non-zero on a stale read.
"""

import argparse
import datetime
import sys
import time
import urllib.parse
import urllib.request

from bench.run import gunicorn, setup_django, wait_for


def fetch(url, hostname, data=None):
    request = urllib.request.Request(url, data=data, headers={"Host": hostname})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode(), response.headers.get("X-Page-Cache", "-")


def publish(server, hostname, pk, title):
    body = urllib.parse.urlencode({"title": title}).encode()
    fetch(f"{server}/bench-publish/{pk}/", hostname, data=body)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hostname", default="lappilaiset.localhost")
    parser.add_argument("--port", type=int, default=8775)
    args = parser.parse_args()

    setup_django()
    from django.utils import timezone
    from django.utils.html import escape

    from listings.models import Event
    from regions.models import Region

    region = Region.objects.select_related("site").get(site__hostname=args.hostname)
    events_path = region.section_page("events").relative_url(region.site)
    now = timezone.now()
    event = (
        Event.objects.visible_on(region, locale="fi")
        .filter(starts_at__gte=now + datetime.timedelta(days=1), municipalities__in=region.coverage.all())
        .order_by("starts_at", "pk")
        .first()
    )
    detail_path = f"{events_path}{event.pk}-{event.slug}/"
    a, b = f"http://127.0.0.1:{args.port}", f"http://127.0.0.1:{args.port + 1}"
    environ = {"PAGE_CACHE_SECONDS": "600"}
    servers = [
        gunicorn("bench.wsgi:application", "bench.settings", args.port, 1, BENCH_PUBLISH_VIEW="1", **environ),
        gunicorn("bench.wsgi:application", "bench.settings", args.port + 1, 2, **environ),
    ]
    failures = []
    original = event.title
    try:
        wait_for(f"{a}/robots.txt")
        wait_for(f"{b}/robots.txt")
        for path in (events_path, detail_path):
            for _ in range(4):  # each of B's workers keeps its own memo; the page cache is shared
                fetch(b + path, args.hostname)
            html, status = fetch(b + path, args.hostname)
            print(f"B {path}: {status} (before the publish)")
            if status != "hit" or escape(original) not in html:
                failures.append(f"{path} was not served from B's page cache before the publish")
        title = f"{original} ({time.strftime('%H.%M.%S')})"
        started = time.monotonic()
        publish(a, args.hostname, event.pk, title)
        published = time.monotonic()
        for path in (events_path, detail_path):
            html, status = fetch(b + path, args.hostname)
            shown = escape(title) in html
            after = 1000 * (time.monotonic() - published)
            print(f"B {path}: {status}, new title shown: {shown} ({after:.0f} ms after)")
            if not shown:
                failures.append(f"{path} through B still shows the old title")
        print(f"publish through A took {1000 * (published - started):.0f} ms")
    finally:
        try:
            publish(a, args.hostname, event.pk, original)
        finally:
            for server in servers:
                server.terminate()
                server.wait(timeout=30)
    if failures:
        print("\n".join(failures), file=sys.stderr)
        raise SystemExit(1)
    print("Both servers agree: the change published through A was read at once through B.")


if __name__ == "__main__":
    main()

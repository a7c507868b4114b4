"""Counting page views without a database write per view.

A view that shows a listing or guide marks its response (`mark`); the
`ViewCountMiddleware` sees the mark on the way out, also on a response the
page cache replays, and adds one to a counter in the shared cache (Redis in
production: an atomic INCR). The scheduled `flush_page_views` command moves
the counters into `DailyView` rows with one upsert per row.

Counters live in generations so that the flush can take them without losing
a view that lands meanwhile: the flush starts a new generation, which new
views count in, and adds what the closed generations hold to the database,
taking each counter down by exactly what it read (a decrement, atomic too),
so a view that lands after the read stays for the next flush. A closed
generation is read once more at the next flush, for a request that was
counting in it as it closed, and is then dropped.

Each generation lists its counters in numbered slots (`<gen>:n` counts them)
because a cache cannot be asked for its keys. The process that creates a
counter (`add` succeeds only once) gives it a slot.

The shared cache may be unreachable (core/cache.py): then views are not
counted, and the page is served as ever.
"""

import datetime
import logging
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Site

from .models import DailyView

logger = logging.getLogger(__name__)

#: The response header a view marks its response with; the middleware removes it.
HEADER = "X-Visits-Key"

PREFIX = "visits"
GENERATION = f"{PREFIX}:generation"
OLDEST = f"{PREFIX}:oldest"
# Counters outlive many missed flushes (a stopped scheduler) but not forever.
TIMEOUT = 60 * 60 * 24 * 7
# Slots read from the cache per round trip.
BATCH = 500


def mark(response, obj, request):
    """Mark `response` as a view of `obj` (a listing or guide page) on the request's site.

    The mark names the site too, so that counting a response the page cache
    replays needs no site lookup.
    """
    site = Site.find_for_request(request)
    if site is not None and response.status_code == 200:
        content_type = ContentType.objects.get_for_model(obj)
        response[HEADER] = f"{content_type.pk}:{obj.pk}:{site.pk}"
    return response


def parse(value):
    """(content_type_id, object_id, site_id) from a mark, or None for anything else."""
    parts = (value or "").split(":")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        return None
    return tuple(int(part) for part in parts)


def _generation():
    current = cache.get(GENERATION)
    if current is None:
        cache.add(GENERATION, 1, None)
        cache.add(OLDEST, 1, None)
        current = cache.get(GENERATION)
    return current


def _counter(generation, suffix):
    return f"{PREFIX}:{generation}:c:{suffix}"


def _slot(generation, number):
    return f"{PREFIX}:{generation}:s:{number}"


def _slots(generation):
    return f"{PREFIX}:{generation}:n"


def _add(suffix, count):
    generation = _generation()
    if generation is None:
        raise ValueError("the cache keeps nothing")
    key = _counter(generation, suffix)
    try:
        cache.incr(key, count)
        return
    except ValueError:
        pass  # no counter yet; with the cache down the add and incr below fail the same way
    if cache.add(key, 0, TIMEOUT):
        # This process made the counter, so it alone gives it a slot.
        cache.add(_slots(generation), 0, TIMEOUT)
        cache.set(_slot(generation, cache.incr(_slots(generation))), suffix, TIMEOUT)
    cache.incr(key, count)


def record(content_type_id, object_id, site_id, day=None):
    """Count one view in the shared cache; False when it could not be counted (never raises)."""
    day = day or timezone.localdate()
    try:
        _add(f"{day.isoformat()}:{site_id}:{content_type_id}:{object_id}", 1)
    except Exception:  # a cache failure of any kind must not break the page being served
        logger.debug("Page view not counted", exc_info=True)
        return False
    return True


def _read_generation(generation):
    """{suffix: count} of a generation's counters, each taken down by what was read."""
    total = cache.get(_slots(generation)) or 0
    taken = Counter()
    for first in range(1, total + 1, BATCH):
        numbers = range(first, min(first + BATCH, total + 1))
        suffixes = cache.get_many([_slot(generation, number) for number in numbers]).values()
        counters = cache.get_many([_counter(generation, suffix) for suffix in suffixes])
        for suffix in suffixes:
            count = counters.get(_counter(generation, suffix)) or 0
            if count > 0:
                cache.decr(_counter(generation, suffix), count)
                taken[suffix] += count
    return taken


def _drop_generation(generation):
    total = cache.get(_slots(generation)) or 0
    for first in range(1, total + 1, BATCH):
        numbers = range(first, min(first + BATCH, total + 1))
        slots = [_slot(generation, number) for number in numbers]
        suffixes = cache.get_many(slots).values()
        cache.delete_many(slots + [_counter(generation, suffix) for suffix in suffixes])
    cache.delete(_slots(generation))


def _rows(taken):
    for suffix, count in taken.items():
        day, site_id, content_type_id, object_id = suffix.split(":")
        yield datetime.date.fromisoformat(day), int(content_type_id), int(object_id), int(site_id), count


def _upsert(rows):
    """Add the counts to the daily rows, creating the missing ones: one statement per row, on both databases."""
    table = connection.ops.quote_name(DailyView._meta.db_table)
    columns = {name: connection.ops.quote_name(DailyView._meta.get_field(name).column) for name in DailyView.KEY}
    count = connection.ops.quote_name("count")
    key = ", ".join(columns.values())
    sql = (
        f"INSERT INTO {table} ({key}, {count}) VALUES (%s, %s, %s, %s, %s) "
        f"ON CONFLICT ({key}) DO UPDATE SET {count} = {table}.{count} + EXCLUDED.{count}"
    )
    rows = list(rows)
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(sql, rows)


def flush():
    """Move the counted views into `DailyView`; the number of views moved.

    Run by one scheduler at a time (core/scheduler.py). With the cache
    unreachable nothing is moved, and the counters wait for the next run.
    """
    current = cache.get(GENERATION)
    if current is None:
        return 0
    # New views count in the next generation from now on.
    try:
        cache.incr(GENERATION)
    except ValueError:
        return 0
    oldest = cache.get(OLDEST) or current
    taken = Counter()
    for generation in range(oldest, current + 1):
        taken.update(_read_generation(generation))
    try:
        with transaction.atomic():
            _upsert(_rows(taken))
    except Exception:
        # Put the views back for the next run rather than lose them.
        for suffix, count in taken.items():
            _add(suffix, count)
        raise
    for generation in range(oldest, current):
        _drop_generation(generation)
    cache.set(OLDEST, current, None)
    return sum(taken.values())

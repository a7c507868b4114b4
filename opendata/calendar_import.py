"""Importing organisations' own calendars (iCalendar addresses) as their events.

An entry is known by its UID, so importing a calendar again changes only
what changed (a fingerprint of the imported values says whether anything
did). A new event of a verified organisation is published at once; one of
an unverified organisation is created as a draft and sent to its region's
moderation, like a citizen's submission (workflows.services.start_workflow),
and so is a change to it. An entry that is cancelled (STATUS:CANCELLED) or
gone from the calendar takes its event away, unless the event is already
over: calendars drop past entries, and the archive keeps them.

The calendar is someone else's server: it is fetched only through
core.safe_fetch (public addresses, also after redirects; timeouts, a
deadline and a size cap), and every value is read as plain text.
"""

import datetime
import hashlib
import json
import logging
import re
from dataclasses import dataclass
from functools import partial

import icalendar
from dateutil import rrule
from django.db import transaction
from django.db.models.deletion import ProtectedError
from django.utils import timezone
from django.utils.text import Truncator
from wagtail.actions.create import CreateAction

from accounts.forms import text_to_html
from core import safe_fetch
from core.importing import SourceResult
from listings.models import Event, EventDate
from regions.models import Municipality
from workflows.services import start_workflow

from .models import CalendarFeed, ImportedEvent

logger = logging.getLogger(__name__)

TIMEOUT = safe_fetch.TIMEOUT
DEADLINE = safe_fetch.DEADLINE
MAX_BYTES = safe_fetch.MAX_BYTES
#: Entries read from one calendar; a calendar holding years of history is read up to this.
MAX_ENTRIES = 500
#: Dates of one recurring entry, and how far ahead its recurrence is followed.
MAX_DATES = 60
RECURRENCE_HORIZON = datetime.timedelta(days=366)


class CalendarError(Exception):
    """A calendar could not be fetched or read; the message says why, for the log and the admin."""


@dataclass
class ImportResult(SourceResult):
    updated: int = 0
    removed: int = 0

    def report(self):
        return f"{self.created} new, {self.updated} changed, {self.removed} removed"


@dataclass
class Entry:
    """One calendar entry's values as an event takes them."""

    uid: str
    title: str
    description: str
    place_name: str
    address: str
    location: str
    dates: list  # [(starts_at, ends_at or None)], in order
    cancelled: bool = False

    def fingerprint(self, municipality_id):
        values = [self.title, self.description, self.place_name, self.address, municipality_id]
        values.append([(start.isoformat(), end.isoformat() if end else None) for start, end in self.dates])
        return hashlib.sha256(json.dumps(values).encode()).hexdigest()


# -- reading ------------------------------------------------------------------------------


#: fetch(url, timeout=…, deadline=…, max_bytes=…): the calendar's bytes, or CalendarError when it is
#: unreachable, not public, too slow or too large.
fetch = partial(safe_fetch.fetch_body, error=CalendarError, accept="text/calendar, */*;q=0.1")


def _text(component, name, limit):
    value = component.get(name)
    if value is None:
        return ""
    return " ".join(str(value).split())[:limit] if name != "description" else str(value).strip()[:limit]


def _aware(value):
    """A DTSTART/DTEND value as an aware datetime: a whole day starts at local midnight, floating time is local."""
    if isinstance(value, datetime.datetime):
        return value if timezone.is_aware(value) else timezone.make_aware(value)
    if isinstance(value, datetime.date):
        return timezone.make_aware(datetime.datetime.combine(value, datetime.time.min))
    return None


def _times(component):
    start = component.get("dtstart")
    starts_at = _aware(start.dt) if start is not None else None
    if starts_at is None:
        return None, None
    end = component.get("dtend")
    ends_at = _aware(end.dt) if end is not None else None
    if ends_at is None and component.get("duration") is not None:
        ends_at = starts_at + component.get("duration").dt
    if ends_at is not None and ends_at <= starts_at:
        ends_at = None
    return starts_at, ends_at


def _date_list(component, name):
    values = component.get(name)
    if values is None:
        return []
    values = values if isinstance(values, list) else [values]
    return [_aware(item.dt) for value in values for item in value.dts]


def _dates(master, overrides, now):
    """The entry's dates: its own, or its recurrences up to the horizon, with exceptions and moved dates applied."""
    starts_at, ends_at = _times(master)
    if starts_at is None:
        return []
    rule = master.get("rrule")
    if rule is None:
        return [(starts_at, ends_at)]
    length = ends_at - starts_at if ends_at else None
    try:
        recurrence = rrule.rrulestr(rule.to_ical().decode(), dtstart=starts_at, forceset=True)
    except (ValueError, TypeError):
        return [(starts_at, ends_at)]
    excluded = set(_date_list(master, "exdate"))
    horizon = now + RECURRENCE_HORIZON
    dates = []
    for occurrence in recurrence:
        if occurrence > horizon or len(dates) >= MAX_DATES:
            break
        if occurrence in excluded:
            continue
        override = overrides.get(occurrence)
        if override is None:
            dates.append((occurrence, occurrence + length if length else None))
        elif str(override.get("status", "")).upper() != "CANCELLED":
            moved = _times(override)
            if moved[0] is not None:
                dates.append(moved)
    return sorted(dates, key=lambda date: date[0])


def _split_location(location):
    place, _comma, address = location.partition(",")
    return place.strip()[:200], address.strip()[:200]


def parse(data, now=None):
    """The calendar's entries, or CalendarError for what is not an iCalendar file."""
    now = now or timezone.now()
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError, UnicodeDecodeError) as error:
        raise CalendarError("the address does not return a valid iCalendar file") from error
    if getattr(calendar, "name", "") != "VCALENDAR":
        raise CalendarError("the address does not return a valid iCalendar file")
    masters, overrides = {}, {}
    for component in calendar.walk("VEVENT"):
        uid = _text(component, "uid", 500)
        if not uid:
            continue
        if component.get("recurrence-id") is not None:
            overrides.setdefault(uid, {})[_aware(component.get("recurrence-id").dt)] = component
        elif uid not in masters and len(masters) < MAX_ENTRIES:
            masters[uid] = component
    entries = []
    for uid, component in masters.items():
        location = _text(component, "location", 400)
        place_name, address = _split_location(location)
        try:
            dates = _dates(component, overrides.get(uid, {}), now)
        except (ValueError, TypeError, AttributeError, OverflowError):
            logger.info("Calendar entry %s has dates that cannot be read; skipped", uid)
            continue
        title = _text(component, "summary", 200)
        if not title or not dates:
            continue
        entries.append(
            Entry(
                uid=uid,
                title=title,
                description=_text(component, "description", 5000),
                place_name=place_name,
                address=address,
                location=location,
                dates=dates,
                cancelled=str(component.get("status", "")).upper() == "CANCELLED",
            )
        )
    return entries


# -- places -----------------------------------------------------------------------------


def municipality_names():
    """{lower-case name: Municipality} in Finnish and Swedish."""
    names = {}
    for municipality in Municipality.objects.all():
        for name in (municipality.name_fi, municipality.name_sv):
            if name:
                names.setdefault(name.casefold(), municipality)
    return names


_WORD = re.compile(r"[^\W\d_]+(?:[-][^\W\d_]+)*")


def municipality_for(location, names):
    """The municipality the location names (a comma-separated part or a word), last part first, or None."""
    parts = [part.strip().casefold() for part in location.split(",") if part.strip()]
    for part in reversed(parts):
        if part in names:
            return names[part]
        for word in reversed(_WORD.findall(part)):
            if word in names:
                return names[word]
    return None


# -- saving -------------------------------------------------------------------------------


def _fill(event, entry, municipality):
    (starts_at, ends_at), *further = entry.dates
    event.title = entry.title
    event.summary = Truncator(" ".join(entry.description.split())).chars(300)
    event.body = text_to_html(entry.description)
    event.place_name = entry.place_name
    event.address = entry.address
    event.starts_at = starts_at
    event.ends_at = ends_at
    event.municipalities = [municipality] if municipality else []
    event.extra_dates = [EventDate(starts_at=start, ends_at=end) for start, end in further]


def _save(feed, event, entry, municipality, is_new):
    organisation = feed.organisation
    _fill(event, entry, municipality)
    if organisation.is_verified:
        if is_new:
            event.save()
        event.save_revision().publish()
    elif is_new:
        # As a citizen's submission: a draft with its first revision, in the region's moderation.
        CreateAction(event, user=None).execute()
        start_workflow(event)
    else:
        # The live version stays as approved; the change waits in moderation as a new revision.
        event.save_revision()
        start_workflow(event)
    return event


def _remove(event):
    try:
        event.delete()
    except ProtectedError:
        # Sign-ups keep it; it leaves the site instead.
        if event.live:
            event.unpublish()


def _is_over(event, now):
    return (event.last_ends_at or event.ends_at or event.starts_at) < now


@transaction.atomic
def apply(feed, entries, now=None):
    """Bring the feed's events in line with its entries; returns (created, updated, removed)."""
    now = now or timezone.now()
    created = updated = removed = 0
    records = {record.uid: record for record in feed.entries.select_related("event")}
    names = municipality_names()
    default_municipality = feed.municipality or feed.organisation.home_municipality
    seen = set()
    for entry in entries:
        seen.add(entry.uid)
        record = records.get(entry.uid)
        if entry.cancelled:
            if record is not None and record.event is not None:
                _remove(record.event)
                removed += 1
            continue
        municipality = municipality_for(entry.location, names) or default_municipality
        fingerprint = entry.fingerprint(municipality.pk if municipality else None)
        if record is None:
            event = Event(organisation=feed.organisation, region=feed.organisation.region)
            _save(feed, event, entry, municipality, is_new=True)
            ImportedEvent.objects.create(feed=feed, uid=entry.uid, event=event, fingerprint=fingerprint)
            created += 1
        elif record.event is None:
            continue  # deleted by hand in the admin: not brought back
        elif record.fingerprint != fingerprint:
            _save(feed, record.event, entry, municipality, is_new=False)
            record.fingerprint = fingerprint
            record.save(update_fields=["fingerprint", "imported_at"])
            updated += 1
    for uid, record in records.items():
        if uid not in seen and record.event is not None and not _is_over(record.event, now):
            _remove(record.event)
            record.delete()
            removed += 1
    return created, updated, removed


def import_feed(feed, *, timeout=TIMEOUT, deadline=DEADLINE, max_bytes=MAX_BYTES, now=None):
    """Import one calendar; a failure is recorded on the feed and returned, never raised."""
    result = ImportResult(feed)
    checked_at = timezone.now()
    try:
        entries = parse(fetch(feed.url, timeout=timeout, deadline=deadline, max_bytes=max_bytes), now=now)
        result.created, result.updated, result.removed = apply(feed, entries, now=now)
    except CalendarError as error:
        result.error = str(error)[:500]
        logger.warning("Calendar %s (%s) not imported: %s", feed.pk, feed.url, error)
        CalendarFeed.objects.filter(pk=feed.pk).update(last_checked_at=checked_at, last_error=result.error)
        return result
    CalendarFeed.objects.filter(pk=feed.pk).update(
        last_checked_at=checked_at, last_success_at=timezone.now(), last_error=""
    )
    return result


def import_all(*, organisation=None, **options):
    feeds = CalendarFeed.objects.filter(active=True).select_related(
        "organisation__region", "organisation__home_municipality", "municipality"
    )
    if organisation is not None:
        feeds = feeds.filter(organisation__slug=organisation)
    return [import_feed(feed, **options) for feed in feeds]

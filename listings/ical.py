"""Events as iCalendar files: one VEVENT per date, so that a series lands in a calendar as its dates.

Each date's UID is stable (the listing's translation key and the date's
key), so that importing the file again, in any language, updates the
calendar's entries instead of adding copies. One event's file, a filtered
list's and an organisation's are built the same way (`events_calendar`).

The "add to calendar" links for Google and Outlook carry one date (the next
one of a series) in their address; the .ics file carries them all.
"""

import datetime
from urllib.parse import urlencode

import icalendar
from django.utils import timezone
from django.utils.text import Truncator

GOOGLE_CALENDAR = "https://calendar.google.com/calendar/render"
OUTLOOK_CALENDAR = "https://outlook.live.com/calendar/0/action/compose"

UID_DOMAIN = "toimeksi"


def date_uid(event, date):
    return f"{event.translation_key}-{date.key}@{UID_DOMAIN}"


def _location(event):
    space = event.space if event.space_id else None
    parts = [event.place_name or (space.title if space else ""), event.address or (space.address if space else "")]
    return ", ".join(part for part in parts if part)


def new_calendar(name=""):
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Toimeksi//events//FI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", name)
    return calendar


def event_calendar(event, url="", dates=None):
    """The calendar (bytes) of `event`'s dates (all of them unless `dates` names some)."""
    calendar = new_calendar()
    add_event(calendar, event, url, dates)
    return calendar.to_ical()


def events_calendar(events, name="", url_for=lambda event: ""):
    """The calendar (bytes) of every date of these events (with their extra dates prefetched), in their order."""
    calendar = new_calendar(name)
    for event in events:
        add_event(calendar, event, url_for(event))
    return calendar.to_ical()


def add_event(calendar, event, url="", dates=None):
    """Add one VEVENT per date of the event to `calendar`."""
    stamp = event.updated_at or timezone.now()
    location = _location(event)
    for date in dates if dates is not None else event.dates():
        entry = icalendar.Event()
        entry.add("uid", date_uid(event, date))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", date.starts_at)
        if date.ends_at:
            entry.add("dtend", date.ends_at)
        entry.add("summary", event.title)
        if event.summary:
            entry.add("description", event.summary)
        if location:
            entry.add("location", location)
        if url:
            entry.add("url", url)
        calendar.add_component(entry)


def _next_date(event, now=None):
    upcoming = event.upcoming_dates(now)
    return upcoming[0] if upcoming else event.dates()[-1]


def _utc(value):
    return value.astimezone(datetime.UTC)


def calendar_links(event, url=""):
    """{"google": address, "outlook": address} that open the event's next date in those calendars' forms."""
    date = _next_date(event)
    starts_at = _utc(date.starts_at)
    ends_at = _utc(date.ends_at or date.starts_at + datetime.timedelta(hours=1))
    details = "\n\n".join(part for part in (Truncator(event.summary).chars(300), url) if part)
    location = _location(event)
    google = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": f"{starts_at:%Y%m%dT%H%M%SZ}/{ends_at:%Y%m%dT%H%M%SZ}",
        "details": details,
        "location": location,
    }
    outlook = {
        "rru": "addevent",
        "subject": event.title,
        "startdt": starts_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "enddt": ends_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "body": details,
        "location": location,
    }
    return {
        "google": f"{GOOGLE_CALENDAR}?{urlencode(google)}",
        "outlook": f"{OUTLOOK_CALENDAR}?{urlencode(outlook)}",
    }

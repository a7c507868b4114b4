"""An event as an iCalendar file: one VEVENT per date, so that a series lands in a calendar as its dates.

Each date's UID is stable (the listing's translation key and the date's
key), so that importing the file again, in any language, updates the
calendar's entries instead of adding copies.
"""

import icalendar
from django.utils import timezone

UID_DOMAIN = "toimeksi"


def date_uid(event, date):
    return f"{event.translation_key}-{date.key}@{UID_DOMAIN}"


def _location(event):
    space = event.space if event.space_id else None
    parts = [event.place_name or (space.title if space else ""), event.address or (space.address if space else "")]
    return ", ".join(part for part in parts if part)


def event_calendar(event, url="", dates=None):
    """The calendar (bytes) of `event`'s dates (all of them unless `dates` names some)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Toimeksi//events//FI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
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
    return calendar.to_ical()

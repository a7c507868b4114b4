"""Moving event series on as their dates pass.

Lists read a series' next date and the number of dates after it from the
event row (Event.refresh_schedule()), so that a list of events reads no
date rows. Those go stale when a date ends; `advance_series()` (hourly,
`manage.py refresh_event_dates`) saves the events whose next date has
ended, which also moves them in the lists (their placements' order) and
renews their cached cards (keyed by `updated_at`).
"""

from django.utils import timezone

from .models import Event

SUMMARY_FIELDS = [*Event.schedule_fields, "updated_at"]


def advance_series(now=None):
    """Save every series whose next date is over; the number saved."""
    now = now or timezone.now()
    moved = 0
    for event in Event.objects.filter(more_dates__gt=0, next_starts_at__lt=now).prefetch_related("extra_dates"):
        if event.refresh_schedule(now):
            event.save(update_fields=SUMMARY_FIELDS)
            moved += 1
    return moved

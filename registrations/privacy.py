"""Forgetting participants: their personal data goes a set number of days after the event, the counts stay.

The privacy notice promises that participants' details are kept 30 days
after the event (`REGISTRATIONS_RETENTION_DAYS`). After that a sign-up
keeps only what statistics need: what it was for, its status, places,
attendance and dates; name, guardian, e-mail address, phone number,
message, answers and the link to an account are emptied. An expression of
interest goes the same way after the task's or job's deadline, else after
the listing stops being shown, else a year after it was sent.

`manage.py purge_personal_data` runs it daily through the
`register_personal_data_purge` hook (workflows.privacy).
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone

from listings import visibility
from listings.models import Event, Job, VolunteerTask

from .models import Registration

INTEREST_FALLBACK = datetime.timedelta(days=365)
PERSONAL_FIELDS = {
    "name": "",
    "guardian_name": "",
    "email": "",
    "phone": "",
    "message": "",
    "answers": [],
    "user": None,
}


def retention():
    return datetime.timedelta(days=getattr(settings, "REGISTRATIONS_RETENTION_DAYS", 30))


def due(now=None):
    """The sign-ups whose personal data is no longer kept at `now`."""
    now = now or timezone.now()
    cutoff = now - retention()
    over = Q(
        content_type=ContentType.objects.get_for_model(Event),
        object_id__in=Event.objects.filter(last_ends_at__lt=cutoff).values("pk"),
    )
    for model in (VolunteerTask, Job):
        ended = model.objects.filter(
            Q(deadline__lt=timezone.localdate(cutoff)) | (Q(deadline__isnull=True) & visibility.window_ended_q(cutoff))
        )
        over |= Q(content_type=ContentType.objects.get_for_model(model), object_id__in=ended.values("pk"))
        over |= Q(content_type=ContentType.objects.get_for_model(model), created_at__lt=now - INTEREST_FALLBACK)
    return Registration.objects.filter(over, anonymised_at__isnull=True)


def anonymise_due(now=None):
    """Empty the personal data of every sign-up past its retention; the number anonymised."""
    now = now or timezone.now()
    return due(now).update(**PERSONAL_FIELDS, anonymised_at=now)


def purge(now=None):
    """The `register_personal_data_purge` hook's part: what was forgotten, for the command's report."""
    return {"sign-ups anonymised": anonymise_due(now)}

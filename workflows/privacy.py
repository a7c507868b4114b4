"""Deleting personal data when the privacy notice says it is no longer kept.

The privacy notice (home/content/standard_pages/) promises that a citizen
submitter's contact details are deleted 30 days after the submission was
approved or rejected, and that feedback is deleted after 12 months. This
module keeps those promises; `manage.py purge_personal_data` runs it (daily,
from cron). The optional e-mail address of a reader who flagged a listing goes
the same way once the flag is resolved.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from wagtail import hooks
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Revision

from .models import FeedbackFormPage, ListingFlag, Submission

CONTACT_RETENTION = timedelta(days=30)
FEEDBACK_RETENTION = timedelta(days=365)
CONTACT_FIELDS = ("submitter_name", "submitter_email")


@dataclass
class PurgeResult:
    """How many of each kind of record the purge forgot or deleted."""

    submissions: int = 0
    flags: int = 0
    feedback: int = 0
    #: {what: count} from the apps that plug into the purge (the `register_personal_data_purge` hook).
    others: dict = field(default_factory=dict)


def _forget_submitter(submission):
    """Blank the submitter's contact on the listing, its translations and every revision of them."""
    model = submission.content_type.model_class()
    if model is None:
        return
    listing = model._default_manager.filter(pk=submission.object_id).first()
    if listing is None:
        return
    copies = model._default_manager.filter(translation_key=listing.translation_key)
    copies.update(**dict.fromkeys(CONTACT_FIELDS, ""))
    for copy in copies:
        # Revisions keep a full copy of the fields; the contact must go from them too.
        for revision in Revision.objects.for_instance(copy):
            if any(revision.content.get(field) for field in CONTACT_FIELDS):
                revision.content.update(dict.fromkeys(CONTACT_FIELDS, ""))
                revision.save(update_fields=["content"])


@transaction.atomic
def purge_personal_data(now=None):
    now = now or timezone.now()
    result = PurgeResult()

    due = Submission.objects.filter(decided_at__lt=now - CONTACT_RETENTION).exclude(submitter_email="")
    for submission in due.select_related("content_type"):
        _forget_submitter(submission)
        result.submissions += 1
    due.update(submitter_name="", submitter_email="")

    result.flags = (
        ListingFlag.objects.filter(resolved_at__lt=now - CONTACT_RETENTION)
        .exclude(reporter_email="")
        .update(reporter_email="")
    )

    feedback_pages = FeedbackFormPage.objects.values("pk")
    result.feedback, _per_model = FormSubmission.objects.filter(
        page__in=feedback_pages, submit_time__lt=now - FEEDBACK_RETENTION
    ).delete()

    # Apps keeping personal data of their own (registrations: participants) forget theirs here, so that one
    # daily command keeps every promise of the privacy notice. Each hook takes `now` and returns {what: count}.
    for purge in hooks.get_hooks("register_personal_data_purge"):
        result.others.update(purge(now))
    return result

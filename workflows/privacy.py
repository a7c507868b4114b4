"""Deleting personal data when the privacy notice says it is no longer kept.

The privacy notice (home/content/standard_pages/) promises that a citizen
submitter's contact details are deleted 30 days after the submission was
decided (approved, published, rejected, cancelled or deleted: see
workflows/signals.py), and that feedback is deleted after 12 months. What was
never published loses its author's name and photo too; a submission nobody
decided on is forgotten after PENDING_RETENTION. This
module keeps those promises; `manage.py purge_personal_data` runs it (daily,
from cron). The optional e-mail address of a reader who flagged a listing goes
the same way once the flag is resolved.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail import hooks
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Revision

from .models import FeedbackFormPage, ListingFlag, Submission
from .services import CONTACT_FIELDS, forget_translation_sources

CONTACT_RETENTION = timedelta(days=30)
PENDING_RETENTION = timedelta(days=180)
FEEDBACK_RETENTION = timedelta(days=365)


@dataclass
class PurgeResult:
    """How many of each kind of record the purge forgot or deleted."""

    submissions: int = 0
    flags: int = 0
    feedback: int = 0
    #: {what: count} from the apps that plug into the purge (the `register_personal_data_purge` hook).
    others: dict = field(default_factory=dict)


def _personal_fields(submission, model):
    """The contact always; the author's name too when the item was not published (it was never public)."""
    fields = list(CONTACT_FIELDS)
    if submission.status != Submission.Status.APPROVED and any(f.name == "author_name" for f in model._meta.fields):
        fields.append("author_name")
    return fields


def _forget_submitter(submission):
    """Blank the submitter's details on the listing, its translations, every revision and translation source."""
    model = submission.content_type.model_class()
    if model is None:
        return
    listing = model._default_manager.filter(pk=submission.object_id).first()
    if listing is None:
        return
    fields = _personal_fields(submission, model)
    copies = model._default_manager.filter(translation_key=listing.translation_key)
    copies.update(**dict.fromkeys(fields, ""))
    for copy in copies:
        # Revisions keep a full copy of the fields; the details must go from them too.
        for revision in Revision.objects.for_instance(copy):
            if any(revision.content.get(field) for field in fields):
                revision.content.update(dict.fromkeys(fields, ""))
                revision.save(update_fields=["content"])
    forget_translation_sources(listing.translation_key, fields)


def _drop_unpublished_photo(submission):
    """The photo of an item that was never published goes with the contact details."""
    if submission.status != Submission.Status.APPROVED and submission.image is not None:
        submission.image.delete()


@transaction.atomic
def purge_personal_data(now=None):
    now = now or timezone.now()
    result = PurgeResult()

    decided = Q(decided_at__lt=now - CONTACT_RETENTION)
    abandoned = Q(status=Submission.Status.PENDING, created_at__lt=now - PENDING_RETENTION)
    # An empty address marks a submission already purged.
    due = Submission.objects.filter(decided | abandoned).exclude(submitter_email="")
    for submission in due.select_related("content_type", "image"):
        _forget_submitter(submission)
        _drop_unpublished_photo(submission)
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

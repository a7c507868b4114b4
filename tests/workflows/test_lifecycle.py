"""A citizen's submission ends on every path a coordinator can take, and its personal data goes 30 days later.

Approve, reject, publish directly, cancel the moderation, delete the item:
each records the decision, tells the submitter in their language and starts
the purge clock; after it, the submitter's name, address and (unless the
item was published) photo are in no table at all.
"""

import datetime
import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model

from regions.models import Municipality
from workflows.factories import SubmissionFactory
from workflows.models import Submission
from workflows.privacy import purge_personal_data

from .helpers import approve, in_progress_state, reject

pytestmark = pytest.mark.django_db

NAME = "Kaisa Kyläläinen"
EMAIL = "kaisa@example.org"


def png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#336699").save(buffer, format="PNG")
    return SimpleUploadedFile("kuva.png", buffer.getvalue(), content_type="image/png")


def database_text():
    """Every row of every table, as dumpdata writes them."""
    out = io.StringIO()
    call_command("dumpdata", stdout=out)
    return out.getvalue()


def publish_directly(event, user):
    event.get_latest_revision().publish(user=user)


def cancel(event, user):
    in_progress_state(event).cancel(user=user)


def delete(event, user):
    event.delete()


PATHS = {
    "approve": (approve, Submission.Status.APPROVED, "Julkaistu"),
    "publish": (publish_directly, Submission.Status.APPROVED, "Julkaistu"),
    "reject": (reject, Submission.Status.REJECTED, "Ei julkaistu"),
    "cancel": (cancel, Submission.Status.CLOSED, "Ei julkaistu"),
    "delete": (delete, Submission.Status.CLOSED, "Ei julkaistu"),
}


@pytest.mark.parametrize("path", PATHS)
def test_every_decision_is_recorded_told_and_purged_after_30_days(
    path, lapland, lapland_coordinator, django_capture_on_commit_callbacks
):
    action, status, subject_start = PATHS[path]
    with django_capture_on_commit_callbacks(execute=True):
        submission = SubmissionFactory(
            site_region=lapland,
            municipality=Municipality.objects.get(code="698"),
            title="Kyläjuhla kylätalolla",
            image=png(),
            image_alt="Väkeä kylätalolla",
        )
    event = submission.listing
    image = event.image
    assert image is not None and submission.image == image
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        action(event, lapland_coordinator)

    submission.refresh_from_db()
    assert submission.status == status
    assert submission.decided_at is not None
    to_submitter = [message for message in mail.outbox if message.to == [EMAIL]]
    assert len(to_submitter) == 1
    assert to_submitter[0].subject.split("] ")[-1].startswith(subject_start)
    assert "Kyläjuhla kylätalolla" in to_submitter[0].subject

    decided = submission.decided_at
    purge_personal_data(now=decided + datetime.timedelta(days=29))
    assert EMAIL in database_text()

    purge_personal_data(now=decided + datetime.timedelta(days=31))
    text = database_text()
    assert EMAIL not in text
    assert NAME not in text
    published = status == Submission.Status.APPROVED
    assert get_image_model().objects.filter(pk=image.pk).exists() == published


def test_a_submission_nobody_decides_on_is_forgotten_after_half_a_year(lapland):
    submission = SubmissionFactory(
        site_region=lapland, municipality=Municipality.objects.get(code="698"), image=png(), image_alt="Kuva"
    )
    purge_personal_data(now=timezone.now() + datetime.timedelta(days=179))
    assert EMAIL in database_text()
    purge_personal_data(now=timezone.now() + datetime.timedelta(days=181))
    text = database_text()
    assert EMAIL not in text and NAME not in text
    assert not get_image_model().objects.filter(pk=submission.image_id).exists()

"""The privacy notice's retention promises are kept by `purge_personal_data`."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Revision

from listings.factories import EventFactory
from regions.models import Municipality
from workflows.factories import ListingFlagFactory, SubmissionFactory
from workflows.models import FeedbackFormPage, ListingFlag, Submission
from workflows.privacy import purge_personal_data

from .helpers import approve

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def test_a_submitters_contact_is_forgotten_30_days_after_the_decision(
    lapland, lapland_coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submission = SubmissionFactory(site_region=lapland, municipality=Municipality.objects.get(code="698"))
    event = submission.listing
    with django_capture_on_commit_callbacks(execute=True):
        approve(event, lapland_coordinator)
    submission.refresh_from_db()
    assert submission.decided_at is not None
    assert Revision.objects.for_instance(event).filter(content__submitter_email="kaisa@example.org").exists()

    # Still within the 30 days: kept, so that the submitter can be answered.
    Submission.objects.filter(pk=submission.pk).update(decided_at=days_ago(29))
    assert purge_personal_data().submissions == 0
    event.refresh_from_db()
    assert event.submitter_email == "kaisa@example.org"

    Submission.objects.filter(pk=submission.pk).update(decided_at=days_ago(31))
    call_command("purge_personal_data", stdout=None)
    event.refresh_from_db()
    submission.refresh_from_db()
    assert (event.submitter_name, event.submitter_email) == ("", "")
    assert (submission.submitter_name, submission.submitter_email) == ("", "")
    assert not Revision.objects.for_instance(event).filter(content__submitter_email="kaisa@example.org").exists()
    assert event.live and event.title == "Kyläjuhla kylätalolla"
    # A second run has nothing left to do.
    assert purge_personal_data().submissions == 0


def test_an_undecided_submission_keeps_its_contact(lapland):
    submission = SubmissionFactory(site_region=lapland, municipality=Municipality.objects.get(code="698"))
    event = submission.listing
    Submission.objects.filter(pk=submission.pk).update(created_at=days_ago(100))
    purge_personal_data()
    event.refresh_from_db()
    assert event.submitter_email == "kaisa@example.org"


def test_a_flaggers_address_is_forgotten_30_days_after_the_flag_is_resolved(lapland):
    event = EventFactory(municipality_codes=["698"])
    old = ListingFlagFactory(listing=event, reporter_email="lukija@example.org", status=ListingFlag.Status.RESOLVED)
    ListingFlag.objects.filter(pk=old.pk).update(resolved_at=days_ago(31))
    open_flag = ListingFlagFactory(listing=event, reporter_email="toinen@example.org")
    assert purge_personal_data().flags == 1
    old.refresh_from_db()
    open_flag.refresh_from_db()
    assert old.reporter_email == "" and old.message
    assert open_flag.reporter_email == "toinen@example.org"


def test_feedback_is_deleted_after_12_months(lapland):
    page = FeedbackFormPage.objects.descendant_of(lapland.site.root_page).first()
    old = FormSubmission.objects.create(page=page, form_data={"message": "Vanha palaute"})
    FormSubmission.objects.filter(pk=old.pk).update(submit_time=days_ago(366))
    recent = FormSubmission.objects.create(page=page, form_data={"message": "Uusi palaute"})
    assert purge_personal_data().feedback == 1
    assert list(FormSubmission.objects.filter(pk__in=[old.pk, recent.pk])) == [recent]

"""Notification e-mails, sent through django-tasks.

Tests and development run them inline (ImmediateBackend); production queues
them in the database for `manage.py db_worker`. Every task takes only ids,
loads what it needs, and does nothing when the object has gone meanwhile.
"""

import logging
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import timezone
from django_tasks import task
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
from wagtail.models import TaskState

from core.mail import preferred_language, send_templated_mail
from listings.addresses import listing_url
from regions import site_data
from regions.sections import section_page

from .dashboard import coordinator_overview
from .records import CoordinatorPreference, ListingFlag, Submission
from .services import coordinators_of

logger = logging.getLogger(__name__)


def _admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def public_url(listing, language):
    """Where the published listing can be read, on the site of the region that owns it.

    The listings app's section pages give the detail address; where the site
    lacks that section, the site's search for the title leads there.
    """
    region = listing.region
    if region is None:
        return ""
    site = region.site
    url = listing_url(listing, site, language, absolute=True)
    if url:
        return url
    search = section_page(site, "search", language)
    if search is not None and search.live and search.full_url:
        return f"{search.full_url}?{urlencode({'q': listing.title})}"
    return site_data.localized_home(site, language).full_url or site.root_url


class DigestAwareSubmissionNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    """Wagtail's "submitted for moderation" e-mail, minus the coordinators who chose the daily digest."""

    def get_recipient_users(self, task_state, **kwargs):
        users = super().get_recipient_users(task_state, **kwargs)
        return users.exclude(pk__in=CoordinatorPreference.objects.filter(digest=True).values("user_id"))


@task()
def send_task_submitted_mail(task_state_id, user_id=None):
    task_state = TaskState.objects.filter(pk=task_state_id).first()
    if task_state is None:
        return 0
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    return int(bool(DigestAwareSubmissionNotifier()(task_state, user=user)))


@task()
def send_submission_decision(submission_id):
    """Tell the citizen that their submission was approved (with the link) or rejected (with the reason)."""
    submission = Submission.objects.filter(pk=submission_id).select_related("region").first()
    if submission is None or submission.status == Submission.Status.PENDING:
        return 0
    listing = submission.listing
    context = {"submission": submission, "listing": listing, "region": submission.region}
    if submission.status == Submission.Status.APPROVED:
        template = "submission_approved"
        context["url"] = public_url(listing, submission.language) if listing is not None else ""
    else:
        template = "submission_rejected"
    reply_to = [submission.region.producer_email] if submission.region and submission.region.producer_email else None
    return send_templated_mail(
        f"workflows/email/{template}", context, submission.language, [submission.submitter_email], reply_to=reply_to
    )


@task()
def send_flag_notification(flag_id):
    """Tell the coordinators of the listing's region about a new flag (except those on the digest)."""
    flag = ListingFlag.objects.filter(pk=flag_id).select_related("region").first()
    if flag is None:
        return 0
    sent = 0
    for user in coordinators_of(flag.region):
        context = {
            "flag": flag,
            "user": user,
            "url": _admin_url(reverse("listing_flags:edit", args=[flag.pk])),
        }
        sent += send_templated_mail("workflows/email/flag", context, preferred_language(user), [user.email])
    return sent


@task()
def send_digest(user_id):
    """One coordinator's daily digest: what awaits review in their regions and the open flags."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).exclude(email="").first()
    if user is None:
        return 0
    overview = coordinator_overview(user)
    if not overview or not any(overview.values()):
        return 0
    for items in overview.values():
        for item in items:
            item.edit_url = _admin_url(item.edit_url) if item.edit_url else ""
    context = {"user": user, "admin_url": _admin_url("/admin/"), **overview}
    send_templated_mail("workflows/email/digest", context, preferred_language(user), [user.email])
    CoordinatorPreference.objects.filter(user=user).update(last_digest_at=timezone.now())
    return 1


@task()
def send_form_mail(subject, body, recipients, reply_to=None):
    """A feedback or suggestion form's e-mail to the region's producer."""
    EmailMessage(subject, body, to=recipients, reply_to=[reply_to] if reply_to else None).send()
    return 1

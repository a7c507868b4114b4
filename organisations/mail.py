"""Mail about joining organisations: join requests to the admins, decisions and invitations.

Each mail is a background task (django-tasks) enqueued when the transaction
that made the request or invitation commits; it reads the row again and
sends nothing when the row is gone or no longer calls for it.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from .models import Invitation, Membership, MembershipRequest


def render_mail(template, context, language):
    """(subject, body) of `organisations/email/<template>.txt` and its `_subject.txt`, in `language`."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"organisations/email/{template}_subject.txt", context).split())
        body = render_to_string(f"organisations/email/{template}.txt", context).strip() + "\n"
    return subject, body


def language_of(user, fallback):
    """The user's preferred admin language, else `fallback`, else the site's default."""
    profile = getattr(user, "wagtail_userprofile", None)
    language = profile.get_preferred_language() if profile else None
    return (language or fallback or settings.LANGUAGE_CODE)[:2]


@task()
def send_membership_request_mail(request_id, url, language):
    """Tell an organisation's admins that someone asks to join it."""
    membership_request = (
        MembershipRequest.objects.filter(pk=request_id, status=MembershipRequest.Status.PENDING)
        .select_related("user", "organisation")
        .first()
    )
    if membership_request is None:
        return 0
    admins = (
        get_user_model()
        .objects.filter(
            memberships__organisation=membership_request.organisation,
            memberships__role=Membership.Role.ADMIN,
            is_active=True,
        )
        .exclude(email="")
    )
    sent = 0
    for admin in admins:
        context = {"request": membership_request, "url": url, "admin": admin}
        subject, body = render_mail("join_request", context, language_of(admin, language))
        sent += send_mail(subject, body, None, [admin.email])
    return sent


@task()
def send_membership_decision_mail(request_id, url, language):
    """Tell the requester whether they were let in."""
    membership_request = MembershipRequest.objects.filter(pk=request_id).select_related("user", "organisation").first()
    if membership_request is None or membership_request.status == MembershipRequest.Status.PENDING:
        return 0
    template = "join_approved" if membership_request.status == MembershipRequest.Status.APPROVED else "join_declined"
    subject, body = render_mail(template, {"request": membership_request, "url": url}, language)
    return send_mail(subject, body, None, [membership_request.user.email])


@task()
def send_invitation_mail(invitation_id, url, language):
    """Send an invitation to the invited address, unless it has been accepted already."""
    invitation = Invitation.objects.filter(pk=invitation_id).select_related("organisation", "invited_by").first()
    if invitation is None or invitation.is_used:
        return 0
    subject, body = render_mail("invitation", {"invitation": invitation, "url": url}, language)
    return send_mail(subject, body, None, [invitation.email])

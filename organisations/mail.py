"""Mail about joining organisations: join requests to the admins, decisions and invitations.

Each mail is a background task (django-tasks) enqueued when the transaction
that made the request or invitation commits; it reads the row again and
sends nothing when the row is gone or no longer calls for it.
"""

from django.contrib.auth import get_user_model
from django_tasks import task

from core.mail import preferred_language, send_templated_mail

from .models import Invitation, Membership, MembershipRequest

TEMPLATES = "organisations/email/"


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
        sent += send_templated_mail(
            TEMPLATES + "join_request", context, preferred_language(admin, language), [admin.email]
        )
    return sent


@task()
def send_membership_decision_mail(request_id, url, language):
    """Tell the requester whether they were let in."""
    membership_request = MembershipRequest.objects.filter(pk=request_id).select_related("user", "organisation").first()
    if membership_request is None or membership_request.status == MembershipRequest.Status.PENDING:
        return 0
    template = "join_approved" if membership_request.status == MembershipRequest.Status.APPROVED else "join_declined"
    context = {"request": membership_request, "url": url}
    return send_templated_mail(TEMPLATES + template, context, language, [membership_request.user.email])


@task()
def send_invitation_mail(invitation_id, url, language):
    """Send an invitation to the invited address, unless it has been accepted already."""
    invitation = Invitation.objects.filter(pk=invitation_id).select_related("organisation", "invited_by").first()
    if invitation is None or invitation.is_used:
        return 0
    context = {"invitation": invitation, "url": url}
    return send_templated_mail(TEMPLATES + "invitation", context, language, [invitation.email])

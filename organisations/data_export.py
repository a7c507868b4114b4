"""The organisation part of a user's own-data download (accounts.data_export)."""

from .models import Invitation, Membership, MembershipRequest


def export_memberships(user):
    """The user's memberships, the join requests they sent and the invitations they sent.

    Not the invitees' addresses: those are about other people.
    """
    return {
        "memberships": [
            {"organisation": m.organisation.name, "role": m.role, "since": m.created_at}
            for m in Membership.objects.filter(user=user).select_related("organisation").order_by("created_at", "pk")
        ],
        "membership_requests": [
            {
                "organisation": r.organisation.name,
                "message": r.message,
                "status": r.status,
                "created_at": r.created_at,
                "decided_at": r.decided_at,
            }
            for r in MembershipRequest.objects.filter(user=user).select_related("organisation")
        ],
        "invitations_sent": [
            {
                "organisation": i.organisation.name,
                "role": i.role,
                "created_at": i.created_at,
                "accepted_at": i.accepted_at,
            }
            for i in Invitation.objects.filter(invited_by=user).select_related("organisation").order_by("created_at")
        ],
    }

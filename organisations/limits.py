"""How often a registered user may create organisations, ask to join them and send invitations.

Each of these sends mail (to coordinators, to an organisation's admins, to any
address typed in), so without a limit the service would relay mail for
whoever signs up. Limits count per user and, for invitations, per
organisation too; the counts live in the shared cache like the public forms'.
"""

from django.conf import settings
from django_ratelimit.core import is_ratelimited

DEFAULT_LIMITS = {
    # action: {what is counted: rate}
    "create": {"user": "3/d"},
    "join": {"user": "10/d"},
    "invite": {"user": "20/d", "organisation": "10/h"},
}


def limits():
    return {**DEFAULT_LIMITS, **getattr(settings, "ORGANISATIONS_RATE_LIMITS", {})}


def over_limit(request, action, organisation=None):
    """Count this POST for `action`; True once the user (or the organisation) is over its limit."""
    keys = {"user": f"user:{request.user.pk}"}
    if organisation is not None:
        keys["organisation"] = f"organisation:{organisation.pk}"
    limited = False
    for counted, rate in limits()[action].items():
        key = keys[counted]
        limited |= is_ratelimited(
            request,
            group=f"organisations:{action}:{counted}",
            key=lambda _group, _request, key=key: key,
            rate=rate,
            method="POST",
            increment=True,
        )
    return limited

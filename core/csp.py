"""The Content-Security-Policy: strict on the public sites, looser only where Wagtail's admin needs it.

Public pages run no inline script and no style attribute; the one inline
`<style>` (the site's accent colour in base.html) carries the request's
nonce. The policy is `CONTENT_SECURITY_POLICY` (config/settings/base.py),
which forbids framing (`frame-ancestors 'none'`).

Wagtail's admin has inline scripts and styles of its own, and shows page
previews in a frame of its own origin, so paths under `ADMIN_PREFIX` get
`CONTENT_SECURITY_POLICY_ADMIN` instead.

An embed route (a calendar or a listing shown on a partner's site) opens
framing for itself only: decorate its view with `allow_framing(origin, ...)`,
which replaces `frame-ancestors` and drops X-Frame-Options for that view.
"""

from csp.decorators import csp_replace
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.views.decorators.clickjacking import xframe_options_exempt

ADMIN_PREFIX = "/admin/"


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's own policy under ADMIN_PREFIX."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(ADMIN_PREFIX):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


def allow_framing(*origins):
    """Let these origins (e.g. "https://partner.example") frame the decorated view, and no one else."""
    if not origins:
        raise ValueError("name the origins that may frame the view")

    def decorator(view):
        return xframe_options_exempt(csp_replace({"frame-ancestors": list(origins)})(view))

    return decorator

"""Admin wiring of organisations: the members' dashboard panel and the wagtail-localize guard.

The organisation and membership snippets are in listings' "Listings" menu
(listings.wagtail_hooks), beside the content they own.
"""

from wagtail import hooks

from . import localize_guard, reports
from .dashboard import MemberPanel, member_overview


@hooks.register("register_admin_urls")
def guard_localize_urls():
    """Per-object checks in front of wagtail-localize's views (they check model permissions only).

    These patterns shadow localize's own: organisations' hooks run before
    wagtail_localize's (INSTALLED_APPS order), so the same paths resolve here first.
    """
    return localize_guard.urlpatterns


@hooks.register("construct_homepage_panels")
def member_dashboard_panel(request, panels):
    """Organisation members see their organisations' content, drafts and what awaits review."""
    organisations = member_overview(request.user)
    if organisations:
        panels.append(MemberPanel(organisations))


hooks.register("construct_reports_menu", reports.hide_reports_menu)

"""Wagtail's reports are the network's: only national coordinators and superusers read them.

The site history, workflow, workflow-task, aging-pages, locked-pages and
translation reports list every object of the network with editors' names,
and they check model permissions only, so an organisation member or a
regional coordinator would read other regions' queues and history there.
Scoping each report row by row would repeat the permission policy in
six of Wagtail's views; the regions' own moderation queues (workflows app)
are what regional coordinators work from.
"""

from django.core.exceptions import PermissionDenied

from .permissions import scope_for

#: Wagtail's reports namespace, and wagtail-localize's report views.
REPORT_NAMESPACES = frozenset({"wagtailadmin_reports"})
REPORT_VIEWS = frozenset({"wagtail_localize:translations_report", "wagtail_localize:translations_report_results"})


def reads_network_reports(user):
    return scope_for(user).everything


def is_report(resolver_match):
    if resolver_match is None:
        return False
    return bool(REPORT_NAMESPACES & set(resolver_match.namespaces)) or resolver_match.view_name in REPORT_VIEWS


class NetworkReportsMiddleware:
    """Refuses the report views to everyone but national coordinators and superusers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if is_report(request.resolver_match) and not reads_network_reports(request.user):
            raise PermissionDenied
        return None


def hide_reports_menu(request, menu_items):
    """The Reports menu is empty, and so hidden, for those who may not read the reports."""
    if not reads_network_reports(request.user):
        menu_items[:] = []

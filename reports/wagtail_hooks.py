"""Admin wiring of statistics: the "Statistics" menu entry, the statistics addresses and the activity records.

The menu entry is named "Statistics", not "Reports": Wagtail's own Reports
menu is the network's (organisations.reports) and stays separate.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet

from core.admin_areas import download_paths, register_admin_area
from listings.admin_views import ScopedSnippetViewSet

from . import access, views
from .forms import ActivityRecordForm
from .models import ActivityRecord

admin_patterns = [
    path("", views.index, name="index"),
    path("organisation/<int:pk>/", views.organisation, name="organisation"),
    path("organisation/<int:pk>/season-report/", views.season_report, name="season_report"),
    *download_paths(
        "organisation/<int:pk>/season-report", views.season_report_csv, views.season_report_xlsx, "season_report"
    ),
    path("region/<int:pk>/", views.region, name="region"),
    *download_paths("region/<int:pk>/statistics", views.region_csv, views.region_xlsx, "region"),
    path("network/", views.national, name="national"),
    *download_paths("network/statistics", views.national_csv, views.national_xlsx, "national"),
    path("records/month/", views.month_entry, name="month_entry"),
]
# Shown to organisation members and coordinators.
register_admin_area(
    shown_to=access.can_see_statistics,
    prefix="statistics/",
    namespace="reports_admin",
    patterns=admin_patterns,
    label=_("Statistics"),
    name="statistics",
    icon_name="table",
    order=170,
)


class ActivityRecordViewSet(ScopedSnippetViewSet):
    """Activity records, scoped like the organisations' other admin objects; reached from the statistics pages."""

    model = ActivityRecord
    icon = "table"
    add_to_admin_menu = False
    url_prefix = "statistics/records"
    list_display = ["date", "listing_title", "organisation", "participants", "volunteers", "volunteer_hours"]
    list_select_related = ("organisation",)
    inspect_view_enabled = False
    copy_view_enabled = False

    def get_queryset(self, request):
        # The listing column reads each record's listing: one query per listing type, not one per row.
        return super().get_queryset(request).prefetch_related("listing")

    edit_handler = ObjectList(
        [
            FieldPanel("activity"),
            FieldPanel("date"),
            FieldPanel("participants"),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [
                            FieldPanel("age_under_18"),
                            FieldPanel("age_18_29"),
                            FieldPanel("age_30_64"),
                            FieldPanel("age_65_plus"),
                        ]
                    ),
                ],
                heading=_("Participants by age group (optional)"),
            ),
            FieldPanel("new_participants"),
            FieldPanel("volunteers"),
            FieldPanel("volunteer_hours"),
            FieldPanel("note"),
        ],
        base_form_class=ActivityRecordForm,
    )


register_snippet(ActivityRecordViewSet)

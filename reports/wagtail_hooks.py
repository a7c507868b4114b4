"""Admin wiring of statistics: the "Statistics" menu entry, the statistics addresses and the activity records.

The menu entry is named "Statistics", not "Reports": Wagtail's own Reports
menu is the network's (organisations.reports) and stays separate.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet

from core.admin_areas import register_admin_urls, register_menu_item
from listings.admin_views import ScopedSnippetViewSet

from . import access, views
from .forms import ActivityRecordForm
from .models import ActivityRecord

admin_patterns = (
    [
        path("", views.index, name="index"),
        path("organisation/<int:pk>/", views.organisation, name="organisation"),
        path("organisation/<int:pk>/season-report/", views.season_report, name="season_report"),
        path("organisation/<int:pk>/season-report.csv", views.season_report_csv, name="season_report_csv"),
        path("organisation/<int:pk>/season-report.xlsx", views.season_report_xlsx, name="season_report_xlsx"),
        path("region/<int:pk>/", views.region, name="region"),
        path("region/<int:pk>/statistics.csv", views.region_csv, name="region_csv"),
        path("region/<int:pk>/statistics.xlsx", views.region_xlsx, name="region_xlsx"),
        path("network/", views.national, name="national"),
        path("network/statistics.csv", views.national_csv, name="national_csv"),
        path("network/statistics.xlsx", views.national_xlsx, name="national_xlsx"),
        path("records/month/", views.month_entry, name="month_entry"),
    ],
    "reports_admin",
)
register_admin_urls("statistics/", admin_patterns)
# Shown to organisation members and coordinators.
register_menu_item(
    _("Statistics"),
    "reports_admin:index",
    shown_to=access.can_see_statistics,
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

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpendataConfig(AppConfig):
    name = "opendata"
    verbose_name = _("Open data")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Before anything asks the policy registry about calendar imports.
        from organisations.permissions import register_policy

        from .models import CalendarFeed

        # Members and the region's coordinators manage an organisation's calendar addresses; nothing is published.
        register_policy(CalendarFeed, region_field="organisation__region", members_publish=False)

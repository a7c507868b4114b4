from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Statistics")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Inside the function: models load only after every app config.
        from organisations.permissions import register_policy

        from .models import ActivityRecord

        # Records are scoped like the organisation's other admin objects: members edit their
        # organisations' records, coordinators their region's. Records are never published.
        register_policy(ActivityRecord, region_field="organisation__region", members_publish=False)

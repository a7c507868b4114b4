from django.utils.translation import gettext_lazy as _

from organisations import app_configs


class ReportsConfig(app_configs.OrganisationRecordsConfig):
    name = "reports"
    verbose_name = _("Statistics")
    default_auto_field = "django.db.models.BigAutoField"
    organisation_records = ("ActivityRecord",)

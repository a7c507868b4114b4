from django.utils.translation import gettext_lazy as _

from organisations import app_configs


class OpendataConfig(app_configs.OrganisationRecordsConfig):
    name = "opendata"
    verbose_name = _("Open data")
    default_auto_field = "django.db.models.BigAutoField"
    organisation_records = ("CalendarFeed",)

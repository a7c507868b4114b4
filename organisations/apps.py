from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from accounts.data_export import register_exporter


class OrganisationsConfig(AppConfig):
    name = "organisations"
    verbose_name = _("Organisations")

    def ready(self):
        # Inside the function: these modules import models, which Django loads only after every app config.
        from . import data_export, permissions

        # Before anything asks the policy registry about organisations (publishing does).
        permissions.register()
        register_exporter("organisations", data_export.export_memberships)

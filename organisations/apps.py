from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from accounts.data_export import register_exporter


class OrganisationsConfig(AppConfig):
    name = "organisations"
    verbose_name = _("Organisations")

    def ready(self):
        # Imported here, not at the top: these modules import models, which are not loaded yet.
        from . import permissions
        from .data_export import export_memberships

        # Before anything asks the policy registry about organisations (publishing does).
        permissions.register()
        register_exporter("organisations", export_memberships)

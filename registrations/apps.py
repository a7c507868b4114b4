from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistrationsConfig(AppConfig):
    name = "registrations"
    verbose_name = _("Sign-ups")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts.data_export import register_exporter

        from .data_export import export_registrations

        register_exporter("registrations", export_registrations)

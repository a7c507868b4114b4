from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowsConfig(AppConfig):
    name = "workflows"
    verbose_name = _("Moderation and public forms")

    def ready(self):
        from . import signals

        signals.connect()

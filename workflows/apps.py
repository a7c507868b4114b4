from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowsConfig(AppConfig):
    name = "workflows"
    verbose_name = _("Moderation and public forms")

    def ready(self):
        # Inside the function: signals imports the models, which Django loads only after every app config.
        from . import signals

        signals.connect()

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegionsConfig(AppConfig):
    name = "regions"
    verbose_name = _("Regions")

    def ready(self):
        # Inside the function: the signal handlers import models, which Django loads only after every app config.
        from . import signals

        signals.connect()

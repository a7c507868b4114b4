from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ListingsConfig(AppConfig):
    name = "listings"
    verbose_name = _("Listings")

    def ready(self):
        # Inside the function: these modules import models, which Django loads only after every app config.
        from . import invalidation, permissions
        from .models import placements

        invalidation.connect()
        placements.connect_signals()

        # Before anything asks the policy registry about listings (publishing does).
        permissions.register()

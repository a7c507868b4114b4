from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ListingsConfig(AppConfig):
    name = "listings"
    verbose_name = _("Listings")

    def ready(self):
        # Inside the function: these modules import models, which Django loads only after every app config.
        from django.db.models.signals import post_delete

        from . import invalidation, permissions, registry
        from .models import placements
        from .models.base import remove_from_search_index

        invalidation.connect()
        placements.connect_signals()
        for model in registry.listing_models():
            post_delete.connect(remove_from_search_index, sender=model, dispatch_uid=f"search-{model.__name__}")

        # Before anything asks the policy registry about listings (publishing does).
        permissions.register()

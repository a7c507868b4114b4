from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared, model-less helpers (form rendering, mail) at the bottom layer: core imports no other project app."""

    name = "core"
    verbose_name = _("Shared helpers")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = _("Guides and tips")

    def ready(self):
        # Inside the function: signals imports the models, which Django loads only after every app config.
        from . import signals  # noqa: F401

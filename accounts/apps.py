from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from . import data_export


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        data_export.register_defaults()

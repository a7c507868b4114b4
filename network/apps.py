from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    """The network as a whole: building regions' sites and pages, and the demo network.

    It sits above every other app (it builds pages of all of them), so no app imports it.
    """

    name = "network"
    verbose_name = _("Network")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegionsConfig(AppConfig):
    name = "regions"
    verbose_name = _("Regions")

    def ready(self):
        from home.panels import HomePanel, register_home_panel

        from .social_feeds import social_posts_panel

        register_home_panel(
            HomePanel(
                key="social-posts", template="regions/social_posts_panel.html", context=social_posts_panel, order=80
            )
        )

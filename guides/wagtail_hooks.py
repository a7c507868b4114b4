from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from .models import GuidePage
from .sections import GUIDES_SEARCH_SOURCE, GUIDES_SECTION, LATEST_GUIDES_PANEL
from .views import can_share, share_guide_view


@hooks.register("register_admin_urls")
def register_share_url():
    return [path("guides/share/<int:page_id>/", share_guide_view, name="guides_share")]


class ShareGuideButton(PageMenuItem):
    label = _("Share with regions")
    icon_name = "site"

    @property
    def url(self):
        return reverse("guides_share", args=[self.page.pk])

    def is_shown(self, user):
        return isinstance(self.page.specific_deferred, GuidePage) and can_share(self.page, user)


@hooks.register("register_page_header_buttons")
def share_header_button(page, user, view_name, next_url=None):
    if page.specific_class is GuidePage:
        yield ShareGuideButton(page=page, priority=40)


@hooks.register("register_page_listing_more_buttons")
def share_listing_button(page, user, next_url=None):
    if page.specific_class is GuidePage:
        yield ShareGuideButton(page=page, priority=25)


# -- what every site gets ---------------------------------------------------------------


@hooks.register("register_site_section")
def guides_section():
    return [GUIDES_SECTION]


@hooks.register("register_home_panel")
def latest_guides_home_panel():
    return [LATEST_GUIDES_PANEL]


@hooks.register("register_search_source")
def guides_search_source():
    return [GUIDES_SEARCH_SOURCE]

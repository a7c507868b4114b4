from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from .models import GuidePage
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

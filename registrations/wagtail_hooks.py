"""Admin wiring of sign-ups, and what the app plugs into lower apps through their hooks."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.admin_areas import download_paths, register_admin_area
from listings.extras import DetailExtra
from organisations.permissions import scope_for

from . import admin_views, privacy, views


def _acts_for_some_listings(user):
    # Organisation members and coordinators: anyone who may act for some listings.
    return not scope_for(user).is_empty


admin_patterns = [
    path("", admin_views.index, name="index"),
    path("<slug:model_name>/<int:pk>/", admin_views.listing_view, name="listing"),
    path("sign-up/<int:pk>/<slug:action>/", admin_views.registration_action, name="action"),
    *download_paths("<slug:model_name>/<int:pk>/export", admin_views.export_csv, admin_views.export_xlsx, "export"),
]
register_admin_area(
    shown_to=_acts_for_some_listings,
    prefix="sign-ups/",
    namespace="registrations_admin",
    patterns=admin_patterns,
    label=_("Sign-ups"),
    icon_name="form",
    order=160,
)


@hooks.register("register_listing_detail_extra")
def sign_up_form_on_listing_pages():
    return [DetailExtra(key="registrations", render=views.render_panel, order=10)]


@hooks.register("register_personal_data_purge")
def forget_participants(now):
    return privacy.purge(now)

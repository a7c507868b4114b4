"""The self-service pages, under the account prefix (/fi/tili/, /sv/konto/, /en/account/) as before."""

from django.urls import include, path

from accounts.urls import localized_prefix

from . import views

self_service_patterns = (
    [
        path("organisations/", views.my_organisations, name="my_organisations"),
        path("organisations/new/", views.create_organisation, name="create_organisation"),
        path("organisations/join/", views.join_organisation, name="join_organisation"),
        path("organisations/<int:pk>/requests/", views.organisation_requests, name="organisation_requests"),
        path("organisations/<int:pk>/invite/", views.invite_member, name="invite_member"),
        path("invitations/<str:token>/", views.invitation, name="invitation"),
    ],
    "organisations",
)

urlpatterns = [path(localized_prefix, include(self_service_patterns))]
